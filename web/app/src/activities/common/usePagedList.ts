import { useState } from 'react';
import { useApiQuery } from '../../data/useApiQuery';
import { toPage, type Page } from './pages';

export interface PagedList<T> {
  /** The first page and every page loaded with loadMore, or undefined before the first answer. */
  items: T[] | undefined;
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  /** The failure of the first page or of the latest loadMore. */
  error: unknown;
  loadMore: () => void;
  /** Loads the first page again and forgets the later ones (after a write). */
  reload: () => void;
}

interface More<T> {
  /** The first page these pages follow; a new first page makes them stale. */
  after: Page<T>;
  items: T[];
  nextCursor: string | null;
  error: unknown;
}

/** A list that shows its first page and loads the next ones on request ("Load more"). */
export function usePagedList<T extends { id: string }>(
  key: string | null,
  fetchPage: (cursor: string | null, signal?: AbortSignal) => Promise<Partial<Page<T>>>,
): PagedList<T> {
  const first = useApiQuery(key, async (signal) => toPage(await fetchPage(null, signal)));
  const [more, setMore] = useState<More<T> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const firstPage = first.data;
  const current = more !== null && more.after === firstPage ? more : null;
  const nextCursor = current ? current.nextCursor : (firstPage?.nextCursor ?? null);

  const loadMore = () => {
    if (!firstPage || nextCursor === null || loadingMore) {
      return;
    }
    setLoadingMore(true);
    fetchPage(nextCursor).then(
      (answer) => {
        const page = toPage(answer);
        setMore((previous) => {
          const base = previous?.after === firstPage ? previous.items : [];
          const seen = new Set([...firstPage.items, ...base].map((item) => item.id));
          return {
            after: firstPage,
            items: [...base, ...page.items.filter((item) => !seen.has(item.id))],
            nextCursor: page.nextCursor,
            error: undefined,
          };
        });
        setLoadingMore(false);
      },
      (error: unknown) => {
        setMore((previous) => ({
          after: firstPage,
          items: previous?.after === firstPage ? previous.items : [],
          nextCursor,
          error,
        }));
        setLoadingMore(false);
      },
    );
  };

  return {
    items: firstPage ? [...firstPage.items, ...(current?.items ?? [])] : undefined,
    hasMore: nextCursor !== null,
    loading: first.loading,
    loadingMore,
    error: first.error ?? current?.error,
    loadMore,
    reload: first.reload,
  };
}
