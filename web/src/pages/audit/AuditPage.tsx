// Granskningslogg: the audit trail, filtered (state in the URL), paged, with the before/after of
// changes; CSV/JSON export of the filtered trail; verification of the whole hash chain.
import { Alert, Autocomplete, Button, type ComboboxItem, Group, Loader, type OptionsFilter, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type AuditFilter, exportAudit, hasPermission, useAudit, useVerifyAudit } from '../../api/access.ts';
import { useMe } from '../../api/auth.tsx';
import { ApiError } from '../../api/client.ts';
import { useDepartments } from '../../api/queries.ts';
import { ErrorAlert, Loading, PageHeader } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Pager } from '../../components/Pager.tsx';
import { isKey, type TKey, useI18n } from '../../i18n/index.tsx';
import { darkTitle, visuallyHidden } from '../admin/shared.tsx';
import { ActionName, actionName, AUDIT_ACTIONS } from './actions.tsx';
import { ChangesView } from './ChangesView.tsx';

const FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const PAGE_SIZES = ['25', '50', '100', '200'];

export default function AuditPage() {
  const i18n = useI18n();
  const { t, dateTime, num } = i18n;
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = useMemo(() => {
    const f: AuditFilter = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) f[k] = v;
    }
    return f;
  }, [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(params.get('pageSize') ?? '') ? Number(params.get('pageSize')) : 50;
  const allowed = hasPermission(me, 'audit:read');
  const audit = useAudit(filter, page, pageSize);
  const departments = useDepartments();
  const deptById = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d])), [departments.data]);
  const verify = useVerifyAudit();
  const [exporting, setExporting] = useState<'csv' | 'json' | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  // The form edits a draft; the filter applies on submit (and lands in the URL).
  const [draft, setDraft] = useState<Record<FilterKey, string>>(() => ({ actor: '', action: '', entityType: '', entityId: '', from: '', to: '' }));
  useEffect(() => {
    setDraft({
      actor: filter.actor ?? '',
      action: filter.action ?? '',
      entityType: filter.entityType ?? '',
      entityId: filter.entityId ?? '',
      from: filter.from ?? '',
      to: filter.to ?? '',
    });
  }, [filter]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (draft[k].trim()) next.set(k, draft[k].trim());
    if (pageSize !== 50) next.set('pageSize', String(pageSize));
    setParams(next);
  };
  const setPage = (p: number) => {
    const next = new URLSearchParams(params);
    if (p > 1) next.set('page', String(p));
    else next.delete('page');
    setParams(next);
  };
  const filtered = FILTER_KEYS.some((k) => filter[k]);

  const runExport = async (format: 'csv' | 'json') => {
    setExporting(format);
    setExportError(null);
    try {
      await exportAudit(filter, format);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(null);
    }
  };

  if (!allowed) {
    return (
      <>
        <PageHeader title={t('audit.title')} />
        <ErrorAlert error={new ApiError(403, 'forbidden', 'forbidden')} />
      </>
    );
  }

  const total = audit.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const setField = (k: FilterKey) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const field = (k: FilterKey, label: TKey, hint?: TKey, type = 'text') => (
    <TextInput
      label={t(label)}
      description={hint ? t(hint) : undefined}
      type={type}
      name={k}
      value={draft[k]}
      onChange={(e) => setField(k)(e.currentTarget.value)}
    />
  );
  // Suggestions match the code or the name; any other text still filters as typed.
  const actionFilter: OptionsFilter = ({ options, search }) => {
    const s = search.trim().toLowerCase();
    return (options as ComboboxItem[]).filter((o) => o.value.includes(s) || actionName(o.value, t)?.toLowerCase().includes(s));
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <>
            <Button variant="default" onClick={() => runExport('csv')} loading={exporting === 'csv'}>
              {t('audit.exportCsv')}
            </Button>
            <Button variant="default" onClick={() => runExport('json')} loading={exporting === 'json'}>
              {t('audit.exportJson')}
            </Button>
            <Button onClick={() => verify.mutate()} loading={verify.isPending}>
              {t('audit.verify')}
            </Button>
          </>
        }
      />
      <div aria-live="polite">
        {verify.data &&
          (verify.data.ok ? (
            <Alert color="green" variant="light" title={t('audit.verifyOkTitle')} mb="md" data-testid="verify-result" styles={darkTitle}>
              {t('audit.verifyOk', { n: num(verify.data.entries) })}
            </Alert>
          ) : (
            <Alert color="red" variant="light" title={t('audit.verifyBrokenTitle')} mb="md" data-testid="verify-result" styles={darkTitle}>
              <Stack gap="xs">
                <Text size="sm">
                  {t('audit.verifyBroken', {
                    seq: verify.data.brokenAt.seq,
                    reason: t(`audit.reason.${verify.data.brokenAt.reason}` as TKey),
                    n: num(verify.data.entries),
                  })}
                </Text>
              </Stack>
            </Alert>
          ))}
      </div>
      {verify.error && <ErrorAlert error={verify.error} />}
      {exportError ? <ErrorAlert error={exportError} /> : null}
      <Paper withBorder radius="md" p="md" mb="md" component="form" onSubmit={apply} role="search" aria-label={t('audit.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {field('actor', 'audit.actor', 'audit.actorHint')}
          <Autocomplete
            label={t('audit.action')}
            description={t('audit.actionHint')}
            name="action"
            value={draft.action}
            onChange={setField('action')}
            data={AUDIT_ACTIONS}
            filter={actionFilter}
            renderOption={({ option }) => <ActionName code={option.value} />}
            maxDropdownHeight={320}
          />
          {field('entityType', 'audit.entityType')}
          {field('entityId', 'audit.entityId')}
          {field('from', 'audit.from', undefined, 'date')}
          {field('to', 'audit.to', undefined, 'date')}
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('audit.apply')}</Button>
          {filtered && (
            <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
              {t('audit.clear')}
            </Button>
          )}
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Group gap="xs" mb="xs" justify="space-between">
          <Group gap="xs" h={24}>
            <Text size="sm" role="status" aria-live="polite">
              {audit.data ? t('audit.count', { n: num(total) }) : ''}
            </Text>
            {audit.isFetching && audit.data && <Loader size="xs" aria-hidden="true" />}
          </Group>
          <Select
            label={t('audit.pageSize')}
            data={PAGE_SIZES}
            value={String(pageSize)}
            onChange={(v) => {
              const next = new URLSearchParams(params);
              next.delete('page');
              if (v && v !== '50') next.set('pageSize', v);
              else next.delete('pageSize');
              setParams(next);
            }}
            allowDeselect={false}
            w={110}
            size="xs"
          />
        </Group>
        {audit.isError && <ErrorAlert error={audit.error} onRetry={() => audit.refetch()} />}
        {audit.isPending && <Loading />}
        {audit.data && audit.data.items.length === 0 && <Text py="md">{t('audit.empty')}</Text>}
        {audit.data && audit.data.items.length > 0 && (
          <DataTable
            striped
            verticalSpacing="xs"
            style={{ verticalAlign: 'top' }}
            busy={audit.isFetching}
            columns={[t('audit.seq'), t('audit.at'), t('audit.actor'), t('audit.ip'), t('audit.action'), t('audit.entity'), t('audit.changes')]}
            caption={<caption style={visuallyHidden}>{t('audit.table')}</caption>}
          >
            {audit.data.items.map((e) => (
              <Table.Tr key={e.seq} data-seq={e.seq}>
                <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                  {e.seq}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{dateTime(e.at)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{e.actor || t('audit.system')}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{e.ip ?? '–'}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <ActionName code={e.action} />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top', wordBreak: 'break-all' }}>
                  {e.entityType ? (
                    <>
                      {isKey(`entity.${e.entityType}`) ? t(`entity.${e.entityType}` as TKey) : e.entityType}
                      {e.entityId && (
                        <Text size="xs" c="dimmed" component="div">
                          {e.entityId}
                        </Text>
                      )}
                    </>
                  ) : (
                    '–'
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top', minWidth: 240 }}>
                  <ChangesView seq={e.seq} changes={e.changes} departments={deptById} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
        {pages > 1 && (
          <Group justify="center" mt="md">
            <Pager total={pages} value={Math.min(page, pages)} onChange={setPage} />
          </Group>
        )}
      </Paper>
    </>
  );
}
