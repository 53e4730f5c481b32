import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * One boundary per route. Keyed by the path, so navigating elsewhere clears a failure without a Retry
 * (and a failing page never hides the navigation around it).
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} label="This page could not be shown">
      {children}
    </ErrorBoundary>
  );
}
