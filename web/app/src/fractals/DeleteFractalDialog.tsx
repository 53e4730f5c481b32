import { useId, useRef, useState, type SubmitEvent } from 'react';
import type { FractalSummary } from '../api/types';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useModalDialog } from '../ui/useModalDialog';
import './deleteFractal.css';

interface DeleteFractalDialogProps {
  fractal: FractalSummary;
  /** Sends the delete; a rejection is shown in the dialog, which stays open. */
  onConfirm: (fractal: FractalSummary) => Promise<void>;
  onCancel: () => void;
}

/**
 * Deleting a fractal removes its whole tree, sessions and all, so the user types the fractal's name before the
 * button does anything. Modal: the focus starts in the name field, Tab stays inside, Escape cancels.
 */
export function DeleteFractalDialog({ fractal, onConfirm, onCancel }: DeleteFractalDialogProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalDialog({ dialog, initialFocus: input, onEscape: deleting ? undefined : onCancel });
  // Names are compared as typed: "exactly" is what makes the confirmation deliberate.
  const confirmed = typed === fractal.name;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || deleting) {
      return;
    }
    setDeleting(true);
    setError(null);
    try {
      await onConfirm(fractal);
    } catch (cause) {
      setError(cause);
      setDeleting(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal delete-fractal-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-warning`}
        onKeyDown={onKeyDown}
        data-testid="delete-fractal-dialog"
      >
        <h2 id={`${id}-title`}>Delete “{fractal.name}”?</h2>
        <p id={`${id}-warning`}>
          This deletes the fractal with all its goals, sessions, activities, templates and programs. It cannot be
          undone.
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>
              Type <strong className="confirm-word">{fractal.name}</strong> to confirm
            </label>
            <input
              ref={input}
              id={`${id}-confirm`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              data-testid="delete-fractal-confirm"
            />
          </div>
          {error !== null && <ProblemMessage error={error} />}
          <div className="modal-actions">
            <button type="button" className="secondary" onClick={onCancel} disabled={deleting}>
              Cancel
            </button>
            <button type="submit" className="danger" disabled={!confirmed || deleting} aria-busy={deleting || undefined}>
              {deleting ? 'Deleting…' : 'Delete fractal'}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
