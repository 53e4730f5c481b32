import type { ReactNode } from 'react';
import { TermsDialog } from './TermsDialog';
import { CURRENT_TERMS_VERSION } from './terms';
import { useTermsConsent, type ConsentApi } from './useTermsConsent';

interface ConsentGateProps {
  api: ConsentApi;
  onSignOut: () => void;
  children: ReactNode;
}

/**
 * Shows the signed-in app; until the caller has accepted the current terms the app is inert (no clicks, no
 * focus) and the terms dialog sits on top. Asks once: after an acceptance it never shows again, and at the next
 * sign-in GET /api/v1/me says they accepted. Nothing is kept in the browser.
 */
export function ConsentGate({ api, onSignOut, children }: ConsentGateProps) {
  const consent = useTermsConsent(api);
  const blocked = consent.status !== 'accepted';

  return (
    <>
      <div className="app-shell" inert={blocked} aria-busy={consent.status === 'checking' || undefined}>
        {children}
      </div>
      {consent.status === 'required' && (
        <TermsDialog
          version={CURRENT_TERMS_VERSION}
          accepting={consent.accepting}
          error={consent.error}
          onAccept={() => void consent.accept()}
          onRetry={consent.retry}
          onSignOut={onSignOut}
        />
      )}
    </>
  );
}
