// The list's API query as the URL says it: shared by the page and the landing prefetch, so both
// ask for the same query key.
import type { AssetQuery } from '../../api/queries.ts';

export const PAGE_SIZE = 25;

export function assetListQuery(params: URLSearchParams): AssetQuery {
  const minK = params.get('minK');
  return {
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
    pageSize: PAGE_SIZE,
    sort: params.get('sort') || 'name',
    q: params.get('q') || undefined,
    departmentId: params.get('departmentId') || undefined,
    state: params.get('state') || undefined,
    minK: minK ? Number(minK) : undefined,
  };
}
