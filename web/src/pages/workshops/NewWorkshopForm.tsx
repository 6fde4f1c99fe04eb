import { Button, Group, Paper, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { useDepartments, useInvalidateMap } from '../../api/queries.ts';
import type { Workshop } from '../../api/types.ts';
import { ErrorAlert, fieldErrors } from '../../components/common.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { swedishDate } from '../../../../src/kernel/swedish-date.ts';

export function NewWorkshopForm({ departmentId: initialDepartment, onCancel }: { departmentId?: string; onCancel(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const invalidate = useInvalidateMap();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<string | null>(initialDepartment ?? null);
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(swedishDate);
  const [participants, setParticipants] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => api<Workshop>('/api/workshops', { method: 'POST', body: { departmentId, title: title.trim(), heldOn, participants } }),
    onSuccess: async (w) => {
      await invalidate();
      navigate(`/workshops/${w.id}`);
    },
  });
  const errors = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-labelledby="new-ws-h">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="new-ws-h">
            {t('ws.new')}
          </Title>
          <ErrorAlert error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('common.department')}
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              value={departmentId}
              onChange={setDepartmentId}
              searchable
              required
              error={errors.departmentId}
            />
            <TextInput label={t('ws.workshopTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required error={errors.title} />
            <TextInput label={t('ws.heldOn')} type="date" value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} required error={errors.heldOn} />
          </SimpleGrid>
          <TagsInput
            label={t('ws.participants')}
            description={t('ws.participantsHint')}
            value={participants}
            onChange={setParticipants}
            splitChars={[',', ';']}
            acceptValueOnBlur
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!departmentId || !title.trim() || !heldOn}>
              {t('ws.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
