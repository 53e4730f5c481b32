import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { useApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { listProjections } from './adminApi';
import { ReplayRow } from './ReplayRow';

/** `/admin`: the read models (projections), how far behind they are, and rebuilding one from the events. */
export function AdminPage() {
  const api = useApi();
  const projections = useApiQuery('admin:projections', (signal) => listProjections(api, signal));
  const { reload } = projections;
  const onFinished = useCallback(() => reload(), [reload]);

  if (projections.error instanceof ApiError && projections.error.status === 403) {
    return (
      <div className="page">
        <h1>Administration</h1>
        <p className="problem" role="alert">
          This page is for administrators only. Your account does not have the admin role.
        </p>
      </div>
    );
  }

  return (
    <div className="page admin-page">
      <h1>Administration</h1>
      <h2>Read models</h2>
      {projections.error !== undefined && <ProblemMessage error={projections.error} onRetry={reload} />}
      {projections.data === undefined ? (
        projections.loading && <Loading />
      ) : projections.data.length === 0 ? (
        <EmptyState title="No projections" />
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Position</th>
                <th scope="col">Lag</th>
                <th scope="col">Status</th>
                <th scope="col">Rebuild</th>
              </tr>
            </thead>
            <tbody>
              {projections.data.map((projection) => (
                <ReplayRow key={projection.name} api={api} projection={projection} onFinished={onFinished} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
