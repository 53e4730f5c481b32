import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ConsentError } from './useTermsConsent';

interface TermsDialogProps {
  version: string;
  accepting: boolean;
  error: ConsentError | null;
  onAccept: () => void;
  onRetry: () => void;
  onSignOut: () => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog asking to accept the terms. It takes the focus when it opens, keeps Tab inside itself and has
 * no way to close it other than accepting or signing out (Escape does nothing); the page behind is made inert
 * by ConsentGate.
 */
export function TermsDialog({ version, accepting, error, onAccept, onRetry, onSignOut }: TermsDialogProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
  }, []);

  const keepFocusInside = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !dialog.current) {
      return;
    }
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
        tabIndex={-1}
        onKeyDown={keepFocusInside}
      >
        <h2 id={titleId}>Terms of use</h2>
        <div id={summaryId} className="terms-summary">
          <p>Before you go on, please accept our terms (version {version}). In short:</p>
          <ul>
            <li>Your fractals, goals and notes are yours; we keep them only to run Fractal Goals for you.</li>
            <li>Your text is stored encrypted. You can export all your data or delete your account at any time.</li>
            <li>We record when you accept these terms, and ask again only when they change.</li>
          </ul>
        </div>
        {error && (
          <div className="form-error" role="alert">
            <strong>{error.title}</strong>
            {error.detail && <span> {error.detail}</span>}{' '}
            <button type="button" className="link" onClick={onRetry}>
              Retry
            </button>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="secondary" onClick={onSignOut}>
            Sign out
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (!accepting) {
                onAccept();
              }
            }}
            aria-disabled={accepting}
          >
            {accepting ? 'Accepting…' : 'Accept'}
          </button>
        </div>
      </div>
    </div>
  );
}
