import { useMemo } from 'react';
import { ConsentGate } from './account/ConsentGate';
import { createApiClient } from './api/client';
import { useAuth } from './auth/AuthProvider';
import { shouldReauthenticate } from './auth/reauth';
import { FractalsPage } from './fractals/FractalsPage';

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
  const { getAccessToken, signIn } = auth;

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

  return (
    <ConsentGate api={api} onSignOut={() => void auth.signOut()}>
      <header className="topbar">
        <span className="brand">Fractal Goals</span>
        <div className="account">
          <span className="user-name" data-testid="user-name">
            {auth.name}
          </span>
          <button type="button" className="secondary" onClick={() => void auth.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <FractalsPage api={api} />
      </main>
    </ConsentGate>
  );
}
