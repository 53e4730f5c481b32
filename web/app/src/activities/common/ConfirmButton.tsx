import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmButtonProps {
  /** The button that asks, e.g. "Delete". */
  label: string;
  /** Accessible name of that button when the label alone is ambiguous ("Delete Technique"). */
  ariaLabel?: string;
  /** What will happen, shown before confirming. */
  question: ReactNode;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown>;
  disabled?: boolean;
  className?: string;
}

/**
 * A destructive action that asks first, inline next to its button rather than in a modal: the question
 * takes the focus (so keyboard and screen reader users land on it), Escape or Cancel go back to the button.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel = label,
  onConfirm,
  disabled = false,
  className = 'secondary',
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = useId();

  useEffect(() => {
    if (asking) {
      cancel.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={className}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <p id={`${id}-question`} className="confirm-question">
        {question}
      </p>
      <div className="confirm-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button ref={cancel} type="button" className="secondary" disabled={busy} onClick={close}>
          Cancel
        </button>
      </div>
    </div>
  );
}
