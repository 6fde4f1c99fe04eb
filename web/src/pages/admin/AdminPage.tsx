// Administration: accounts, API tokens and the MFA requirement, one tab each (/admin/:tab).
import { Tabs } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';
import { hasPermission } from '../../api/access.ts';
import { useMe } from '../../api/auth.tsx';
import { ErrorAlert, PageHeader } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { MfaPolicyPanel } from './MfaPolicyPanel.tsx';
import { TokensPanel } from './TokensPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';

const TABS = ['users', 'tokens', 'mfa'] as const;
type Tab = (typeof TABS)[number];

export default function AdminPage() {
  const { t } = useI18n();
  const { tab } = useParams();
  const navigate = useNavigate();
  const me = useMe().data;
  if (!tab) return <Navigate to="/admin/users" replace />;
  if (!TABS.includes(tab as Tab)) return <Navigate to="/admin/users" replace />;
  const current = tab as Tab;

  return (
    <>
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      {!hasPermission(me, 'admin:users') ? (
        <ErrorAlert error={new ApiError(403, 'forbidden', 'forbidden')} />
      ) : (
        <Tabs value={current} onChange={(v) => v && navigate(`/admin/${v}`)} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="users">{t('admin.tab.users')}</Tabs.Tab>
            <Tabs.Tab value="tokens">{t('admin.tab.tokens')}</Tabs.Tab>
            <Tabs.Tab value="mfa">{t('admin.tab.mfa')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="users">
            <UsersPanel />
          </Tabs.Panel>
          <Tabs.Panel value="tokens">
            <TokensPanel />
          </Tabs.Panel>
          <Tabs.Panel value="mfa">
            <MfaPolicyPanel />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
