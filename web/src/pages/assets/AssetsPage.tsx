import { Button, Group, Loader, Paper, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/auth.tsx';
import { useAssets, useDepartments } from '../../api/queries.ts';
import { AssetTable } from '../../components/AssetTable.tsx';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { assetListQuery, PAGE_SIZE } from './listQuery.ts';

const states = ['unclassified', 'draft', 'approved', 'overdue'] as const;
// Loaded when asked for: the modal and its inputs are not needed for the list.
const NewAssetForm = lazy(() => import('./NewAssetForm.tsx').then((m) => ({ default: m.NewAssetForm })));
// Mantine keeps a closed Select's option list mounted (hidden); on this page that is 40 departments
// and two lists rendered before the first rows show. Rendered on opening instead.
const lazyDropdown = { keepMounted: false };

export default function AssetsPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const mayCreate = !!me?.permissions.includes('map:write');
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const query = assetListQuery(params);
  const q = query.q ?? '';
  const departmentId = query.departmentId ?? '';
  const state = query.state ?? '';
  const minK = params.get('minK') ?? '';
  const sort = query.sort ?? 'name';
  const page = query.page ?? 1;

  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

  // From the current URL, not this render's copy: a debounced search and a quick click on a sort
  // header must not undo each other.
  const update = (changes: Record<string, string | null>, resetPage = true) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        if (resetPage && !('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  // Debounced search → URL (`q`).
  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  // URL changed elsewhere (back button, clear) → search box.
  useEffect(() => {
    if (q !== search.trim()) setSearch(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const departments = useDepartments();
  const assets = useAssets(query);
  const total = assets.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = !!(q || departmentId || state || minK);

  return (
    <>
      <PageHeader title={t('assets.title')} actions={mayCreate && <Button onClick={() => setCreating(true)}>{t('assets.new')}</Button>} />
      {creating && (
        <Suspense fallback={null}>
          <NewAssetForm onClose={() => setCreating(false)} />
        </Suspense>
      )}
      <Paper withBorder radius="md" p="md" mb="md" role="search" aria-label={t('assets.filters')}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label={t('assets.search')}
            type="search"
            placeholder={t('assets.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '2 1 260px' }}
          />
          <Select
            label={t('common.department')}
            data={[{ value: '', label: t('common.all') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
            value={departmentId}
            onChange={(v) => update({ departmentId: v })}
            searchable
            allowDeselect={false}
            comboboxProps={lazyDropdown}
            style={{ flex: '1 1 200px' }}
          />
          <Select
            label={t('common.state')}
            data={[{ value: '', label: t('common.all') }, ...states.map((s) => ({ value: s, label: t(`state.${s}`) }))]}
            value={state}
            onChange={(v) => update({ state: v })}
            allowDeselect={false}
            comboboxProps={lazyDropdown}
            style={{ flex: '1 1 160px' }}
          />
          <Select
            label={t('assets.minK')}
            data={[
              { value: '', label: t('assets.anyLevel') },
              ...[1, 2, 3, 4].map((l) => ({ value: String(l), label: `${l} ${t(`level.${l}` as 'level.1')}` })),
            ]}
            value={minK}
            onChange={(v) => update({ minK: v })}
            allowDeselect={false}
            comboboxProps={lazyDropdown}
            style={{ flex: '1 1 160px' }}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(sort !== 'name' ? { sort } : {}), { replace: true });
              }}
            >
              {t('assets.clear')}
            </Button>
          )}
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Group gap="xs" mb="xs" h={24}>
          <Text size="sm" role="status" aria-live="polite">
            {assets.data ? t('assets.count', { n: total }) : ''}
          </Text>
          {assets.isFetching && assets.data && <Loader size="xs" aria-hidden="true" />}
        </Group>
        {assets.isError && <ErrorAlert error={assets.error} onRetry={() => assets.refetch()} />}
        {assets.isPending && <Loading />}
        {assets.data && (
          <div aria-busy={assets.isFetching}>
            <AssetTable items={assets.data.items} sort={{ sort, onSort: (s) => update({ sort: s === 'name' ? null : s }) }} />
          </div>
        )}
        {pages > 1 && (
          <Group justify="center" mt="md">
            <Pager total={pages} value={page} onChange={(p) => update({ page: p === 1 ? null : String(p) }, false)} />
          </Group>
        )}
      </Paper>
    </>
  );
}
