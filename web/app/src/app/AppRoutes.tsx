import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Loading } from '../ui/Loading';
import { RouteErrorBoundary } from '../ui/RouteErrorBoundary';
import { ComingSoon } from './ComingSoon';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Every page is its own chunk: the first load carries only the shell (see scripts/bundle-budget.mjs).
const FractalsRoute = lazy(() => import('../fractals/FractalsRoute').then((m) => ({ default: m.FractalsRoute })));
const AccountPage = lazy(() => import('../account/AccountPage').then((m) => ({ default: m.AccountPage })));
const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
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
          <Route path="goals" element={page(<ComingSoon title="Goals" />)} />
          <Route path="sessions" element={page(<ComingSoon title="Sessions" />)} />
          <Route path="sessions/new" element={page(<ComingSoon title="New session" />)} />
          <Route path="sessions/:sessionId" element={page(<ComingSoon title="Session" />)} />
          <Route path="activities" element={page(<ActivitiesPage />)} />
          <Route path="templates" element={page(<TemplatesPage />)} />
          <Route path="programs" element={page(<ProgramsPage />)} />
          <Route path="programs/:programId" element={page(<ProgramDetailPage />)} />
          <Route path="analytics" element={page(<ComingSoon title="Analytics" />)} />
        </Route>
        <Route path="account" element={page(<AccountPage />)} />
        <Route path="admin" element={page(<AdminPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
