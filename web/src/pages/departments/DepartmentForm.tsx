// "Ny förvaltning" / "Redigera förvaltning": code, name, kind and the functions that decide which
// templates a workshop suggests.
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useInvalidateMap, useTemplates } from '../../api/queries.ts';
import type { Department } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function DepartmentForm({ department, onClose }: { department?: Department; onClose: () => void }) {
  const { t, loc } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidateMap();
  const templates = useTemplates();
  const [code, setCode] = useState(department?.code ?? '');
  const [name, setName] = useState(department?.name ?? '');
  const [kind, setKind] = useState<string>(department?.kind ?? 'forvaltning');
  const [functions, setFunctions] = useState<string[]>(department?.functions ?? ['alla']);
  const create = useMutation({
    mutationFn: () => {
      const body = { code: code.trim().toUpperCase(), name, kind, functions };
      return department
        ? api<Department>(`/api/departments/${department.id}`, { method: 'PATCH', body })
        : api<Department>('/api/departments', { method: 'POST', body });
    },
    onSuccess: async (d) => {
      await invalidate();
      onClose();
      navigate(`/departments/${d.id}`);
    },
  });
  return (
    <FormModal title={department ? t('dep.edit') : t('dep.new')} onClose={onClose} onSubmit={() => create.mutate()} saving={create.isPending} error={create.error}>
      <TextInput label={t('common.code')} description={t('dep.codeHint')} value={code} onChange={(e) => setCode(e.currentTarget.value)} required maxLength={20} />
      <TextInput label={t('common.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} />
      <Select
        label={t('dep.kind')}
        value={kind}
        onChange={(v) => setKind(v ?? 'forvaltning')}
        data={['forvaltning', 'bolag', 'enhet'].map((k) => ({ value: k, label: t(`kind.${k}` as 'kind.forvaltning') }))}
        allowDeselect={false}
      />
      <MultiSelect
        label={t('dep.functions')}
        description={t('dep.functionsHint')}
        value={functions}
        onChange={setFunctions}
        data={(templates.data?.functions ?? []).map((f) => ({ value: f.id, label: loc(f.name) }))}
        searchable
      />
    </FormModal>
  );
}
