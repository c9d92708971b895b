import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Diagnostic } from '../../../shared/ipc/data';
import {
  noExportOptions,
  type ExportOptions,
  type ExportPlan,
  type ExportTarget,
} from '../../../shared/ipc/export';
import type { StudioClient } from '../client';
import { DiffView } from '../conflicts/DiffView';
import { Dialog } from '../dialogs/Dialog';
import { FolderPicker } from '../workspace/FolderPicker';
import './ExportDialog.css';

export interface ExportDialogProps {
  client: StudioClient;
  /** The post, relative to the open folder. */
  path: string;
  title: string;
  /** The editor's text: what is exported, unsaved edits included. */
  text: string;
  /** Tells the user where it went, once it is written. */
  onExported: (message: string) => void;
  onClose: () => void;
}

type Destination = 'folder' | 'site' | 'clipboard';

const optionLabels: { key: keyof ExportOptions; label: string }[] = [
  { key: 'migrate', label: 'Move older front matter to today’s shape' },
  { key: 'format', label: 'Format the text with the site’s Prettier settings' },
  { key: 'clearDraft', label: 'Remove “draft: true”' },
  { key: 'singleFile', label: 'One .md file instead of a folder with its images' },
];

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}

/**
 * Export: the options, then what the check of the result says (errors stop
 * it; warnings are acknowledged first), the diff of what will be written,
 * and where it goes: a folder the user chooses, the open site at its path
 * convention, or the clipboard.
 */
