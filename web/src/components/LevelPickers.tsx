import { Group, NativeSelect } from '@mantine/core';
import type { Levels } from '../api/types.ts';
import { useLevelColors } from '../api/catalog.ts';
import { useI18n } from '../i18n/index.tsx';
import { aspects } from '../theme.ts';

/** Four compact native selects (K, R, T, S): fast with the keyboard, each labelled for screen readers. */
export function LevelPickers({ value, onChange, name, disabled }: { value: Levels; onChange(levels: Levels): void; name: string; disabled?: boolean }) {
  const { t } = useI18n();
  const colors = useLevelColors();
  return (
    <Group gap={6} wrap="nowrap">
      {aspects.map((a) => {
        const c = colors(value[a]);
        return (
          <NativeSelect
            key={a}
            size="xs"
            w={64}
            disabled={disabled}
            label={a}
            aria-label={t('ws.levelPicker', { aspect: t(`aspect.${a}`), name })}
            value={String(value[a])}
            onChange={(e) => onChange({ ...value, [a]: Number(e.currentTarget.value) })}
            data={[0, 1, 2, 3, 4].map((l) => ({ value: String(l), label: String(l) }))}
            styles={{ input: { background: c.bg, color: c.fg, fontWeight: 700 }, label: { fontSize: 12 } }}
          />
        );
      })}
    </Group>
  );
}
