// Verdict badge and the explanation of a verdict (reasons, rule ids, conditions), shared by the
// placement, planning, what-if and services pages. Colour is never the only signal: every badge
// carries the verdict in words and a symbol.
import { Badge, Code, Group, List, Stack, Text } from '@mantine/core';
import type { PlacementResult, Verdict } from '../../api/placement.ts';
import { useI18n } from '../../i18n/index.tsx';
import { rawFactLabel } from '../services/facts.tsx';

const verdictStyle: Record<Verdict, { bg: string; symbol: string }> = {
  allowed: { bg: '#1b6e3a', symbol: '✓' },
  allowed_with_conditions: { bg: '#1864ab', symbol: '✓' },
  needs_legal_review: { bg: '#8a4a00', symbol: '?' },
  not_allowed: { bg: '#b3261e', symbol: '✕' },
};

export function VerdictBadge({ verdict, size = 'md' }: { verdict: Verdict; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useI18n();
  const s = verdictStyle[verdict] ?? verdictStyle.needs_legal_review;
  return (
    <Badge size={size} radius="sm" styles={{ root: { background: s.bg, color: '#fff', textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}>
      <span aria-hidden="true">{s.symbol} </span>
      {t(`verdict.${verdict}`)}
    </Badge>
  );
}

export function RuleIds({ rules }: { rules: readonly string[] }) {
  if (rules.length === 0) return <Text size="sm">–</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {rules.map((r) => (
        <Code key={r}>{r}</Code>
      ))}
    </Group>
  );
}

/** Reasons with their rule ids, then the conditions to fulfil (in a disclosure when `compact`). */
export function VerdictExplanation({ result, compact = false }: { result: PlacementResult; compact?: boolean }) {
  const i18n = useI18n();
  const { t, loc } = i18n;
  const conditions = (
    <>
      {result.conditions.length === 0 ? (
        <Text size="sm">{t('pl.noConditions')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {result.conditions.map((c) => (
            <List.Item key={c.id}>
              {loc(c)} <Code>{c.ruleId}</Code>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
  return (
    <Stack gap={6}>
      <List size="sm" spacing={2}>
        {result.reasons.map((r, i) => (
          <List.Item key={`${r.ruleId}-${i}`}>
            <Code>{r.ruleId}</Code> {loc(r)}
          </List.Item>
        ))}
      </List>
      {result.unknownFacts.length > 0 && (
        <Text size="sm">
          <strong>{t('pl.unknownFacts')}:</strong> {[...new Set(result.unknownFacts.map((f) => rawFactLabel(i18n, f)))].join(', ')}
        </Text>
      )}
      {compact ? (
        <details>
          <summary>
            <Text span size="sm" fw={500}>
              {t('pl.conditions', { n: result.conditions.length })}
            </Text>
          </summary>
          {conditions}
        </details>
      ) : (
        <div>
          <Text size="sm" fw={600}>
            {t('pl.conditions', { n: result.conditions.length })}
          </Text>
          {conditions}
        </div>
      )}
    </Stack>
  );
}
