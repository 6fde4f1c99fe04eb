// Register a service (from a catalogue entry, facts prefilled as suggestions to confirm, or from
// scratch) or edit one with optimistic concurrency (the version read is sent back).
import { Alert, Badge, Button, Fieldset, Group, NumberInput, Paper, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { type CatalogueEntry, type ServiceInput, type StoredService, useInvalidatePlacement, useService, useServiceCatalogue } from '../../api/placement.ts';
import { ErrorAlert, fieldErrors, Loading, PageHeader } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { backupKinds, type FactDef, factGroups, type FactName, locations, triStates, valueLabel } from './facts.tsx';
import { swedishDate } from '../../../../src/kernel/swedish-date.ts';

type Verif = { verifiedOn: string | null; source: string };

function emptyService(): ServiceInput {
  return {
    name: '',
    description: '',
    deployment: 'unknown',
    catalogueId: null,
    verification: {},
    provider: '',
    parentCompany: '',
    ownerJurisdiction: 'unknown',
    dataLocation: 'unknown',
    processingLocation: 'unknown',
    backup: { kind: 'unknown', location: 'unknown', lastRestoreTest: null },
    thirdCountrySubProcessors: 'unknown',
    thirdCountrySupportAccess: 'unknown',
    keyControl: 'unknown',
    processing: 'unknown',
    dataProcessingAgreement: 'unknown',
    dpfCertified: 'unknown',
    certifications: [],
    sla: { agreed: 'unknown', availabilityPercent: null },
    exitPlan: 'unknown',
    offlineFallback: 'unknown',
  };
}

function fromEntry(entry: CatalogueEntry, lang: 'sv' | 'en'): ServiceInput {
  const f = entry.facts;
  return {
    ...emptyService(),
    ...f,
    backup: { ...f.backup },
    sla: { ...f.sla },
    certifications: [...f.certifications],
    name: entry.name,
    description: entry.description[lang] ?? entry.description.sv,
    deployment: entry.deployment,
    catalogueId: entry.id,
    verification: { ...entry.verification },
  };
}

function toInput(s: StoredService): ServiceInput {
  const { id: _i, version: _v, updatedAt: _u, placementCount: _p, ...input } = s;
  return { ...input, backup: { ...s.backup }, sla: { ...s.sla }, certifications: [...s.certifications], verification: { ...s.verification } };
}

const today = () => swedishDate();

export default function ServiceFormPage() {
  const { id } = useParams();
  const editing = !!id;
  const existing = useService(id);
  if (editing && existing.isPending) return <Loading />;
  if (editing && existing.isError) return <ErrorAlert error={existing.error} onRetry={() => existing.refetch()} />;
  return <ServiceForm key={existing.data ? `${existing.data.id}-${existing.data.version}` : 'new'} existing={existing.data} />;
}

function ServiceForm({ existing }: { existing?: StoredService }) {
  const i18n = useI18n();
  const { t, lang, loc } = i18n;
  const navigate = useNavigate();
  const invalidate = useInvalidatePlacement();
  const catalogue = useServiceCatalogue();
  const [form, setForm] = useState<ServiceInput>(() => (existing ? toInput(existing) : emptyService()));
  const [entryId, setEntryId] = useState<string>('');
  /** Facts filled in from the catalogue and not yet confirmed. */
  const [suggested, setSuggested] = useState<Set<FactName>>(new Set());
  const entry = catalogue.data?.entries.find((e) => e.id === entryId);

  const chooseEntry = (value: string | null) => {
    const v = value ?? '';
    setEntryId(v);
    const e = catalogue.data?.entries.find((x) => x.id === v);
    if (!e) {
      setForm(emptyService());
      setSuggested(new Set());
      return;
    }
    const next = fromEntry(e, lang);
    setForm(next);
    const verif = next.verification as Record<string, Verif | undefined>;
    setSuggested(new Set(factGroups.flatMap((g) => g.facts).filter((d) => d.verifiable && !verif[d.name]?.verifiedOn).map((d) => d.name)));
  };

  const set = <K extends keyof ServiceInput>(k: K, v: ServiceInput[K]) => setForm((f) => ({ ...f, [k]: v }));
  const verification = form.verification as Record<string, Verif | undefined>;
  const setVerif = (name: FactName, patch: Partial<Verif>) =>
    setForm((f) => {
      const cur = (f.verification as Record<string, Verif | undefined>)[name] ?? { verifiedOn: null, source: '' };
      return { ...f, verification: { ...f.verification, [name]: { ...cur, ...patch } } };
    });
  const confirm = (name: FactName) => {
    if (!verification[name]?.verifiedOn) setVerif(name, { verifiedOn: today() });
    setSuggested((s) => {
      const n = new Set(s);
      n.delete(name);
      return n;
    });
  };
  const confirmAll = () => [...suggested].forEach(confirm);

  const save = useMutation({
    mutationFn: () =>
      existing
        ? api<StoredService>(`/api/services/${existing.id}`, { method: 'PUT', body: { ...form, version: existing.version } })
        : api<StoredService>('/api/services', { method: 'POST', body: form }),
    onSuccess: async (saved) => {
      await invalidate();
      navigate(`/services/${saved.id}`);
    },
  });
  const errors = fieldErrors(save.error);
  const conflict = save.error instanceof ApiError && save.error.status === 409 && !!existing;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  const title = existing ? t('svc.editTitle', { name: existing.name }) : t('svc.createTitle');
  const entryOptions = useMemo(
    () => [{ value: '', label: t('svc.startScratch') }, ...(catalogue.data?.entries ?? []).map((e) => ({ value: e.id, label: e.name }))],
    [catalogue.data, t],
  );
  const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: valueLabel(i18n, v) }));

  const input = (def: FactDef) => {
    const label = t(def.label);
    switch (def.kind) {
      case 'text':
        return <TextInput label={label} value={String(form[def.name] ?? '')} onChange={(e) => set(def.name, e.currentTarget.value as never)} error={errors[def.name]} />;
      case 'enum':
        return (
          <Select label={label} data={options(def.options ?? [])} value={String(form[def.name])} onChange={(v) => v && set(def.name, v as never)} allowDeselect={false} error={errors[def.name]} />
        );
      case 'list':
        return <TagsInput label={label} description={t('svc.certHint')} value={form.certifications} onChange={(v) => set('certifications', v)} />;
      case 'backup':
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Select label={t('f.backupKind')} data={options(backupKinds)} value={form.backup.kind} onChange={(v) => v && set('backup', { ...form.backup, kind: v as never })} allowDeselect={false} />
            <Select label={t('f.backupLocation')} data={options(locations)} value={form.backup.location} onChange={(v) => v && set('backup', { ...form.backup, location: v as never })} allowDeselect={false} />
            <TextInput
              type="date"
              label={t('f.lastRestoreTest')}
              value={form.backup.lastRestoreTest ?? ''}
              onChange={(e) => set('backup', { ...form.backup, lastRestoreTest: e.currentTarget.value || null })}
            />
          </SimpleGrid>
        );
      case 'sla':
        return (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Select label={t('f.slaAgreed')} data={options(triStates)} value={form.sla.agreed} onChange={(v) => v && set('sla', { ...form.sla, agreed: v as never })} allowDeselect={false} />
            <NumberInput
              label={t('f.slaPercent')}
              min={0}
              max={100}
              decimalScale={3}
              value={form.sla.availabilityPercent ?? ''}
              onChange={(v) => set('sla', { ...form.sla, availabilityPercent: typeof v === 'number' ? v : v === '' ? null : Number(v) })}
            />
          </SimpleGrid>
        );
    }
  };

  return (
    <>
      <PageHeader title={title} />
      <form onSubmit={submit} noValidate>
        <Stack>
          {conflict ? (
            <Alert color="red" variant="light" role="alert" title={t('error.title')}>
              <Stack gap="xs">
                <Text size="sm">{t('svc.conflict')}</Text>
                <Group>
                  <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
                    {t('error.reload')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={save.error} />
          )}
          {!existing && (
            <Paper withBorder radius="md" p="md">
              <Select label={t('svc.start')} description={t('svc.startHint')} data={entryOptions} value={entryId} onChange={chooseEntry} allowDeselect={false} searchable maw={480} />
              {entry && (
                <Alert color="blue" variant="light" mt="sm" title={t('fact.suggestion')}>
                  <Stack gap={4}>
                    <Text size="sm">{loc(catalogue.data?.disclaimer)}</Text>
                    {entry.notes && (
                      <Text size="sm">
                        <strong>{t('svc.catalogueNotes')}:</strong> {loc(entry.notes)}
                      </Text>
                    )}
                  </Stack>
                </Alert>
              )}
            </Paper>
          )}
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('svc.name')} value={form.name} onChange={(e) => set('name', e.currentTarget.value)} required error={errors.name} />
            </SimpleGrid>
            <Textarea mt="sm" label={t('svc.description')} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} />
          </Paper>
          {suggested.size > 0 && (
            <Alert color="yellow" variant="light" role="status">
              <Group justify="space-between">
                <Text size="sm">{t('svc.suggestionsLeft', { n: suggested.size })}</Text>
                <Button size="xs" variant="default" onClick={confirmAll}>
                  {t('svc.confirmAll')}
                </Button>
              </Group>
            </Alert>
          )}
          {factGroups.map((g) => (
            <Fieldset key={g.id} legend={t(g.label)} radius="md">
              <Stack gap="md">
                {g.facts.map((def) => {
                  const v = verification[def.name];
                  const isSuggested = suggested.has(def.name);
                  return (
                    <div key={def.name} role="group" aria-label={t(def.label)} style={isSuggested ? { borderInlineStart: '4px solid #1864ab', paddingInlineStart: 8 } : undefined}>
                      {input(def)}
                      {def.verifiable && (
                        <Group gap="xs" align="flex-end" mt={4} wrap="wrap">
                          <TextInput
                            size="xs"
                            type="date"
                            label={t('fact.verifiedOn')}
                            value={v?.verifiedOn ?? ''}
                            onChange={(e) => setVerif(def.name, { verifiedOn: e.currentTarget.value || null })}
                          />
                          <TextInput size="xs" label={t('fact.sourceLabel')} value={v?.source ?? ''} onChange={(e) => setVerif(def.name, { source: e.currentTarget.value })} style={{ flex: 1, minWidth: 200 }} />
                          {isSuggested && (
                            <>
                              <Badge variant="outline" color="#1864ab" radius="sm" styles={{ root: { textTransform: 'none' } }}>
                                {t('fact.suggestion')}
                              </Badge>
                              <Button size="xs" variant="light" onClick={() => confirm(def.name)} aria-label={`${t('fact.confirm')}: ${t(def.label)}`}>
                                {t('fact.confirm')}
                              </Button>
                            </>
                          )}
                        </Group>
                      )}
                    </div>
                  );
                })}
              </Stack>
            </Fieldset>
          ))}
          <Group justify="flex-end">
            <Button component={Link} to={existing ? `/services/${existing.id}` : '/services'} variant="default">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