export function ExportDialog({
  client,
  path,
  title,
  text,
  onExported,
  onClose,
}: ExportDialogProps) {
  const [options, setOptions] = useState<ExportOptions>(noExportOptions);
  const [plan, setPlan] = useState<ExportPlan | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [destination, setDestination] = useState<Destination>('folder');
  const [folder, setFolder] = useState<string | null>(null);
  const [browsing, setBrowsing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<{ message: string; exists: boolean } | null>(null);
  const [layout, setLayout] = useState<'side-by-side' | 'unified'>('unified');
  const ids = useId();

  // The plan of other options is another post: its warnings are acknowledged anew.
  const changeOptions = (next: ExportOptions): void => {
    setOptions(next);
    setPlan(null);
    setPlanError(null);
    setAcknowledged(false);
    setWriteError(null);
  };

  useEffect(() => {
    let current = true;
    void client.export.prepare({ path, text, options }).then((result) => {
      if (!current) return;
      if (result.ok) setPlan(result.data);
      else setPlanError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [client, path, text, options]);

  const chooseFolder = async (): Promise<void> => {
    setWriteError(null);
    if (client.folderPicker) {
      setBrowsing(true);
      return;
    }
    const result = await client.export.chooseFolder({});
    if (!result.ok) setWriteError({ message: result.error.message, exists: false });
    else if (result.data) setFolder(result.data.folder);
  };

  const blocked =
    plan === null ||
    plan.problems.length > 0 ||
    (plan.warnings.length > 0 && !acknowledged) ||
    (destination === 'folder' && folder === null);

  const run = async (force: boolean): Promise<void> => {
    if (plan === null || blocked) return;
    setBusy(true);
    setWriteError(null);
    try {
      if (destination === 'clipboard') {
        await navigator.clipboard.writeText(plan.text).then(
          () => onExported(`${title} was copied to the clipboard.`),
          () =>
            setWriteError({
              message: 'The clipboard refused the text. Export to a folder instead.',
              exists: false,
            }),
        );
        return;
      }
      const target: ExportTarget =
        destination === 'site' ? { kind: 'site' } : { kind: 'folder', folder: folder ?? '' };
      const result = await client.export.write({
        path,
        text,
        options,
        target,
        acknowledgeWarnings: acknowledged,
        force,
      });
      if (result.ok) onExported(`${title} was exported to ${result.data.postFile}.`);
      else setWriteError({ message: result.error.message, exists: result.error.code === 'exists' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Export: ${title}`}
      onClose={onClose}
      wide
      className="export-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {writeError?.exists ? (
            <button type="button" className="button" disabled={busy} onClick={() => void run(true)}>
              Replace it
            </button>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            disabled={blocked || busy}
            onClick={() => void run(false)}
          >
            {destination === 'clipboard' ? 'Copy' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="export-options">
        <legend>Changes on the way out</legend>
        {optionLabels.map(({ key, label }) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => changeOptions({ ...options, [key]: event.target.checked })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      {planError ? (
        <p className="export-error" role="alert">
          {planError}
        </p>
      ) : plan === null ? (
        <p className="export-note">Checking the exported post…</p>
      ) : (
        <>
          {plan.problems.length > 0 ? (
            <section className="export-problems" aria-labelledby={`${ids}-problems`}>
              <h3 id={`${ids}-problems`}>It cannot be exported yet</h3>
              <ul>
                {plan.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {plan.warnings.length > 0 ? (
            <section className="export-warnings" aria-labelledby={`${ids}-warnings`}>
              <h3 id={`${ids}-warnings`}>
                {plan.warnings.length === 1 ? '1 warning' : `${plan.warnings.length} warnings`}
              </h3>
              <WarningList text={plan.text} warnings={plan.warnings} />
              <label>
                <input
                  type="checkbox"
                  checked={acknowledged}
                  onChange={(event) => setAcknowledged(event.target.checked)}
                />{' '}
                I have read the warnings; export it anyway
              </label>
            </section>
          ) : null}
          <section className="export-diff" aria-labelledby={`${ids}-diff`}>
            <h3 id={`${ids}-diff`}>What will be written</h3>
            <p className="export-note">
              {plan.postFile}
              {plan.assets.length > 0 ? `, with ${plan.assets.join(', ')}` : ''}
            </p>
            {plan.diff === '' ? (
              <p className="export-note">The post exactly as it is, byte for byte.</p>
            ) : (
              <>
                <div className="export-layout" role="group" aria-label="Layout">
                  <RadioChoice
                    name={`${ids}-layout`}
                    checked={layout === 'unified'}
                    onSelect={() => setLayout('unified')}
                  >
                    One column
                  </RadioChoice>
                  <RadioChoice
                    name={`${ids}-layout`}
                    checked={layout === 'side-by-side'}
                    onSelect={() => setLayout('side-by-side')}
                  >
                    Side by side
                  </RadioChoice>
                </div>
                <DiffView
                  oldText={text}
                  newText={plan.text}
                  oldLabel="The post"
                  newLabel="As exported"
                  layout={layout}
                />
              </>
            )}
          </section>
          <fieldset className="export-target">
            <legend>Where it goes</legend>
            <RadioChoice
              name={`${ids}-target`}
              checked={destination === 'folder'}
              onSelect={() => setDestination('folder')}
            >
              Into a folder: <span className="export-folder">{folder ?? 'none chosen yet'}</span>
            </RadioChoice>
            {destination === 'folder' ? (
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                Choose folder…
              </button>
            ) : null}
            {browsing && client.folderPicker ? (
              <FolderPicker
                picker={client.folderPicker}
                chooseLabel="Export into this folder"
                onChoose={(chosen) => {
                  setFolder(chosen);
                  setBrowsing(false);
                }}
              />
            ) : null}
            <RadioChoice
              name={`${ids}-target`}
              checked={destination === 'site'}
              onSelect={() => setDestination('site')}
            >
              Into the open site, at <code>{plan.siteTarget}</code>
            </RadioChoice>
            <RadioChoice
              name={`${ids}-target`}
              checked={destination === 'clipboard'}
              onSelect={() => setDestination('clipboard')}
            >
              Copy the text to the clipboard
            </RadioChoice>
          </fieldset>
        </>
      )}
      {writeError ? (
        <p className="export-error" role="alert">
          {writeError.message}
        </p>
      ) : null}
    </Dialog>
  );
}

function WarningList({ text, warnings }: { text: string; warnings: readonly Diagnostic[] }) {
  return (
    <ul>
      {warnings.map((warning, index) => (
        <li key={`${warning.from}-${warning.rule}-${index}`}>
          <span className="export-line">Line {lineOf(text, warning.from)}</span> {warning.message}
        </li>
      ))}
    </ul>
  );
}

function RadioChoice({
  name,
  checked,
  onSelect,
  children,
}: {
  name: string;
  checked: boolean;
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <label>
      <input type="radio" name={name} checked={checked} onChange={onSelect} /> {children}
    </label>
  );
}
