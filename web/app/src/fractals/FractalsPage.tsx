import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, type ApiClient } from '../api/client';
import type { CreateFractalRequest, FractalSummary } from '../api/types';
import { CreateFractalForm } from './CreateFractalForm';
import { DeleteFractalDialog } from './DeleteFractalDialog';
import { deleteFractal } from './deleteFractal';
import { FractalList } from './FractalList';

/** The part of the API client this page uses; without `send` fractals cannot be deleted here. */
export type FractalsApi = Pick<ApiClient, 'listFractals' | 'createFractal'> & Partial<Pick<ApiClient, 'send'>>;

interface FractalsPageProps {
  api: FractalsApi;
}

type LoadState = 'loading' | 'ready' | 'error';

function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail ?? error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

export function FractalsPage({ api }: FractalsPageProps) {
  const [fractals, setFractals] = useState<FractalSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [state, setState] = useState<LoadState>('loading');
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<FractalSummary | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Only the newest first-page load may write the list.
  const generation = useRef(0);

  // Sets state only once the answer is in, so the first load can start from an effect.
  const load = useCallback(
    (consistencyToken?: string | null) => {
      const current = ++generation.current;
      return api.listFractals({ consistencyToken: consistencyToken ?? null }).then(
        (page) => {
          if (current === generation.current) {
            setFractals(page.items);
            setNextCursor(page.nextCursor);
            setError(null);
            setState('ready');
          }
        },
        (cause: unknown) => {
          if (current === generation.current) {
            setError(errorText(cause));
            // Keep showing an already loaded list; only a first load ends in 'error'.
            setState((previous) => (previous === 'ready' ? previous : 'error'));
          }
        },
      );
    },
    [api],
  );

  const reload = useCallback(
    (consistencyToken?: string | null) => {
      setState((previous) => (previous === 'ready' ? previous : 'loading'));
      return load(consistencyToken);
    },
    [load],
  );

  useEffect(() => {
    void load();
    // A counter, not a DOM node: bumping it on unmount drops answers that arrive later.
    const counter = generation;
    return () => {
      counter.current++;
    };
  }, [load]);

  const loadMore = async () => {
    if (!nextCursor || loadingMore) {
      return;
    }
    const current = generation.current;
    setLoadingMore(true);
    try {
      const page = await api.listFractals({ cursor: nextCursor });
      if (current === generation.current) {
        setFractals((previous) => {
          const seen = new Set(previous.map((fractal) => fractal.id));
          return [...previous, ...page.items.filter((fractal) => !seen.has(fractal.id))];
        });
        setNextCursor(page.nextCursor);
        setError(null);
      }
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setLoadingMore(false);
    }
  };

  const create = async (request: CreateFractalRequest, idempotencyKey: string) => {
    const created = await api.createFractal(request, idempotencyKey);
    // The token makes the query side wait until the new fractal is projected.
    await reload(created.consistencyToken);
  };

  const canDelete = api.send !== undefined;
  const confirmDelete = async (fractal: FractalSummary) => {
    const token = await deleteFractal(api as Pick<ApiClient, 'send'>, fractal);
    setToDelete(null);
    // The deleted fractal's button is gone with it; the focus goes back to the top of the list.
    heading.current?.focus();
    await reload(token);
  };

  return (
    <div className="fractals-layout">
      <section className="fractals" aria-labelledby="fractals-heading">
        <h1 id="fractals-heading" ref={heading} tabIndex={-1}>
          Your fractals
        </h1>
        {error && (
          <div className="form-error" role="alert">
            <span>{error}</span>{' '}
            <button type="button" className="link" onClick={() => void reload()}>
              Retry
            </button>
          </div>
        )}
        {state === 'loading' ? (
          <p className="muted" aria-live="polite">
            Loading…
          </p>
        ) : (
          state === 'ready' && <FractalList fractals={fractals} onDelete={canDelete ? setToDelete : undefined} />
        )}
        {state === 'ready' && nextCursor && (
          <button type="button" className="secondary" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        )}
      </section>
      <aside className="create">
        <CreateFractalForm onCreate={create} />
        <p className="import-hint muted">
          Used the original Fractal Goals (v1.2)? <Link to="/import">Import your data</Link> from its file.
        </p>
      </aside>
      {toDelete && canDelete && (
        <DeleteFractalDialog fractal={toDelete} onConfirm={confirmDelete} onCancel={() => setToDelete(null)} />
      )}
    </div>
  );
}
