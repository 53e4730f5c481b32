import type { ReactNode } from 'react';
import type { ApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';

interface QueryStateProps<T> {
  query: ApiQuery<T>;
  /** What is drawn, for the error boundary's heading ("Session trends"). */
  what: string;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  /** Lets a panel turn an expected refusal into an explanation; null falls back to the problem message. */
  explainError?: (error: unknown) => ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The states every chart goes through: loading, failed (with Retry), empty, drawn. The drawing sits in its own
 * error boundary, whose Retry also reloads the data, so a chart that fails to render never takes the tab down.
 */
export function QueryState<T>({ query, what, isEmpty, empty, explainError, children }: QueryStateProps<T>) {
  const { data, error, loading, reload } = query;
  if (error !== undefined) {
    const explained = explainError?.(error);
    if (explained) {
      return explained;
    }
  }
  return (
    <>
      {error !== undefined && <ProblemMessage error={error} onRetry={reload} />}
      {data === undefined ? (
        loading && <Loading label={`Loading ${what.toLowerCase()}…`} />
      ) : isEmpty(data) ? (
        empty
      ) : (
        <ErrorBoundary label={`${what} could not be shown`} onRetry={reload}>
          <Drawing data={data} draw={children} />
        </ErrorBoundary>
      )}
    </>
  );
}

/** Calls the render function while rendering inside the boundary, so what it computes is caught too. */
function Drawing<T>({ data, draw }: { data: T; draw: (data: T) => ReactNode }) {
  return draw(data);
}

export function EmptyChart({ title, children }: { title: string; children?: ReactNode }) {
  return <EmptyState title={title}>{children}</EmptyState>;
}
