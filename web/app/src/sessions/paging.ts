import type { SessionStatusFilter } from './types';

export const STATUS_FILTERS: readonly { value: SessionStatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'completed', label: 'Completed' },
];

/** The `?status=` of the list's address; anything unknown shows all sessions. */
export function parseStatus(value: string | null): SessionStatusFilter {
  return value === 'open' || value === 'completed' ? value : 'all';
}

/**
 * Where the list is: its filter and the cursors of the pages walked through after the first. The API only
 * hands out a cursor to the next page, so going back pops the stack.
 */
export interface Paging {
  status: SessionStatusFilter;
  cursors: readonly string[];
}

/** The paging for `status`: kept while the filter is the same, back to the first page when it changed. */
export function pagingFor(paging: Paging, status: SessionStatusFilter): Paging {
  return paging.status === status ? paging : { status, cursors: [] };
}

export function currentCursor(paging: Paging): string | null {
  return paging.cursors.at(-1) ?? null;
}

export function pageNumber(paging: Paging): number {
  return paging.cursors.length + 1;
}

export function nextPage(paging: Paging, nextCursor: string): Paging {
  return { ...paging, cursors: [...paging.cursors, nextCursor] };
}

export function previousPage(paging: Paging): Paging {
  return { ...paging, cursors: paging.cursors.slice(0, -1) };
}
