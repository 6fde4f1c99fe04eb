// My two-step verification: status, enrolment (QR code + key as text, confirm with a code, the
// recovery codes shown once), and turning it off when the role allows.
import { Alert, Button, Checkbox, Code, CopyButton, Group, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type MfaEnrolment, useConfirmEnrolment, useDisableMfa, useMfaStatus, useStartEnrolment } from '../../api/access.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, Loading } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { accessErrorMessage, darkTitle, StatusBadge } from '../admin/shared.tsx';

/** The key in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function MfaCard() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const qc = useQueryClient();
  const status = useMfaStatus();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const disable = useDisableMfa();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [savedCodes, setSavedCodes] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const [disableCode, setDisableCode] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const begin = () => {
    setNotice(null);
    start.mutate(undefined, {
      onSuccess: (e) => {
        setEnrolment(e);
        setCode('');
        confirm.reset();
      },
    });
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return;
    confirm.mutate(code.replace(/\s+/g, ''), {
      onSuccess: (r) => {
        setEnrolment(null);
        setCodes(r.recoveryCodes);
        setSavedCodes(false);
      },
    });
  };

  const finish = () => {
    setCodes(null);
    // The session may have been limited to enrolment: permissions change now.
    void qc.invalidateQueries({ queryKey: ['me'] });
    void status.refetch();
  };

  const submitDisable = (e: FormEvent) => {
    e.preventDefault();
    disable.mutate(disableCode.replace(/\s+/g, ''), {
      onSuccess: () => {
        setDisabling(false);
        setDisableCode('');
        setNotice(t('account.mfa.disabled'));
      },
    });
  };

  const confirmError =
    confirm.error instanceof ApiError && confirm.error.status === 400 ? t('account.mfa.badCode') : confirm.error ? accessErrorMessage(confirm.error, i18n) : null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mfa-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="mfa-heading">
            {t('account.mfa.title')}
          </Title>
          {status.data && (
            <StatusBadge tone={status.data.enabled ? 'ok' : status.data.required ? 'bad' : 'muted'}>
              {status.data.enabled ? t('users.mfaOn') : t('users.mfaOff')}
            </StatusBadge>
          )}
        </Group>
        {status.isError && <ErrorAlert error={status.error} onRetry={() => status.refetch()} />}
        {status.isPending && <Loading />}
        {notice && (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        )}

        {codes && (
          <Alert color="yellow" variant="light" title={t('account.mfa.codesTitle')} role="status" styles={darkTitle}>
            <Stack gap="sm">
              <Text size="sm">{t('account.mfa.codesIntro')}</Text>
              <List size="sm" spacing={2} aria-label={t('account.mfa.codesTitle')} styles={{ item: { fontFamily: 'var(--mantine-font-family-monospace)' } }} data-testid="recovery-codes">
                {codes.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
              <Group>
                <CopyButton value={codes.join('\n')}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('account.mfa.copied') : t('account.mfa.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Checkbox label={t('account.mfa.savedCheck')} checked={savedCodes} onChange={(e) => setSavedCodes(e.currentTarget.checked)} />
              <Group>
                <Button onClick={finish} disabled={!savedCodes}>
                  {t('account.mfa.done')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {status.data && !codes && (
          <>
            {status.data.enabled ? (
              <Stack gap="xs">
                <Text size="sm">{t('account.mfa.on', { date: dateTime(status.data.enabledAt) })}</Text>
                <Text size="sm">{t('account.mfa.codesLeft', { n: status.data.recoveryCodesLeft })}</Text>
                {status.data.recoveryCodesLeft <= 2 && (
                  <Alert color="orange" variant="light">
                    {t('account.mfa.codesLow')}
                  </Alert>
                )}
                {status.data.required ? (
                  <Text size="sm" c="dimmed">
                    {t('account.mfa.required')}
                  </Text>
                ) : disabling ? (
                  <form onSubmit={submitDisable} noValidate>
                    <Stack gap="xs" maw={360}>
                      {disable.error && (
                        <Alert color="red" variant="light" role="alert">
                          {disable.error instanceof ApiError && disable.error.status === 401 ? t('login.mfaFailed') : accessErrorMessage(disable.error, i18n)}
                        </Alert>
                      )}
                      <TextInput
                        label={t('account.mfa.code')}
                        description={t('account.mfa.disableIntro')}
                        value={disableCode}
                        onChange={(e) => setDisableCode(e.currentTarget.value)}
                        inputMode="numeric"
                        autoComplete="one-time-code"
                        maxLength={8}
                        data-autofocus
                      />
                      <Group>
                        <Button type="submit" color="red" loading={disable.isPending}>
                          {t('account.mfa.disable')}
                        </Button>
                        <Button variant="default" onClick={() => setDisabling(false)}>
                          {t('common.cancel')}
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                ) : (
                  <Group>
                    <Button variant="light" color="red" onClick={() => setDisabling(true)}>
                      {t('account.mfa.disable')}
                    </Button>
                  </Group>
                )}
              </Stack>
            ) : enrolment ? (
              <Stack gap="md">
                <Text size="sm">{t('account.mfa.step1')}</Text>
                <Image src={enrolment.qrDataUrl} alt={t('account.mfa.qrAlt')} w={240} h={240} fit="contain" />
                <Stack gap={4}>
                  <Text size="sm" id="mfa-secret-label">
                    {t('account.mfa.manual')}
                  </Text>
                  <Code fz="md" aria-labelledby="mfa-secret-label" data-testid="mfa-secret" data-secret={enrolment.secret} style={{ userSelect: 'all', width: 'fit-content' }}>
                    {grouped(enrolment.secret)}
                  </Code>
                </Stack>
                <form onSubmit={submitCode} noValidate>
                  <Stack gap="xs" maw={360}>
                    <Text size="sm">{t('account.mfa.step2')}</Text>
                    {confirmError && (
                      <Alert color="red" variant="light" role="alert">
                        {confirmError}
                      </Alert>
                    )}
                    <TextInput
                      label={t('account.mfa.code')}
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value)}
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      maxLength={8}
                      required
                    />
                    <Group>
                      <Button type="submit" loading={confirm.isPending}>
                        {t('account.mfa.confirm')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              </Stack>
            ) : (
              <Stack gap="xs">
                <Text size="sm">{t('account.mfa.off')}</Text>
                {status.data.required && (
                  <Text size="sm" fw={500}>
                    {t('account.mfa.required')}
                  </Text>
                )}
                {start.error && (
                  <Alert color="red" variant="light" role="alert">
                    {accessErrorMessage(start.error, i18n)}
                  </Alert>
                )}
                <Group>
                  <Button onClick={begin} loading={start.isPending}>
                    {t('account.mfa.start')}
                  </Button>
                </Group>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
