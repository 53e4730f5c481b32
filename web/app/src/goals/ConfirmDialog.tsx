import { useId, useRef, type ReactNode } from 'react';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useModalDialog } from '../ui/useModalDialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for what cannot be undone. */
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a step that changes a goal for good. Modal: it takes the focus (Cancel first, so a stray Enter
 * does nothing), keeps Tab inside, Escape cancels, and the focus goes back where it was when it closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, pending, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalDialog({ dialog, initialFocus: cancel, onEscape: onCancel });

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
        data-testid="confirm-dialog"
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`}>{children}</div>
        {error !== null && <ProblemMessage error={error} />}
        <div className="modal-actions">
          <button ref={cancel} type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'danger' : 'primary'}
            onClick={onConfirm}
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
