// Administration → which roles must use MFA, and the grace period for new accounts.
import { Alert, Button, Checkbox, Group, NumberInput, Paper, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { ROLES, useMfaPolicy, useSaveMfaPolicy } from '../../api/access.ts';
import { ErrorAlert, Loading } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { accessErrorMessage, PanelHeader } from './shared.tsx';

export function MfaPolicyPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const policy = useMfaPolicy();
  const save = useSaveMfaPolicy();
  const [roles, setRoles] = useState<string[]>([]);
  const [grace, setGrace] = useState<number | string>(72);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (policy.data) {
      setRoles(policy.data.requiredRoles);
      setGrace(policy.data.graceHours);
    }
  }, [policy.data]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({ requiredRoles: roles, graceHours: Number(grace) || 0 }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Stack gap="md">
      <PanelHeader title={t('mfaPolicy.title')} intro={t('mfaPolicy.intro')} />
      {policy.isError && <ErrorAlert error={policy.error} onRetry={() => policy.refetch()} />}
      {policy.isPending && <Loading />}
      {policy.data && (
        <Paper withBorder radius="md" p="md" maw={640}>
          <form onSubmit={submit} noValidate>
            <Stack>
              {save.error && (
                <Alert color="red" variant="light" role="alert">
                  {accessErrorMessage(save.error, i18n)}
                </Alert>
              )}
              {saved && (
                <Alert color="green" variant="light" role="status">
                  {t('mfaPolicy.saved')}
                </Alert>
              )}
              <Checkbox.Group label={t('mfaPolicy.roles')} value={roles} onChange={(v) => { setRoles(v); setSaved(false); }}>
                <Stack gap="xs" mt="xs">
                  {ROLES.filter((r) => r.id !== 'service').map((r) => (
                    <Checkbox key={r.id} value={r.id} label={i18n.loc(r.name)} />
                  ))}
                </Stack>
              </Checkbox.Group>
              {roles.length === 0 && (
                <Alert color="orange" variant="light">
                  {t('mfaPolicy.none')}
                </Alert>
              )}
              <NumberInput
                label={t('mfaPolicy.grace')}
                description={t('mfaPolicy.graceHint')}
                value={grace}
                onChange={(v) => { setGrace(v); setSaved(false); }}
                min={0}
                max={24 * 90}
                allowDecimal={false}
                allowNegative={false}
                maw={240}
              />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
