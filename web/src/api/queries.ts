import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  Asset,
  AssetSummary,
  ClassificationCatalog,
  Dashboard,
  Department,
  Diff,
  HistoryEntry,
  LegalCatalog,
  Page,
  Template,
  Workshop,
  WorkshopDetail,
} from './types.ts';

export const dashboardQuery = queryOptions({ queryKey: ['dashboard'], queryFn: () => api<Dashboard>('/api/dashboard') });

export function useDashboard() {
  return useQuery(dashboardQuery);
}

// Query definitions shared by the hooks and the landing prefetch (src/landing.ts): same keys.
export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: async () => (await api<{ items: Department[] }>('/api/departments')).items,
  staleTime: 60_000,
});

export function useDepartments() {
  return useQuery(departmentsQuery);
}

export function useDepartment(id: string | undefined) {
  return useQuery({
    queryKey: ['department', id],
    queryFn: () => api<Department>(`/api/departments/${id}`),
    enabled: !!id,
  });
}

export interface AssetQuery {
  page?: number;
  pageSize?: number;
  sort?: string;
  q?: string;
  departmentId?: string;
  state?: string;
  status?: string;
  minK?: number;
}

export function assetsQuery(query: AssetQuery) {
  return queryOptions({
    queryKey: ['assets', query],
    queryFn: ({ signal }) => api<Page<AssetSummary>>('/api/assets', { query: { ...query }, signal }),
  });
}

export function useAssets(query: AssetQuery) {
  return useQuery({ ...assetsQuery(query), placeholderData: keepPreviousData });
}

export function useAsset(id: string | undefined) {
  return useQuery({ queryKey: ['asset', id], queryFn: () => api<Asset>(`/api/assets/${id}`), enabled: !!id });
}

export function useAssetHistory(id: string | undefined) {
  return useQuery({
    queryKey: ['asset', id, 'history'],
    queryFn: async () => (await api<{ items: HistoryEntry[] }>(`/api/assets/${id}/history`)).items,
    enabled: !!id,
  });
}

export function useAssetDiff(id: string | undefined, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['asset', id, 'diff', from, to],
    queryFn: () => api<Diff>(`/api/assets/${id}/diff`, { query: { from: from ?? undefined, to: to ?? undefined } }),
    enabled: !!id && from != null && to != null && from !== to,
  });
}

export const classificationCatalogQuery = queryOptions({
  queryKey: ['catalog', 'classification'],
  queryFn: () => api<ClassificationCatalog>('/api/catalog/classification'),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useClassificationCatalog() {
  return useQuery(classificationCatalogQuery);
}

export function useLegalCatalog() {
  return useQuery({
    queryKey: ['catalog', 'legal'],
    queryFn: () => api<LegalCatalog>('/api/catalog/legal'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: ['catalog', 'templates'],
    queryFn: () => api<{ version: string; functions: { id: string; name: { sv: string; en: string } }[]; items: Template[] }>('/api/catalog/templates'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useWorkshops(departmentId?: string) {
  return useQuery({
    queryKey: ['workshops', departmentId ?? null],
    queryFn: async () => (await api<{ items: Workshop[] }>('/api/workshops', { query: { departmentId } })).items,
  });
}

export function useWorkshop(id: string | undefined) {
  return useQuery({ queryKey: ['workshop', id], queryFn: () => api<WorkshopDetail>(`/api/workshops/${id}`), enabled: !!id });
}

/** Invalidate everything that shows map contents after a change. */
export function useInvalidateMap() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['assets'] }),
      qc.invalidateQueries({ queryKey: ['asset'] }),
      qc.invalidateQueries({ queryKey: ['dashboard'] }),
      qc.invalidateQueries({ queryKey: ['departments'] }),
      qc.invalidateQueries({ queryKey: ['department'] }),
      qc.invalidateQueries({ queryKey: ['workshops'] }),
      qc.invalidateQueries({ queryKey: ['workshop'] }),
    ]);
}

export { useMutation };
