// Pieces shared by the administration, account and audit pages: a secret shown once, the role
// and department pickers, readable error texts.
import { Alert, Badge, Button, Code, CopyButton, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ROLES, roleInfo } from '../../api/access.ts';
import { ApiError } from '../../api/client.ts';
import { useDepartments } from '../../api/queries.ts';
import type { Department } from '../../api/types.ts';
import { errorMessage, fieldErrors, HeadingWithIntro } from '../../components/common.tsx';
import { type I18n, useI18n } from '../../i18n/index.tsx';

/**
 * An error as a sentence. Conflicts (409) on these pages carry the server's own explanation
 * ("the username is taken", "the last administrator"), which is more useful than the generic text.
 */
export function accessErrorMessage(error: unknown, i18n: I18n): string {
  if (error instanceof ApiError && (error.status === 409 || error.status === 400 || error.status === 429)) return error.message;
  return errorMessage(error, i18n);
}

/**
 * The error of an administration form as an alert, unless the server named the faulty fields:
 * then each field shows its own message and a second one above would only repeat it.
 */
export function AccessErrorAlert({ error }: { error: unknown }) {
  const i18n = useI18n();
  if (!error || Object.keys(fieldErrors(error)).length > 0) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {accessErrorMessage(error, i18n)}
    </Alert>
  );
}

/** The heading of an administration tab: its title, an optional dimmed intro, an optional action at the right. */
export function PanelHeader({ title, intro, action }: { title: string; intro?: string; action?: ReactNode }) {
  const heading = <HeadingWithIntro title={title} intro={intro} order={2} size="h3" />;
  if (!action) return heading;
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {action}
    </Group>
  );
}

/** A confirmation after an action ("saved", "revoked") that the user can close. */
export function DoneNotice({ text, onClose }: { text: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose}>
      {text}
    </Alert>
  );
}

export function roleName(role: string, i18n: I18n): string {
  const r = roleInfo(role);
  return r ? i18n.loc(r.name) : role;
}

/** Department codes of a scope: null = all departments. */
export function departmentsText(ids: string[] | null, departments: Department[] | undefined, i18n: I18n): string {
  if (ids === null) return i18n.t('admin.allDepartments');
  if (ids.length === 0) return i18n.t('admin.noDepartments');
  const byId = new Map((departments ?? []).map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id)?.code ?? id.slice(0, 8)).join(', ');
}

/** A secret (password, token) shown once, with a copy button. */
export function ShownOnce({ title, intro, label, value, onDone }: { title: string; intro: string; label: string; value: string; onDone?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert color="yellow" variant="light" title={title} role="status" mb="md" styles={darkTitle}>
      <Stack gap="xs">
        <Text size="sm">{intro}</Text>
        <Group gap="sm" wrap="wrap">
          <Text size="sm" fw={600} component="span">
            {label}:
          </Text>
          <Code fz="md" data-testid="shown-once" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
            {value}
          </Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('admin.copied') : t('admin.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('admin.shownOnce')}
        </Text>
        {onDone && (
          <Group>
            <Button size="xs" variant="default" onClick={onDone}>
              {t('common.close')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function RoleSelect({ value, onChange, error }: { value: string; onChange(role: string): void; error?: string }) {
  const i18n = useI18n();
  return (
    <Select
      label={i18n.t('admin.role')}
      data={ROLES.map((r) => ({ value: r.id, label: i18n.loc(r.name) }))}
      value={value}
      onChange={(v) => v && onChange(v)}
      allowDeselect={false}
      required
      error={error}
    />
  );
}

/** Departments for a role scoped to assigned departments; a note for all-department roles. */
export function DepartmentsPicker({ role, value, onChange, error }: { role: string; value: string[]; onChange(ids: string[]): void; error?: string }) {
  const { t } = useI18n();
  const departments = useDepartments();
  if (roleInfo(role)?.scope === 'all') {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.allScopeHint')}
      </Text>
    );
  }
  return (
    <MultiSelect
      label={t('admin.departments')}
      description={t('admin.departmentsHint')}
      data={(departments.data ?? []).map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      error={error}
    />
  );
}

/** Alert titles in the text colour: the coloured titles of light alerts lack contrast. */
export const darkTitle = { title: { color: 'var(--mantine-color-text)' } };

/** Hidden on screen, read by screen readers (table captions). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

const TONES = { ok: '#1b6e3a', warn: '#8a4a00', bad: '#b3261e', muted: '#495057', info: '#5f3dc4' } as const;

/** A status word in an outlined badge, in colours with enough contrast (WCAG AA). */
export function StatusBadge({ tone, children, ml }: { tone: keyof typeof TONES; children: ReactNode; ml?: number }) {
  return (
    <Badge variant="outline" color={TONES[tone]} radius="sm" ml={ml} styles={{ root: { textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}
