import { DEFAULT_PAGE_SIZE } from '../../api/client';

/** The largest `limit` the server takes: walking a whole list takes the fewest requests with it. */
export const MAX_PAGE_SIZE = 200;

/** One page of a list answer (`{items, nextCursor}`); the cursor is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A page with both fields present, whatever the server left out. */
export function toPage<T>(body: Partial<Page<T>> | null | undefined): Page<T> {
  return { items: body?.items ?? [], nextCursor: body?.nextCursor ?? null };
}

/** `path?limit=…&cursor=…` (the cursor only when there is one). */
export function pagePath(path: string, cursor: string | null, limit = DEFAULT_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) {
    params.set('cursor', cursor);
  }
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}`;
}

/**
 * Every item of a paged list, following `nextCursor` to the end. Pickers need the whole list (a template
 * that is not offered cannot be chosen). A cursor seen twice, or more than `maxPages` pages, stops the walk
 * so that a misbehaving server cannot keep the page loading forever.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | null) => Promise<Partial<Page<T>>>,
  maxPages = 100,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const answer: Page<T> = toPage(await fetchPage(cursor));
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (cursor === null || seen.has(cursor)) {
      break;
    }
    seen.add(cursor);
  }
  return items;
}
