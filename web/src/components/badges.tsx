import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { AspectId, Levels } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { useLevelColors } from '../api/catalog.ts';
import { aspects } from '../theme.ts';
import { swedishDate } from '../../../src/kernel/swedish-date.ts';

type Size = 'sm' | 'md' | 'lg';

// What the coloured badges here override of Mantine's look (case, shrinking, clipped label).
const asTyped: CSSProperties = { textTransform: 'none', flexShrink: 0 };
const unclipped: CSSProperties = { overflow: 'visible' };
const levelsGroup = { '--group-gap': 'calc(0.25rem * var(--mantine-scale))', '--group-align': 'center', '--group-justify': 'flex-start', '--group-wrap': 'nowrap' } as CSSProperties;

/**
 * Mantine's Badge markup (its own classes and CSS variables, so it looks the same) without its
 * per-instance theme, props and styles work: the list page draws 125 of them before its rows show.
 * `outline`: the outline variant in that colour; otherwise the filled look, coloured by `style`.
 */
export function PlainBadge(props: { size?: Size; radius?: 'sm'; outline?: string; title?: string; style?: CSSProperties; labelStyle?: CSSProperties; children: ReactNode }) {
  const { size, radius, outline } = props;
  const vars: Record<string, string> = {};
  if (size) Object.assign(vars, { '--badge-height': `var(--badge-height-${size})`, '--badge-padding-x': `var(--badge-padding-x-${size})`, '--badge-fz': `var(--badge-fz-${size})` });
  if (radius) vars['--badge-radius'] = `var(--mantine-radius-${radius})`;
  if (outline) Object.assign(vars, { '--badge-bg': 'transparent', '--badge-color': outline, '--badge-bd': `calc(0.0625rem * var(--mantine-scale)) solid ${outline}` });
  return (
    <div className={`${Badge.classes.root} mantine-Badge-root`} data-size={size} data-variant={outline ? 'outline' : undefined} title={props.title} style={{ ...props.style, ...vars }}>
      <span className={`${Badge.classes.label} mantine-Badge-label`} style={props.labelStyle}>
        {props.children}
      </span>
    </div>
  );
}

export type LevelColors = ReturnType<typeof useLevelColors>;

/** One aspect's level as a coloured badge: "K 3", with the full wording for screen readers and as a tooltip. */
export function LevelBadge(props: { aspect?: AspectId; level: number | null | undefined; size?: Size }) {
  return <LevelBadgeView {...props} colors={useLevelColors()} />;
}

// The colours come from the catalogue query: asked once per table, not once per badge (a query
// observer each costs more than the badge).
function LevelBadgeView({ aspect, level, size = 'md', colors }: { aspect?: AspectId; level: number | null | undefined; size?: Size; colors: LevelColors }) {
  const { t } = useI18n();
  if (level == null) {
    return (
      <PlainBadge size={size} outline="var(--mantine-color-gray-7)">
        {aspect ? `${aspect} –` : '–'}
      </PlainBadge>
    );
  }
  const c = colors(level);
  const full = `${aspect ? `${t(`aspect.${aspect}`)}: ` : ''}${level} ${t(`level.${level}` as 'level.0')}`;
  return (
    <PlainBadge size={size} radius="sm" title={full} style={{ background: c.bg, color: c.fg, ...asTyped }} labelStyle={unclipped}>
      <span aria-hidden="true">{aspect ? `${aspect} ${level}` : level}</span>
      <span className={`${VisuallyHidden.classes.root} mantine-VisuallyHidden-root`}>{full}</span>
    </PlainBadge>
  );
}

type LevelsProps = { levels: Levels | null | undefined; size?: Size };

export function LevelBadges(props: LevelsProps) {
  return <LevelBadgesView {...props} colors={useLevelColors()} />;
}

/** LevelBadges with the colours from the caller's `useLevelColors()`: for tables. */
export function LevelBadgesView({ levels, size = 'sm', colors }: LevelsProps & { colors: LevelColors }) {
  const { t } = useI18n();
  if (!levels)
    return (
      <Text size="sm" c="dimmed">
        {t('level.none')}
      </Text>
    );
  // <Group gap={4} wrap="nowrap">, as markup (one per table row).
  return (
    <div className={`${Group.classes.root} mantine-Group-root`} style={levelsGroup}>
      {aspects.map((a) => (
        <LevelBadgeView key={a} aspect={a} level={levels[a]} size={size} colors={colors} />
      ))}
    </div>
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
    <PlainBadge radius="sm" outline={stateColors[key] ?? 'var(--mantine-color-gray-7)'} style={asTyped} labelStyle={unclipped}>
      {t(`state.${key}` as 'state.draft')}
    </PlainBadge>
  );
}

export function isOverdue(reviewDue: string | null | undefined): boolean {
  if (!reviewDue) return false;
  return reviewDue.slice(0, 10) < swedishDate();
}
