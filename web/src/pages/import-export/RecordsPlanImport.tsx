import { Alert, Button, Checkbox, FileInput, Group, Paper, Select, SimpleGrid, Stack, Stepper, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { useDepartments, useInvalidateMap } from '../../api/queries.ts';
import type { RecordsPlanMapping, RecordsPlanPreview } from '../../api/types.ts';
import { ErrorAlert } from '../../components/common.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { type TKey, useI18n } from '../../i18n/index.tsx';
import { ProblemsTable } from './ProblemsTable.tsx';

type ColumnField = 'processCode' | 'process' | 'documentType' | 'retention' | 'retentionPeriod' | 'notes';
const columnFields: { key: ColumnField; label: TKey }[] = [
  { key: 'documentType', label: 'rp.documentType' },
  { key: 'process', label: 'rp.process' },
  { key: 'processCode', label: 'rp.processCode' },
  { key: 'retention', label: 'rp.retention' },
  { key: 'retentionPeriod', label: 'rp.retentionPeriod' },
  { key: 'notes', label: 'rp.notes' },
];

export function RecordsPlanImport() {
  const { t } = useI18n();
  const invalidate = useInvalidateMap();
  const departments = useDepartments();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RecordsPlanPreview | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [byColumn, setByColumn] = useState<string | null>(null);
  const [columns, setColumns] = useState<Partial<Record<ColumnField, string>>>({});
  const [depMap, setDepMap] = useState<Record<string, string>>({});

  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('file', file!, file!.name);
      return api<RecordsPlanPreview>('/api/import/records-plan/preview', { method: 'POST', form });
    },
    onSuccess: (p) => {
      setPreview(p);
      const m = p.suggestedMapping;
      setSheets(m?.sheets ?? p.sheets.filter((s) => s.headerRow !== null).map((s) => s.name));
      setByColumn(m && 'column' in m.department ? m.department.column : null);
      setColumns({ documentType: m?.documentType, process: m?.process, processCode: m?.processCode, retention: m?.retention, retentionPeriod: m?.retentionPeriod, notes: m?.notes });
      setDepMap({});
    },
  });
  const run = useMutation({
    mutationFn: () => {
      const mapping: RecordsPlanMapping = {
        department: byColumn ? { column: byColumn } : { bySheet: true },
        sheets,
        documentType: columns.documentType!,
      };
      for (const f of columnFields) if (f.key !== 'documentType' && columns[f.key]) mapping[f.key] = columns[f.key];
      return api<{ assetsCreated: number }>('/api/import/records-plan', { method: 'POST', body: { uploadId: preview!.uploadId, mapping, departmentMap: depMap } });
    },
    onSuccess: () => invalidate(),
  });

  const chosen = (preview?.sheets ?? []).filter((s) => sheets.includes(s.name));
  const headers = useMemo(() => [...new Set(chosen.flatMap((s) => s.headers).filter(Boolean))], [chosen]);
  const sources = useMemo(() => {
    if (!byColumn) return sheets;
    const values = new Set<string>();
    for (const s of chosen) {
      const i = s.headers.indexOf(byColumn);
      if (i >= 0) for (const row of s.sample) if (row[i]) values.add(row[i]!);
    }
    return [...values];
  }, [byColumn, sheets, chosen]);
  const depOptions = (departments.data ?? []).map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }));
  const step = run.data ? 2 : preview ? 1 : 0;
  const problems = [upload.error, run.error].flatMap((e) => (e instanceof ApiError ? e.problems : []));
  const reset = () => {
    setPreview(null);
    setFile(null);
    upload.reset();
    run.reset();
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rp-h">
      <Title order={2} size="h4" id="rp-h" mb={4}>
        {t('rp.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('rp.text')}
      </Text>
      <Stepper active={step} size="sm" mb="md" allowNextStepsSelect={false}>
        <Stepper.Step label={t('rp.step.upload')} />
        <Stepper.Step label={t('rp.step.map')} />
        <Stepper.Step label={t('rp.step.done')} />
      </Stepper>
      {problems.length > 0 ? <ProblemsTable problems={problems} /> : <ErrorAlert error={upload.error ?? run.error} />}
      {step === 0 && (
        <Group align="flex-end">
          <FileInput label={t('io.file')} placeholder={t('io.chooseFile')} accept=".xlsx" value={file} onChange={setFile} clearable clearButtonProps={{ 'aria-label': t('common.remove') }} w={360} />
          <Button onClick={() => upload.mutate()} disabled={!file} loading={upload.isPending}>
            {t('rp.preview')}
          </Button>
        </Group>
      )}
      {step === 1 && preview && (
        <Stack gap="md">
          <Checkbox.Group label={t('rp.sheets')} value={sheets} onChange={setSheets}>
            <Group mt={4}>
              {preview.sheets.map((s) => (
                <Checkbox key={s.name} value={s.name} disabled={s.headerRow === null} label={`${s.name} (${s.headerRow === null ? t('rp.noHeader') : t('rp.rows', { n: s.rowCount })})`} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Select
              label={t('rp.departmentBy')}
              data={[{ value: '', label: t('rp.bySheet') }, ...headers.map((h) => ({ value: h, label: `${t('rp.byColumn')}: ${h}` }))]}
              value={byColumn ?? ''}
              onChange={(v) => {
                setByColumn(v || null);
                setDepMap({});
              }}
              allowDeselect={false}
            />
            {columnFields.map((f) => (
              <Select
                key={f.key}
                label={t(f.label)}
                required={f.key === 'documentType'}
                data={[...(f.key === 'documentType' ? [] : [{ value: '', label: t('rp.noColumn') }]), ...headers.map((h) => ({ value: h, label: h }))]}
                value={columns[f.key] ?? ''}
                onChange={(v) => setColumns((c) => ({ ...c, [f.key]: v || undefined }))}
                allowDeselect={false}
                error={f.key === 'documentType' && !columns.documentType ? t('rp.docTypeRequired') : undefined}
              />
            ))}
          </SimpleGrid>
          <div>
            <Text fw={600} size="sm">{t('rp.departmentMap')}</Text>
            <Text size="sm" c="dimmed" mb="xs">{t('rp.departmentMapHint')}</Text>
            <DataTable wrapClassName={null} withTableBorder fz="sm" columns={[t('rp.source'), t('rp.target')]}>
              {sources.map((src) => (
                <Table.Tr key={src}>
                  <Table.Th scope="row" fw={500}>{src}</Table.Th>
                  <Table.Td>
                    <Select aria-label={`${t('rp.target')}: ${src}`} data={depOptions} value={depMap[src] ?? null} onChange={(v) => setDepMap((m) => ({ ...m, [src]: v ?? '' }))} searchable size="xs" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </div>
          {chosen[0] && chosen[0].sample.length > 0 && (
            <div className="iv-table-wrap">
              <Table withTableBorder striped fz="xs">
                <Table.Caption>{t('rp.sample', { sheet: chosen[0].name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>{chosen[0].headers.map((h, i) => <Table.Th scope="col" key={`${h}-${i}`}>{h}</Table.Th>)}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {chosen[0].sample.map((row, r) => (
                    <Table.Tr key={r}>{row.map((c, i) => <Table.Td key={i}>{c}</Table.Td>)}</Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
          <Group>
            <Button onClick={() => run.mutate()} disabled={!columns.documentType || sheets.length === 0} loading={run.isPending}>
              {t('rp.run')}
            </Button>
            <Button variant="default" onClick={reset}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      )}
      {step === 2 && run.data && (
        <Stack>
          <Alert color="green" variant="light" role="status">{t('rp.done', { n: run.data.assetsCreated })}</Alert>
          <Group><Button variant="default" onClick={reset}>{t('rp.again')}</Button></Group>
        </Stack>
      )}
    </Paper>
  );
}
