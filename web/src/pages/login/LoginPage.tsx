import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useLogin, useMe } from '../../api/auth.tsx';
import { ApiError } from '../../api/client.ts';
import { errorMessage } from '../../components/common.tsx';
import { LanguageToggle } from '../../components/AppLayout.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function LoginPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    document.title = `${t('login.title')} – ${t('app.name')}`;
  }, [t]);

  if (me.data) return <Navigate to={from} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password }, { onSuccess: () => navigate(from, { replace: true }) });
  };

  const err = login.error;
  const message = missing
    ? t('login.required')
    : err
      ? err instanceof ApiError && (err.status === 401 || err.status === 400 || err.status === 403)
        ? t('login.failed')
        : errorMessage(err, i18n)
      : null;

  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between">
          <Group gap={8}>
            <svg width="32" height="32" viewBox="0 0 32 32" aria-hidden="true">
              <rect width="32" height="32" rx="6" fill="#1864ab" />
              <path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff" />
            </svg>
            <Text fw={700} size="xl" c="blue.9">
              {t('app.name')}
            </Text>
          </Group>
          <LanguageToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('login.intro')}
                </Text>
              </div>
              {message && (
                <Alert color="red" variant="light" role="alert">
                  {message}
                </Alert>
              )}
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
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Stack>
    </Center>
  );
}
