// Administration → accounts: list and filter, create (random password shown once), change role
// and departments, disable or enable, set a new password, reset MFA.
import { Alert, Button, Group, Loader, Modal, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import {
  generatePassword,
  ROLES,
  roleInfo,
  type UserFilter,
  type UserView,
  useCreateUser,
  useResetPassword,
  useResetUserMfa,
  useUpdateUser,
  useUsers,
} from '../../api/access.ts';
import { useMe } from '../../api/auth.tsx';
import { useDepartments } from '../../api/queries.ts';
import { ErrorAlert, fieldErrors, Loading } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AccessErrorAlert, accessErrorMessage, DepartmentsPicker, DoneNotice, PanelHeader, departmentsText, RoleSelect, roleName, ShownOnce, StatusBadge, visuallyHidden } from './shared.tsx';

type Secret = { username: string; password: string };

export function UsersPanel() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const filter: UserFilter = { q: q || undefined, role: role || undefined, disabled: status === 'true' || status === 'false' ? status : undefined };
  const users = useUsers(filter);
  const departments = useDepartments();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <PanelHeader title={t('users.title')} action={<Button onClick={() => setCreating(true)}>{t('users.create')}</Button>} />
      {secret && (
        <ShownOnce
          title={t('users.passwordTitle', { username: secret.username })}
          intro={t('users.passwordIntro')}
          label={t('users.passwordLabel')}
          value={secret.password}
          onDone={() => setSecret(null)}
        />
      )}
      {notice && !secret && <DoneNotice text={notice} onClose={() => setNotice(null)} />}
      <Paper withBorder radius="md" p="md" role="search" aria-label={t('users.search')}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput label={t('users.search')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: '2 1 240px' }} />
          <Select
            label={t('admin.role')}
            data={[{ value: '', label: t('common.all') }, ...ROLES.map((r) => ({ value: r.id, label: i18n.loc(r.name) }))]}
            value={role}
            onChange={(v) => setRole(v ?? '')}
            allowDeselect={false}
            style={{ flex: '1 1 200px' }}
          />
          <Select
            label={t('users.status')}
            data={[
              { value: '', label: t('common.all') },
              { value: 'false', label: t('users.status.active') },
              { value: 'true', label: t('users.status.disabled') },
            ]}
            value={status}
            onChange={(v) => setStatus(v ?? '')}
            allowDeselect={false}
            style={{ flex: '1 1 160px' }}
          />
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        {users.isError && <ErrorAlert error={users.error} onRetry={() => users.refetch()} />}
        {users.isPending && <Loading />}
        {users.data && users.data.length === 0 && <Text py="md">{t('users.empty')}</Text>}
        {users.data && users.data.length > 0 && (
          <DataTable
            striped
            verticalSpacing="xs"
            busy={users.isFetching}
            columns={[t('users.username'), t('users.displayName'), t('admin.role'), t('admin.departments'), t('users.mfa'), t('users.lastLogin'), t('users.status'), t('common.actions')]}
            caption={<caption style={visuallyHidden}>{t('users.table')}</caption>}
          >
            {users.data.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Th scope="row" fw={500}>
                  {u.username}
                  {u.authSource === 'oidc' && (
                    <StatusBadge ml={6} tone="info">
                      {t('users.sso')}
                    </StatusBadge>
                  )}
                </Table.Th>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{roleName(u.role, i18n)}</Table.Td>
                <Table.Td>{departmentsText(u.departmentIds, departments.data, i18n)}</Table.Td>
                <Table.Td>{u.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}</Table.Td>
                <Table.Td>{u.lastLoginAt ? dateTime(u.lastLoginAt) : t('admin.never')}</Table.Td>
                <Table.Td>
                  {u.disabled ? (
                    <StatusBadge tone="muted">
                      {t('users.disabled')}
                    </StatusBadge>
                  ) : u.lockedUntil ? (
                    <StatusBadge tone="warn">
                      {t('users.locked', { time: dateTime(u.lockedUntil) })}
                    </StatusBadge>
                  ) : (
                    <StatusBadge tone="ok">
                      {t('users.active')}
                    </StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setEditing(u)} aria-label={t('users.editLabel', { name: u.username })}>
                    {t('users.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {users.isFetching && users.data && <Loader size="xs" aria-hidden="true" />}
      </Paper>
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          setSecret(s);
        }}
      />
      {editing && (
        <EditUserModal
          user={editing}
          onClose={() => setEditing(null)}
          onSecret={(s) => {
            setEditing(null);
            setSecret(s);
          }}
          onNotice={(n) => {
            setEditing(null);
            setSecret(null);
            setNotice(n);
          }}
        />
      )}
    </Stack>
  );
}


function CreateUserModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(s: Secret): void }) {
  const { t } = useI18n();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState('reader');
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const errors = fieldErrors(create.error);

  const reset = () => {
    setUsername('');
    setDisplayName('');
    setRole('reader');
    setDepartmentIds([]);
    create.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const submit = () => {
    const password = generatePassword();
    create.mutate(
      {
        username: username.trim(),
        displayName: displayName.trim() || undefined,
        role,
        departmentIds: roleInfo(role)?.scope === 'all' ? null : departmentIds,
        password,
      },
      {
        onSuccess: (u) => {
          reset();
          onCreated({ username: u.username, password });
        },
      },
    );
  };

  return (
    <FormModal
      opened={opened}
      size="lg"
      title={t('users.createTitle')}
      intro={t('users.createIntro')}
      onClose={close}
      onSubmit={submit}
      saving={create.isPending}
      error={create.error}
      renderError={(error) => <AccessErrorAlert error={error} />}
      submitLabel={t('users.createSubmit')}
      canSave={!!username.trim()}
      noValidate
    >
      <TextInput
        label={t('users.username')}
        description={t('users.usernameHint')}
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
        required
        autoComplete="off"
        error={errors.username}
        data-autofocus
      />
      <TextInput label={t('users.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} autoComplete="off" />
      <RoleSelect value={role} onChange={setRole} error={errors.role} />
      <DepartmentsPicker role={role} value={departmentIds} onChange={setDepartmentIds} error={errors.departmentIds} />
    </FormModal>
  );
}

type Pending = 'disable' | 'enable' | 'password' | 'mfa' | null;

function EditUserModal({ user, onClose, onSecret, onNotice }: { user: UserView; onClose(): void; onSecret(s: Secret): void; onNotice(text: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe().data;
  const update = useUpdateUser();
  const resetPassword = useResetPassword();
  const resetMfa = useResetUserMfa();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState(user.role);
  const [departmentIds, setDepartmentIds] = useState<string[]>(user.departmentIds ?? []);
  const [pending, setPending] = useState<Pending>(null);
  const errors = fieldErrors(update.error);
  const self = me?.id === user.id;
  const error = update.error ?? resetPassword.error ?? resetMfa.error;
  const busy = update.isPending || resetPassword.isPending || resetMfa.isPending;
  const isLocal = user.authSource === 'local';

  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        id: user.id,
        patch: {
          displayName: displayName.trim() || undefined,
          role,
          departmentIds: roleInfo(role)?.scope === 'all' ? null : departmentIds,
        },
      },
      { onSuccess: () => onNotice(t('users.saved', { username: user.username })) },
    );
  };

  const confirm = () => {
    if (pending === 'disable' || pending === 'enable') {
      const disabled = pending === 'disable';
      update.mutate(
        { id: user.id, patch: { disabled } },
        { onSuccess: () => onNotice(t(disabled ? 'users.disabledDone' : 'users.enabledDone', { username: user.username })) },
      );
    } else if (pending === 'password') {
      const password = generatePassword();
      resetPassword.mutate({ id: user.id, password }, { onSuccess: () => onSecret({ username: user.username, password }) });
    } else if (pending === 'mfa') {
      resetMfa.mutate(user.id, { onSuccess: () => onNotice(t('users.mfaResetDone', { username: user.username })) });
    }
  };

  const question =
    pending === 'disable'
      ? t('users.disableConfirm', { username: user.username })
      : pending === 'enable'
        ? t('users.enable')
        : pending === 'password'
          ? t('users.resetConfirm', { username: user.username })
          : pending === 'mfa'
            ? t('users.resetMfaConfirm', { username: user.username })
            : '';

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { username: user.username })} closeButtonProps={{ 'aria-label': t('common.close') }} size="lg">
      <Stack>
        {error && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light" role="alert">
            {accessErrorMessage(error, i18n)}
          </Alert>
        )}
        <form onSubmit={save} noValidate>
          <Stack>
            <TextInput label={t('users.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors.displayName} data-autofocus />
            <RoleSelect value={role} onChange={setRole} error={errors.role} />
            <DepartmentsPicker role={role} value={departmentIds} onChange={setDepartmentIds} error={errors.departmentIds} />
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending && pending === null}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Paper withBorder p="sm" radius="md">
          {pending ? (
            <Stack gap="xs" role="group" aria-label={t('users.confirm')}>
              <Text size="sm">{question}</Text>
              <Group>
                <Button color={pending === 'enable' ? 'blue' : 'red'} size="xs" onClick={confirm} loading={busy}>
                  {t('users.confirm')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setPending(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group gap="sm" wrap="wrap">
              {user.disabled ? (
                <Button size="xs" variant="light" onClick={() => setPending('enable')}>
                  {t('users.enable')}
                </Button>
              ) : (
                !self && (
                  <Button size="xs" variant="light" color="red" onClick={() => setPending('disable')}>
                    {t('users.disable')}
                  </Button>
                )
              )}
              {isLocal && (
                <Button size="xs" variant="light" onClick={() => setPending('password')}>
                  {t('users.resetPassword')}
                </Button>
              )}
              {isLocal && user.mfaEnabled && (
                <Button size="xs" variant="light" onClick={() => setPending('mfa')}>
                  {t('users.resetMfa')}
                </Button>
              )}
            </Group>
          )}
        </Paper>
      </Stack>
    </Modal>
  );
}

