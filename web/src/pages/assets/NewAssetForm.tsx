// "Ny informationsmängd": the few fields needed to start; the rest is edited on the asset's page.
import { Select, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useDepartments, useInvalidateMap } from '../../api/queries.ts';
import type { Asset } from '../../api/types.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useI18n } from '../../i18n/index.tsx';

export function NewAssetForm({ onClose, departmentId }: { onClose: () => void; departmentId?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidateMap();
  const departments = useDepartments();
  const [department, setDepartment] = useState<string | null>(departmentId ?? null);
  const [name, setName] = useState('');
  const [ownerRole, setOwnerRole] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation({
    mutationFn: () => api<Asset>('/api/assets', { method: 'POST', body: { departmentId: department, name, ownerRole, description } }),
    onSuccess: async (a) => {
      await invalidate();
      onClose();
      navigate(`/assets/${a.id}`);
    },
  });
  return (
    <FormModal title={t('assets.new')} onClose={onClose} onSubmit={() => create.mutate()} saving={create.isPending} error={create.error} canSave={!!department}>
      <Select
        label={t('common.department')}
        value={department}
        onChange={setDepartment}
        data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        searchable
        required
      />
      <TextInput label={t('common.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={300} />
      <TextInput label={t('detail.ownerRole')} description={t('assets.ownerRoleHint')} value={ownerRole} onChange={(e) => setOwnerRole(e.currentTarget.value)} maxLength={200} />
      <Textarea label={t('detail.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
    </FormModal>
  );
}
