import { useEffect, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface ModalDialogOptions {
  /** The dialog element (role dialog or alertdialog). */
  dialog: RefObject<HTMLElement | null>;
  /** What takes the focus when the dialog opens (the safest control, or the one to type into). */
  initialFocus: RefObject<HTMLElement | null>;
  /** Escape; left out while the dialog must not close (a delete in flight). */
  onEscape: (() => void) | undefined;
}

/**
 * The keyboard contract of our modal dialogs: the focus moves in when one opens, Tab and Shift+Tab stay
 * inside, Escape closes, and the focus goes back to whatever opened it when it closes — unless the page has
 * moved it on meanwhile (after a delete the opener may be gone). Returns the dialog's keydown handler.
 */
export function useModalDialog({ dialog, initialFocus, onEscape }: ModalDialogOptions): (event: KeyboardEvent) => void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = dialog.current;
    initialFocus.current?.focus();
    return () => {
      const active = document.activeElement;
      const ours = active === null || active === document.body || (node?.contains(active) ?? false);
      if (ours && opener?.isConnected) {
        opener.focus();
      }
    };
    // Once per opening: the element to focus is fixed when the dialog mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (onEscape) {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
      }
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) {
      return;
    }
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
