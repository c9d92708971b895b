import { useEffect, useId, useRef, type ReactNode } from 'react';
import { deepActiveElement, trapTab } from '../a11y/focus-trap';
import './Dialog.css';

interface DialogProps {
  title: string;
  /** Escape, the close button, or a click outside. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  actions?: ReactNode;
  wide?: boolean;
  className?: string;
  /** Where focus goes on closing when the element it came from is gone (a closed tab). */
  focusFallback?: () => void;
}

/**
 * A modal dialog on the browser's own `<dialog>`: it keeps focus inside (Tab
 * wraps around), closes on Escape, and gives focus back to where it was when
 * it closes.
 * Focus starts on the element marked `data-autofocus`, else the first field,
 * else the main button.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  wide,
  className,
  focusFallback,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(focusFallback);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = focusFallback;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = deepActiveElement();
    if (!dialog.open) dialog.showModal?.();
    // React's autoFocus runs before the dialog is shown, when nothing in it can take focus.
    const first = dialog.querySelector<HTMLElement>(
      '[data-autofocus], input, select, textarea, .dialog-actions .button-primary',
    );
    first?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close?.();
      // What had focus may be gone, or hidden (the editor of a tab just closed).
      if (previous?.isConnected && previous !== document.body) previous.focus();
      if (!previous || deepActiveElement() !== previous) fallbackRef.current?.();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].join(' ').trim()}
      aria-labelledby={titleId}
      onMouseDown={(event) => {
        if (event.target === ref.current) onClose();
      }}
      onKeyDown={(event) => {
        if (ref.current) trapTab(event.nativeEvent, ref.current);
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="button button-quiet"
            aria-label="Close"
            onClick={onClose}
          >
            ✕
          </button>
        </header>
        <div className="dialog-content">{children}</div>
        {actions ? <footer className="dialog-actions">{actions}</footer> : null}
      </div>
    </dialog>
  );
}
