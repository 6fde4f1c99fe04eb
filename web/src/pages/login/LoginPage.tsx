import { Alert, Anchor, Button, Center, Divider, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { type MeWithMfa, usePasswordLogin, useSecondFactor } from '../../api/access.ts';
import { useMe } from '../../api/auth.tsx';
import { ApiError, api } from '../../api/client.ts';
import { Brand, errorMessage, HeadingWithIntro } from '../../components/common.tsx';
import { LanguageToggle } from '../../components/AppLayout.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** A login step's heading, its explanation and, after a failed attempt, why. */
function StepHeading({ title, intro, message }: { title: string; intro: string; message: string | null }) {
  return (
    <>
      <HeadingWithIntro title={title} intro={intro} order={1} size="h2" />
      {message && (
        <Alert color="red" variant="light" role="alert">
          {message}
        </Alert>
      )}
    </>
  );
}

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const login = usePasswordLogin();
  const sso = useQuery({ queryKey: ['oidc-status'], queryFn: () => api<{ configured: boolean }>('/api/auth/oidc/status'), staleTime: Number.POSITIVE_INFINITY });
  const secondFactor = useSecondFactor();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  // The second step (TOTP code or recovery code) when the account has MFA.
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    document.title = `${step === 'mfa' ? t('login.mfaTitle') : t('login.title')} – ${t('app.name')}`;
  }, [t, step]);

  // A session limited to MFA enrolment goes to the enrolment page (Mitt konto).
  const target = (m: MeWithMfa | null | undefined) => (m?.mfaEnrolmentRequired ? '/account' : from);
  if (me.data) return <Navigate to={target(me.data as MeWithMfa)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setExpired(false);
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (answer) => {
          if (answer.mfaRequired) {
            setStep('mfa');
            setCode('');
            setUseRecovery(false);
            secondFactor.reset();
            return;
          }
          navigate(target(answer.user), { replace: true });
        },
      },
    );
  };

  const submitCode = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    secondFactor.mutate(useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s+/g, '') }, {
      onSuccess: () => navigate(from, { replace: true }),
      onError: (err) => {
        // The pending login lasts five minutes: after that, start again with the password.
        if (err instanceof ApiError && err.status === 401 && /gått ut/.test(err.message)) restart(true);
      },
    });
  };

  const restart = (wasExpired = false) => {
    setStep('password');
    setPassword('');
    setCode('');
    setMissing(false);
    setExpired(wasExpired);
    login.reset();
    secondFactor.reset();
  };

  const err = step === 'mfa' ? secondFactor.error : login.error;
  const message = missing
    ? step === 'mfa'
      ? t('login.mfaMissing')
      : t('login.required')
    : expired && step === 'password'
      ? t('login.mfaExpired')
      : err
        ? err instanceof ApiError && (err.status === 401 || err.status === 400 || err.status === 403)
          ? step === 'mfa'
            ? t('login.mfaFailed')
            : t('login.failed')
          : errorMessage(err, i18n)
        : null;

  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between">
          <Brand size="xl" />
          <LanguageToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {step === 'mfa' ? (
            <form onSubmit={submitCode} noValidate key="mfa">
              <Stack>
                <StepHeading title={t('login.mfaTitle')} intro={useRecovery ? t('login.recoveryIntro') : t('login.mfaIntro')} message={message} />
                <TextInput
                  key={useRecovery ? 'recovery' : 'code'}
                  label={useRecovery ? t('login.recoveryCode') : t('login.mfaCode')}
                  name={useRecovery ? 'recoveryCode' : 'code'}
                  autoComplete={useRecovery ? 'off' : 'one-time-code'}
                  inputMode={useRecovery ? 'text' : 'numeric'}
                  maxLength={useRecovery ? 40 : 8}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  required
                  autoFocus
                />
                <Button type="submit" loading={secondFactor.isPending} fullWidth>
                  {t('login.mfaSubmit')}
                </Button>
                <Group justify="space-between" gap="xs">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      setUseRecovery((r) => !r);
                      setCode('');
                      setMissing(false);
                      secondFactor.reset();
                    }}
                  >
                    {useRecovery ? t('login.useCode') : t('login.useRecovery')}
                  </Anchor>
                  <Anchor component="button" type="button" size="sm" onClick={() => restart()}>
                    {t('login.restart')}
                  </Anchor>
                </Group>
              </Stack>
            </form>
          ) : (
            <form onSubmit={submit} noValidate key="password">
              <Stack>
                <StepHeading title={t('login.title')} intro={t('login.intro')} message={message} />
                <TextInput
                  label={t('login.username')}
                  name="username"
                  autoComplete="username"
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  required
                  autoFocus
                />
                <PasswordInput
                  label={t('login.password')}
                  name="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  required
                />
                <Button type="submit" loading={login.isPending} fullWidth>
                  {t('login.submit')}
                </Button>
                {/* Single sign-on is offered only where the server has it configured. */}
                {sso.data?.configured && (
                  <>
                    <Divider label={t('login.or')} labelPosition="center" />
                    <Button component="a" href="/api/auth/oidc/login" variant="default" fullWidth>
                      {t('login.sso')}
                    </Button>
                  </>
                )}
              </Stack>
            </form>
          )}
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Stack>
    </Center>
  );
}
