import type { Notice } from './use-notices';
import './Toasts.css';

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
        <div key={notice.id} className="toast">
          <p>{notice.message}</p>
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
