import type { Notice, NoticeTone } from './use-notices';
import './Toasts.css';

/** Said before the message to screen readers, which do not see the colour. */
const toneWords: Record<NoticeTone, string> = {
  error: 'Error:',
  warning: 'Note:',
  success: 'Done:',
};

export function Toasts({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
}) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`toast toast-${notice.tone}`}>
          <p>
            <span className="visually-hidden">{toneWords[notice.tone]} </span>
            {notice.message}
          </p>
          <button
            type="button"
            className="button button-quiet"
            aria-label="Dismiss"
            onClick={() => onDismiss(notice.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
