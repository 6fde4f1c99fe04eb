// "Ny informationsmängd": the few fields needed to start; the rest is edited on the asset's page.
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, type ApiError } from '../../api/client.ts';
import { useDepartments, useInvalidateMap } from '../../api/queries.ts';
import type { Asset } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';

export function NewAssetForm({ opened, onClose, departmentId }: { opened: boolean; onClose: () => void; departmentId?: string }) {
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
  const error = create.error as ApiError | null;
  return (
    <Modal opened={opened} onClose={onClose} title={t('assets.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          {error && <Alert color="red" title={error.message}>{error.details.join('; ')}</Alert>}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!department}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
