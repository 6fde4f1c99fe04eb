import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Levels, WorkshopDecision, WorkshopDetail } from '../../api/types.ts';
import { LevelBadges } from '../../components/badges.tsx';
import { LevelPickers } from '../../components/LevelPickers.tsx';
import { useI18n } from '../../i18n/index.tsx';

type Suggestion = WorkshopDetail['suggestions'][number];

const same = (a: Levels, b: Levels) => a.K === b.K && a.R === b.R && a.T === b.T && a.S === b.S;

export function LegalChips({ legal, possibleOsl }: { legal?: Suggestion['template']['legal']; possibleOsl?: string[] }) {
  const { t } = useI18n();
  if (!legal) return null;
  const chips: string[] = [];
  for (const o of legal.osl ?? []) chips.push(`OSL ${o.ref} (${t(`harm.${o.harmTest}`).split(' (')[0]})`);
  for (const ref of possibleOsl ?? []) chips.push(`OSL ${ref}?`);
  for (const c of legal.gdprArt9 ?? []) chips.push(`Art. 9: ${t(`art9.${c}`)}`);
  if (legal.gdprArt10) chips.push(t('detail.art10'));
  if (legal.identityNumbers) chips.push(t('detail.identityNumbers'));
  if (legal.protectedIdentity) chips.push(t('detail.protectedIdentity'));
  if (legal.securityClass && legal.securityClass !== 'none') chips.push(`${t('detail.securityClass')}: ${t(`sec.${legal.securityClass}`)}`);
  if (legal.aggregated) chips.push(t('detail.aggregated'));
  if (chips.length === 0) return null;
  return (
    <Group gap={4}>
      {chips.map((c) => (
        <Badge key={c} variant="outline" color="#1864ab" radius="sm" size="sm" styles={{ root: { textTransform: 'none' }, label: { overflow: 'visible' } }}>
          {c}
        </Badge>
      ))}
    </Group>
  );
}

interface Props {
  suggestion: Suggestion;
  currentWorkshopId: string;
  disabled: boolean;
  busy: boolean;
  onDecide(decision: WorkshopDecision, levels?: Levels): void;
}

export function SuggestionRow({ suggestion, currentWorkshopId, disabled, busy, onDecide }: Props) {
  const { t, loc } = useI18n();
  const tpl = suggestion.template;
  const [levels, setLevels] = useState<Levels>(tpl.levels);
  const d = suggestion.decision;
  const name = loc(tpl.name);
  const headingId = `tpl-${tpl.id}`;
  if (d) {
    return (
      <Paper withBorder radius="md" p="sm" className="iv-done" component="li" aria-labelledby={headingId}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={600} id={headingId} component="h3" size="sm" m={0}>
              {d.assetId ? <Anchor component={Link} to={`/assets/${d.assetId}`}>{name}</Anchor> : name}
            </Text>
            <Badge color={d.decision === 'rejected' ? '#495057' : '#1b6e3a'} radius="sm" styles={{ root: { textTransform: 'none' } }}>
              ✓ {t(`ws.decision.${d.decision}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {d.workshopId === currentWorkshopId ? t('ws.decided') : t('ws.decidedEarlier')}
          </Text>
        </Group>
      </Paper>
    );
  }
  const adjusted = !same(levels, tpl.levels);
  return (
    <Paper withBorder radius="md" p="sm" component="li" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Text fw={600} id={headingId} component="h3" size="sm" m={0}>
            {name}
          </Text>
          {tpl.description && (
            <Text size="sm" c="dimmed">
              {loc(tpl.description)}
            </Text>
          )}
          <Group gap="xs">
            {tpl.ownerRole && <Text size="xs">{t('detail.ownerRole')}: {loc(tpl.ownerRole)}</Text>}
            <Text size="xs" c="dimmed">{t('ws.suggestedLevels')}:</Text>
            <LevelBadges levels={tpl.levels} size="sm" />
          </Group>
          <LegalChips legal={tpl.legal} possibleOsl={tpl.possibleOsl} />
          {tpl.levelNote && (
            <Text size="xs" c="dimmed">
              {loc(tpl.levelNote)}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <LevelPickers value={levels} onChange={setLevels} name={name} disabled={disabled} />
          <Group gap="xs">
            <Button size="xs" disabled={disabled} loading={busy} onClick={() => onDecide(adjusted ? 'adjusted' : 'accepted', adjusted ? levels : undefined)} aria-label={`${adjusted ? t('ws.adjust') : t('ws.accept')}: ${name}`}>
              {adjusted ? t('ws.adjust') : t('ws.accept')}
            </Button>
            <Button size="xs" variant="default" disabled={disabled || busy} onClick={() => onDecide('rejected')} aria-label={`${t('ws.reject')}: ${name}`}>
              {t('ws.reject')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
