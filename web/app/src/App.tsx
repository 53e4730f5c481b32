import { useMemo } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { ConsentGate } from './account/ConsentGate';
import { ApiProvider } from './api/ApiContext';
import { createApiClient } from './api/client';
import { AppRoutes } from './app/AppRoutes';
import { SessionContext, type Session } from './app/session';
import { useAuth } from './auth/AuthProvider';
import { shouldReauthenticate } from './auth/reauth';

function Landing({ onSignIn, error }: { onSignIn: () => void; error: string | null }) {
  return (
    <main className="landing">
      <h1>Fractal Goals</h1>
      <p className="lead">Break big goals down into smaller ones, all the way to what you can do today.</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" onClick={onSignIn}>
        Sign in
      </button>
    </main>
  );
}

export function App() {
  const auth = useAuth();
  const { getAccessToken, signIn, signOut, name, username, roles } = auth;

  const api = useMemo(
    () =>
      createApiClient({
        getAccessToken,
        // The session is gone or the token was refused: sign in again
        // (unless that just happened; then the page shows the error).
        onUnauthorized: () => {
          if (shouldReauthenticate(window.sessionStorage)) {
            void signIn();
          }
        },
      }),
    [getAccessToken, signIn],
  );

  const session = useMemo<Session>(
    () => ({ name, username, roles, signOut: () => void signOut() }),
    [name, username, roles, signOut],
  );

  if (auth.loading) {
    return (
      <main className="landing">
        <p className="muted" aria-live="polite">
          Signing in…
        </p>
      </main>
    );
  }

  if (!auth.user) {
    return <Landing onSignIn={() => void auth.signIn()} error={auth.error} />;
  }

  // The router mounts only now: a /callback URL has already been replaced by the page to return to.
  return (
    <BrowserRouter>
      <ConsentGate api={api} onSignOut={session.signOut}>
        <ApiProvider api={api}>
          <SessionContext value={session}>
            <AppRoutes />
          </SessionContext>
        </ApiProvider>
      </ConsentGate>
    </BrowserRouter>
  );
}
