import { Checkbox, Group, Paper, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { AspectInfo, ScaleLevelInfo } from '../../api/catalog.ts';
import { LevelBadge } from '../../components/badges.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { AspectAnswersState, OverrideState } from './derive.ts';

interface Props {
  aspect: AspectInfo;
  levels: ScaleLevelInfo[];
  answers: AspectAnswersState;
  derived: number;
  override: OverrideState;
  onAnswer(questionId: string, optionId: string | null, reason?: string): void;
  onOverride(o: OverrideState): void;
  showErrors: boolean;
}

export function AspectPanel({ aspect, levels, answers, derived, override, onAnswer, onOverride, showErrors }: Props) {
  const { t, loc } = useI18n();
  const reasonTooShort = override.enabled && override.reason.trim().length < 10;
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          {aspect.id} – {loc(aspect.name)}
        </Title>
        {aspect.description && <Text size="sm">{loc(aspect.description)}</Text>}
        {aspect.question && (
          <Text size="sm" fw={600} mt={4}>
            {loc(aspect.question)}
          </Text>
        )}
      </div>
      {aspect.questions.map((q, i) => {
        const a = answers[q.id];
        return (
          <Paper key={q.id} withBorder radius="md" p="md">
            <Radio.Group
              value={a?.optionId ?? null}
              onChange={(v) => onAnswer(q.id, v)}
              label={
                <span>
                  {i + 1}. {loc(q.text)}
                  {q.categoryName && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      ({loc(q.categoryName)})
                    </Text>
                  )}
                </span>
              }
              description={[loc(q.help), q.legalBasis ? loc(q.legalBasis) : ''].filter(Boolean).join(' · ')}
            >
              <Stack gap={6} mt="xs">
                {q.options.map((o) => (
                  <Radio key={o.id} value={o.id} label={<Group gap={8} wrap="nowrap" align="flex-start"><LevelBadge level={o.level} size="sm" /><span>{loc(o.text)}</span></Group>} />
                ))}
              </Stack>
            </Radio.Group>
            {a && (
              <Textarea
                mt="sm"
                label={t('classify.answerReason')}
                value={a.reason}
                onChange={(e) => onAnswer(q.id, a.optionId, e.currentTarget.value)}
                autosize
                minRows={1}
                maxLength={2000}
              />
            )}
          </Paper>
        );
      })}
      <Paper withBorder radius="md" p="md" bg="gray.0">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>
            {t('classify.derivedLevel')}: {aspect.id} {derived}
          </Text>
          <LevelBadge aspect={aspect.id} level={override.enabled ? override.level : derived} size="lg" />
        </Group>
        <Checkbox
          label={t('classify.override')}
          checked={override.enabled}
          onChange={(e) => onOverride({ ...override, enabled: e.currentTarget.checked, level: e.currentTarget.checked ? override.level : derived })}
        />
        {override.enabled && (
          <Stack gap="sm" mt="sm">
            <Select
              label={t('classify.overrideLevel')}
              data={levels.map((l) => ({ value: String(l.value), label: `${l.value} ${loc(l.name)}` }))}
              value={String(override.level)}
              onChange={(v) => v != null && onOverride({ ...override, level: Number(v) })}
              allowDeselect={false}
              maw={320}
            />
            <Textarea
              label={t('classify.overrideReason')}
              value={override.reason}
              onChange={(e) => onOverride({ ...override, reason: e.currentTarget.value })}
              required
              autosize
              minRows={2}
              error={showErrors && reasonTooShort ? t('classify.overrideReasonRequired') : undefined}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
