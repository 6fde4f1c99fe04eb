// Mitt konto: two-step verification (enrol, recovery codes once, turn off) and change password.
import { Alert, Button, Group, Paper, PasswordInput, SimpleGrid, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type MeWithMfa, useChangePassword } from '../../api/access.ts';
import { useMe } from '../../api/auth.tsx';
import { ApiError } from '../../api/client.ts';
import { PageHeader } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { accessErrorMessage, roleName } from '../admin/shared.tsx';
import { MfaCard } from './MfaCard.tsx';

export default function AccountPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe().data as MeWithMfa | null | undefined;

  return (
    <>
      <PageHeader title={t('account.title')} subtitle={me ? t('account.subtitle', { name: me.displayName || me.username, role: roleName(me.role, i18n) }) : undefined} />
      {me?.mfaEnrolmentRequired && (
        <Alert color="orange" variant="light" role="alert" mb="md">
          {t('account.enrolRequired')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <MfaCard />
        {!me?.mfaEnrolmentRequired && <PasswordCard />}
      </SimpleGrid>
    </>
  );
}

function PasswordCard() {
  const i18n = useI18n();
  const { t } = i18n;
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const fields = change.error instanceof ApiError ? Object.fromEntries(change.error.fields.map((f) => [f.path.replace(/^body\./, ''), f.message])) : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (!current || !next || !repeat) return setProblem(t('account.pw.missing'));
    if (next !== repeat) return setProblem(t('account.pw.mismatch'));
    setProblem(null);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          setDone(true);
        },
      },
    );
  };

  const generalError = change.error && !fields.currentPassword && !fields.newPassword ? accessErrorMessage(change.error, i18n) : null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="pw-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="pw-heading">
            {t('account.pw.title')}
          </Title>
          {done && (
            <Alert color="green" variant="light" role="status">
              {t('account.pw.changed')}
            </Alert>
          )}
          {(problem ?? generalError) && (
            <Alert color="red" variant="light" role="alert">
              {problem ?? generalError}
            </Alert>
          )}
          <PasswordInput
            label={t('account.pw.current')}
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={fields.currentPassword ? t('account.pw.wrongCurrent') : undefined}
            required
          />
          <PasswordInput
            label={t('account.pw.new')}
            description={t('account.pw.hint')}
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={fields.newPassword}
            required
          />
          <PasswordInput
            label={t('account.pw.repeat')}
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={problem === t('account.pw.mismatch') ? problem : undefined}
            required
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('account.pw.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
