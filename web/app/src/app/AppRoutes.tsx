import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/Loading';
import { RouteErrorBoundary } from '../ui/RouteErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Every page is its own chunk: the first load carries only the shell (see scripts/bundle-budget.mjs).
const FractalsRoute = lazy(() => import('../fractals/FractalsRoute').then((m) => ({ default: m.FractalsRoute })));
const AccountPage = lazy(() => import('../account/AccountPage').then((m) => ({ default: m.AccountPage })));
const ImportPage = lazy(() => import('../imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const AnalyticsPage = lazy(() => import('../analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })));
const SessionsPage = lazy(() => import('../sessions/list/SessionsPage').then((m) => ({ default: m.SessionsPage })));
const CreateSessionPage = lazy(() =>
  import('../sessions/create/CreateSessionPage').then((m) => ({ default: m.CreateSessionPage })),
);
const SessionDetailPage = lazy(() =>
  import('../sessions/detail/SessionDetailPage').then((m) => ({ default: m.SessionDetailPage })),
);
const GoalsPage = lazy(() => import('../goals/GoalsPage').then((m) => ({ default: m.GoalsPage })));
const ActivitiesPage = lazy(() => import('../activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
const TemplatesPage = lazy(() => import('../templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const ProgramsPage = lazy(() => import('../programs/ProgramsPage').then((m) => ({ default: m.ProgramsPage })));
const ProgramDetailPage = lazy(() =>
  import('../programs/ProgramDetailPage').then((m) => ({ default: m.ProgramDetailPage })),
);

/** A route's page: its own error boundary (with Retry) and a loading state while its chunk arrives. */
function page(element: ReactNode) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<Loading />}>{element}</Suspense>
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      {/* The OIDC callback is finished before the router mounts; this only covers a stale /callback URL. */}
      <Route path="/callback" element={<Navigate to="/" replace />} />
      <Route element={<Layout />}>
        <Route index element={page(<FractalsRoute />)} />
        <Route path="fractals/:fractalId">
          <Route index element={<Navigate to="goals" replace />} />
          <Route path="goals" element={page(<GoalsPage />)} />
          <Route path="sessions" element={page(<SessionsPage />)} />
          <Route path="sessions/new" element={page(<CreateSessionPage />)} />
          <Route path="sessions/:sessionId" element={page(<SessionDetailPage />)} />
          <Route path="activities" element={page(<ActivitiesPage />)} />
          <Route path="templates" element={page(<TemplatesPage />)} />
          <Route path="programs" element={page(<ProgramsPage />)} />
          <Route path="programs/:programId" element={page(<ProgramDetailPage />)} />
          <Route path="analytics" element={page(<AnalyticsPage />)} />
        </Route>
        <Route path="import" element={page(<ImportPage />)} />
        <Route path="account" element={page(<AccountPage />)} />
        <Route path="admin" element={page(<AdminPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
