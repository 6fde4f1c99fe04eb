// Administration → API tokens: list (prefix, role, scope, expiry, last use), create (the token is
// shown once), revoke.
import { Button, Code, Group, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { roleInfo, type TokenInfo, useCreateToken, useRevokeToken, useTokens } from '../../api/access.ts';
import { useDepartments } from '../../api/queries.ts';
import { ErrorAlert, fieldErrors, Loading } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AccessErrorAlert, DepartmentsPicker, DoneNotice, PanelHeader, departmentsText, RoleSelect, roleName, ShownOnce, StatusBadge, visuallyHidden } from './shared.tsx';

function tokenState(tk: TokenInfo): 'revoked' | 'expired' | 'valid' {
  if (tk.revokedAt) return 'revoked';
  if (tk.expiresAt && new Date(tk.expiresAt) <= new Date()) return 'expired';
  return 'valid';
}

export function TokensPanel() {
  const i18n = useI18n();
  const { t, date, dateTime } = i18n;
  const tokens = useTokens();
  const departments = useDepartments();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <PanelHeader title={t('tokens.title')} intro={t('tokens.intro')} action={<Button onClick={() => setCreating(true)}>{t('tokens.create')}</Button>} />
      {secret && (
        <ShownOnce
          title={t('tokens.onceTitle', { name: secret.name })}
          intro={t('tokens.onceIntro')}
          label={t('tokens.onceLabel')}
          value={secret.token}
          onDone={() => setSecret(null)}
        />
      )}
      {notice && <DoneNotice text={notice} onClose={() => setNotice(null)} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <Paper withBorder radius="md" p="md">
        {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => tokens.refetch()} />}
        {tokens.isPending && <Loading />}
        {tokens.data && tokens.data.length === 0 && <Text py="md">{t('tokens.empty')}</Text>}
        {tokens.data && tokens.data.length > 0 && (
          <DataTable
            striped
            verticalSpacing="xs"
            columns={[t('tokens.name'), t('tokens.prefix'), t('admin.role'), t('admin.departments'), t('tokens.created'), t('tokens.expires'), t('tokens.lastUsed'), t('tokens.status'), t('common.actions')]}
            caption={<caption style={visuallyHidden}>{t('tokens.table')}</caption>}
          >
            {tokens.data.map((tk) => {
              const state = tokenState(tk);
              return (
                <Table.Tr key={tk.id}>
                  <Table.Th scope="row" fw={500}>
                    {tk.name}
                  </Table.Th>
                  <Table.Td>
                    <Code>{tk.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{roleName(tk.role, i18n)}</Table.Td>
                  <Table.Td>{departmentsText(roleInfo(tk.role)?.scope === 'all' ? null : tk.departmentIds, departments.data, i18n)}</Table.Td>
                  <Table.Td>{date(tk.createdAt)}</Table.Td>
                  <Table.Td>{tk.expiresAt ? date(tk.expiresAt) : t('tokens.noExpiry')}</Table.Td>
                  <Table.Td>{tk.lastUsedAt ? dateTime(tk.lastUsedAt) : t('admin.never')}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={state === 'valid' ? 'ok' : 'muted'}>
                      {state === 'revoked' ? t('tokens.revoked', { date: date(tk.revokedAt) }) : state === 'expired' ? t('tokens.expired') : t('tokens.valid')}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    {state !== 'revoked' && (
                      <Button size="xs" variant="light" color="red" onClick={() => setRevoking(tk)} aria-label={t('tokens.revokeLabel', { name: tk.name })}>
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </Paper>
      <CreateTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          setNotice(null);
          setSecret(s);
        }}
      />
      <Modal
        opened={!!revoking}
        onClose={() => setRevoking(null)}
        title={t('tokens.revoke')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        {revoking && (
          <Stack>
            <Text size="sm">{t('tokens.revokeConfirm', { name: revoking.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={revoke.isPending}
                data-autofocus
                onClick={() =>
                  revoke.mutate(revoking.id, {
                    onSuccess: () => {
                      setNotice(t('tokens.revokedDone', { name: revoking.name }));
                      setRevoking(null);
                    },
                  })
                }
              >
                {t('tokens.revokeLabel', { name: revoking.name })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

const EXPIRY_CHOICES = ['30', '90', '180', '365', '730'];

function CreateTokenModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(s: { name: string; token: string }): void }) {
  const { t } = useI18n();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [role, setRole] = useState('service');
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [expiry, setExpiry] = useState('90');
  const errors = fieldErrors(create.error);

  const reset = () => {
    setName('');
    setRole('service');
    setDepartmentIds([]);
    setExpiry('90');
    create.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const submit = () => {
    create.mutate(
      {
        name: name.trim(),
        role,
        departmentIds: roleInfo(role)?.scope === 'all' ? null : departmentIds,
        expiresInDays: expiry === 'never' ? null : Number(expiry),
      },
      {
        onSuccess: (r) => {
          reset();
          onCreated({ name: r.info.name, token: r.token });
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      size="lg"
      title={t('tokens.create')}
      onClose={close}
      onSubmit={submit}
      saving={create.isPending}
      error={create.error}
      renderError={(error) => <AccessErrorAlert error={error} />}
      submitLabel={t('tokens.createSubmit')}
      canSave={!!name.trim()}
      noValidate
    >
      <TextInput
        label={t('tokens.name')}
        description={t('tokens.nameHint')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        error={errors.name}
        data-autofocus
      />
      <RoleSelect value={role} onChange={setRole} error={errors.role} />
      <DepartmentsPicker role={role} value={departmentIds} onChange={setDepartmentIds} error={errors.departmentIds} />
      <Select
        label={t('tokens.expiresIn')}
        data={[...EXPIRY_CHOICES.map((d) => ({ value: d, label: t('tokens.days', { n: d }) })), { value: 'never', label: t('tokens.noExpiryOption') }]}
        value={expiry}
        onChange={(v) => v && setExpiry(v)}
        allowDeselect={false}
        error={errors.expiresInDays}
      />
    </FormModal>
  );
}
