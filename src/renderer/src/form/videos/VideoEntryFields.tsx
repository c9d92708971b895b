import type { EditorView } from '@codemirror/view';
import { useState } from 'react';
import {
  lookupFields,
  parseDurationInput,
  pickerDayOf,
  setVideoField,
  uploadDateFromPicker,
  type EntryProblem,
  type VideoEntry,
  type VideoField,
} from '../../../../shared/videos';
import type { VideoConvention } from '../../../../shared/youtube';
import { DraftInput } from './DraftInput';
import { dispatchVideoEdit, type FormUserEvent } from './video-dispatch';

interface VideoEntryFieldsProps {
  view: EditorView;
  entry: VideoEntry;
  convention: VideoConvention | null;
  onError: (message: string | null) => void;
}

export const fieldLabels: Record<VideoField, string> = {
  title: 'Title',
  description: 'Description',
  embedUrl: 'Embed URL',
  thumbnailUrl: 'Thumbnail URL',
  uploadDate: 'Upload date',
  duration: 'Duration',
};

export function handleId(index: number): string {
  return `video-${index}-handle`;
}

export function fieldId(index: number, field: VideoField): string {
  return `video-${index}-${field}`;
}

function Problems({ problems, id }: { problems: EntryProblem[]; id: string }) {
  if (problems.length === 0) return null;
  return (
    <ul className="video-field-problems" id={id}>
      {problems.map((problem) => (
        <li key={problem.rule} className={`video-problem video-problem-${problem.severity}`}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Every field of one entry, its findings under each, and the keys the schema does not know. */
export function VideoEntryFields({ view, entry, convention, onError }: VideoEntryFieldsProps) {
  const { index, fields } = entry;
  const [durationNote, setDurationNote] = useState<{ text: string; ok: boolean } | null>(null);
  const write = (field: VideoField, value: string, event: FormUserEvent): void => {
    onError(dispatchVideoEdit(view, event, (doc) => setVideoField(doc, index, field, value)));
  };

  const fieldBlock = (field: VideoField, control: React.ReactNode, extra?: React.ReactNode) => {
    const problems = entry.problems.filter((problem) => problem.field === field);
    const needsLookup =
      entry.videoId !== null && lookupFields.includes(field) && !fields[field]?.trim();
    return (
      <div className="video-field" key={field}>
        <label htmlFor={fieldId(index, field)}>{fieldLabels[field]}</label>
        {control}
        {extra}
        {needsLookup ? (
          <p className="video-field-lookup">
            Not filled in yet: a YouTube lookup can fill it, or type it here.
          </p>
        ) : null}
        <Problems problems={problems} id={`${fieldId(index, field)}-problems`} />
      </div>
    );
  };

  const textField = (field: VideoField, multiline = false) =>
    fieldBlock(
      field,
      <DraftInput
        id={fieldId(index, field)}
        className="video-input"
        multiline={multiline as true}
        rows={multiline ? 3 : undefined}
        value={fields[field] ?? ''}
        spellCheck={field === 'title' || field === 'description'}
        aria-describedby={`${fieldId(index, field)}-problems`}
        // Trailing spaces wait in the field until a letter follows: written at once, a
        // space at the end would make the value quoted, and the quotes would stay.
        onDraft={(text) => write(field, text.trimEnd(), 'input.type.form')}
      />,
    );

  const commitDuration = (text: string): void => {
    if (text.trim() === (fields.duration ?? '').trim()) return;
    if (text.trim() === '') {
      setDurationNote(null);
      write('duration', '', 'input.form');
      return;
    }
    const parsed = parseDurationInput(text);
    if (!parsed.ok) return;
    setDurationNote(null);
    write('duration', parsed.iso, 'input.form');
  };

  return (
    <div className="video-fields">
      {textField('title')}
      {textField('description', true)}
      {textField('embedUrl')}
      {textField('thumbnailUrl')}
      {fieldBlock(
        'uploadDate',
        <div className="video-date">
          <DraftInput
            id={fieldId(index, 'uploadDate')}
            className="video-input"
            value={fields.uploadDate ?? ''}
            placeholder={
              convention?.uploadDate === 'date-time' ? '2021-05-14T00:00:00Z' : '2021-05-14'
            }
            aria-describedby={`${fieldId(index, 'uploadDate')}-problems`}
            onDraft={() => undefined}
            onCommit={(text) => {
              if (text.trim() !== (fields.uploadDate ?? '').trim())
                write('uploadDate', text.trim(), 'input.form');
            }}
          />
          <input
            type="date"
            className="video-date-picker"
            aria-label={`Pick the upload date of video ${index + 1}`}
            value={pickerDayOf(fields.uploadDate)}
            onChange={(event) => {
              const day = event.target.value;
              if (day)
                write(
                  'uploadDate',
                  uploadDateFromPicker(day, fields.uploadDate, convention),
                  'input.form',
                );
            }}
          />
        </div>,
      )}
      {fieldBlock(
        'duration',
        <DraftInput
          id={fieldId(index, 'duration')}
          className="video-input"
          value={fields.duration ?? ''}
          placeholder="31:26"
          aria-describedby={`${fieldId(index, 'duration')}-note`}
          onDraft={(text) => {
            if (text.trim() === '') return setDurationNote(null);
            const parsed = parseDurationInput(text);
            setDurationNote(
              parsed.ok
                ? {
                    text: `Written as ${parsed.iso} when you leave the field or press Enter.`,
                    ok: true,
                  }
                : { text: parsed.message, ok: false },
            );
          }}
          onCommit={commitDuration}
        />,
        durationNote ? (
          <p
            id={`${fieldId(index, 'duration')}-note`}
            className={durationNote.ok ? 'video-field-note' : 'video-problem video-problem-error'}
          >
            {durationNote.text}
          </p>
        ) : null,
      )}
      {entry.otherKeys.length > 0 ? (
        <div className="video-other-keys">
          <p>Other keys, kept as written (edit them in the text):</p>
          <dl>
            {entry.otherKeys.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <Problems
        problems={entry.problems.filter((problem) => problem.field === null)}
        id={`video-${index}-problems`}
      />
    </div>
  );
}
