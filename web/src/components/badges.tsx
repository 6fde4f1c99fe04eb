import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import type { AspectId, Levels } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLevelColors } from '../api/catalog.ts';
import { aspects } from '../theme.ts';

/** One aspect's level as a coloured badge: "K 3", with the full wording for screen readers and as a tooltip. */
export function LevelBadge({ aspect, level, size = 'md' }: { aspect?: AspectId; level: number | null | undefined; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  const colors = useLevelColors();
  if (level == null) {
    return (
      <Badge variant="outline" color="gray.7" size={size}>
        {aspect ? `${aspect} –` : '–'}
      </Badge>
    );
  }
  const c = colors(level);
  const full = `${aspect ? `${t(`aspect.${aspect}`)}: ` : ''}${level} ${t(`level.${level}` as 'level.0')}`;
  return (
    <Badge size={size} radius="sm" styles={{ root: { background: c.bg, color: c.fg, textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }} title={full}>
      <span aria-hidden="true">{aspect ? `${aspect} ${level}` : level}</span>
      <VisuallyHidden>{full}</VisuallyHidden>
    </Badge>
  );
}

export function LevelBadges({ levels, size = 'sm' }: { levels: Levels | null | undefined; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  if (!levels)
    return (
      <Text size="sm" c="dimmed">
        {t('level.none')}
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      {aspects.map((a) => (
        <LevelBadge key={a} aspect={a} level={levels[a]} size={size} />
      ))}
    </Group>
  );
}

const stateColors: Record<string, string> = {
  unclassified: '#495057',
  draft: '#8a4a00',
  approved: '#1b6e3a',
  overdue: '#b3261e',
  superseded: '#495057',
};

export function StateBadge({ state, overdue }: { state: string; overdue?: boolean }) {
  const { t } = useI18n();
  const key = overdue ? 'overdue' : state;
  return (
    <Badge variant="outline" color={stateColors[key] ?? 'gray.7'} radius="sm" styles={{ root: { textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {t(`state.${key}` as 'state.draft')}
    </Badge>
  );
}

export function isOverdue(reviewDue: string | null | undefined): boolean {
  if (!reviewDue) return false;
  return reviewDue.slice(0, 10) < new Date().toISOString().slice(0, 10);
}
