import { Pagination } from '@mantine/core';
import { useI18n } from '../i18n/index.tsx';

/** Mantine pagination with labelled controls, inside a navigation landmark. */
export function Pager({ total, value, onChange }: { total: number; value: number; onChange(page: number): void }) {
  const { t } = useI18n();
  const labels = { first: t('common.first'), previous: t('common.previous'), next: t('common.next'), last: t('common.last') };
  return (
    <nav aria-label={t('assets.pagination')}>
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        siblings={1}
        getControlProps={(c) => ({ 'aria-label': labels[c] })}
        getItemProps={(p) => ({ 'aria-label': `${t('assets.page')} ${p}`, 'aria-current': p === value ? 'page' : undefined })}
      />
    </nav>
  );
}
