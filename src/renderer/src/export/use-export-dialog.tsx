import { useCallback, useState, type ReactNode } from 'react';
import type { StudioClient } from '../client';
import type { EditorSession } from '../editor-pane/editor-session';
import type { NoticeTone } from '../notices/use-notices';
import { ExportDialog } from './ExportDialog';

/**
 * The Export dialog's place in the main screen: `open(path)` for the command,
 * and the dialog to render while it is open. The post's text is read from
 * its editor when the dialog opens, unsaved edits included.
 */
export function useExportDialog(
  client: StudioClient,
  session: EditorSession,
  notify: (message: string, tone: NoticeTone) => void,
): { open: (path: string) => void; dialog: ReactNode } {
  const [exporting, setExporting] = useState<{ path: string; title: string; text: string } | null>(
    null,
  );
  const open = useCallback(
    (path: string) => {
      const text = session.editors.state(path)?.doc.toString();
      if (text === undefined) return;
      setExporting({ path, title: session.tab(path)?.title ?? path, text });
    },
    [session],
  );
  const dialog = exporting ? (
    <ExportDialog
      client={client}
      path={exporting.path}
      title={exporting.title}
      text={exporting.text}
      onClose={() => setExporting(null)}
      onExported={(message) => {
        setExporting(null);
        notify(message, 'success');
      }}
    />
  ) : null;
  return { open, dialog };
}
