import { Alert, Button, FileInput, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, ApiError, download } from '../../api/client.ts';
import { useInvalidateMap } from '../../api/queries.ts';
import type { ImportResult } from '../../api/types.ts';
import { ErrorAlert, PageHeader } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ProblemsTable } from './ProblemsTable.tsx';
import { RecordsPlanImport } from './RecordsPlanImport.tsx';

function ExportSection() {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (format: 'json' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      await download('/api/export', { format }, `informationskarta.${format}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="export-h">
      <Title order={2} size="h4" id="export-h" mb={4}>
        {t('io.export')}
      </Title>
      <Text size="sm" mb="sm">
        {t('io.exportText')}
      </Text>
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={() => run('xlsx')} loading={busy === 'xlsx'}>
          {t('io.exportXlsx')}
        </Button>
        <Button variant="default" onClick={() => run('json')} loading={busy === 'json'}>
          {t('io.exportJson')}
        </Button>
      </Group>
    </Paper>
  );
}

function ImportSection() {
  const { t } = useI18n();
  const invalidate = useInvalidateMap();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const run = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('mode', mode);
      form.set('file', file!, file!.name);
      return api<ImportResult>('/api/import', { method: 'POST', form });
    },
    onSuccess: () => invalidate(),
  });
  const problems = run.error instanceof ApiError ? run.error.problems : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) run.mutate();
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="import-h">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4" id="import-h" mb={4}>
              {t('io.import')}
            </Title>
            <Text size="sm">{t('io.importText')}</Text>
          </div>
          <FileInput
            label={t('io.file')}
            placeholder={t('io.chooseFile')}
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(f) => {
              setFile(f);
              run.reset();
            }}
            clearable
            clearButtonProps={{ 'aria-label': t('common.remove') }}
            maw={480}
          />
          <Radio.Group label={t('io.mode')} value={mode} onChange={(v) => setMode(v as 'merge' | 'replace')}>
            <Group mt={4}>
              <Radio value="merge" label={t('io.mode.merge')} />
              <Radio value="replace" label={t('io.mode.replace')} />
            </Group>
          </Radio.Group>
          <Group>
            <Button type="submit" disabled={!file} loading={run.isPending}>
              {t('io.importButton')}
            </Button>
          </Group>
          {run.data && (
            <Alert color="green" variant="light" role="status">
              {t('io.importDone', { departments: run.data.departments, created: run.data.assetsCreated, updated: run.data.assetsUpdated })}
            </Alert>
          )}
          {run.error && problems.length === 0 && <ErrorAlert error={run.error} />}
          {problems.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('io.problems')}>
              <ProblemsTable problems={problems} />
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

export default function ImportExportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('io.title')} />
      <Stack gap="lg">
        <ExportSection />
        <ImportSection />
        <RecordsPlanImport />
      </Stack>
    </>
  );
}
