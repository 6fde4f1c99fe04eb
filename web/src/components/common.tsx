import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { ApiError } from '../api/client.ts';
import { type I18n, useI18n } from '../i18n/index.tsx';

/** The product's mark and name, as the header and the login page show it. */
export function Brand({ size }: { size: 'lg' | 'xl' }) {
  const { t } = useI18n();
  const px = size === 'xl' ? 32 : 28;
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={px} height={px} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="6" fill="#1864ab" />
        <path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff" />
      </svg>
      <Text fw={700} size={size} c="blue.9">
        {t('app.name')}
      </Text>
    </Group>
  );
}

/** A heading with, when given, a dimmed line of explanation under it (admin tabs, login steps). */
export function HeadingWithIntro({ title, intro, order, size }: { title: string; intro?: string; order: 1 | 2; size: 'h2' | 'h3' }) {
  const heading = (
    <Title order={order} size={size}>
      {title}
    </Title>
  );
  if (!intro) return heading;
  return (
    <div>
      {heading}
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
    </div>
  );
}

/** Page heading (the one h1) that also sets the document title. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle && (
          <Text c="dimmed" size="sm" component="div">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

/** Turn any error into a readable sentence in the current language. */
export function errorMessage(error: unknown, i18n: I18n): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return i18n.t('error.network');
    if (error.status === 409) return i18n.t('error.conflict');
    if (error.status === 403) return i18n.t('error.forbidden');
    if (error.status === 404) return i18n.t('error.notFound');
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const i18n = useI18n();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" variant="light" title={title ?? i18n.t('error.title')} role="alert" mb="md">
      <Stack gap={4}>
        <Text size="sm">{errorMessage(error, i18n)}</Text>
        {details.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
            {details.map((d) => (
              <li key={d}>
                <Text size="sm">{d}</Text>
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {i18n.t('error.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text size="sm">{t('app.loading')}</Text>
      </Group>
    </Center>
  );
}

/** Field errors from a 422/400 answer, keyed by the field path without "body.". */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) for (const f of error.fields) out[f.path.replace(/^body\./, '')] = f.message;
  return out;
}
