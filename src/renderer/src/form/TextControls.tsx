import { useRef } from 'react';
import {
  countCharacters,
  isWrittenPlain,
  seoLimits,
  setTypedText,
} from '../../../shared/front-matter-form';
import { DraftField } from './DraftField';
import type { ControlProps } from './control-props';

/** The counter against the site's SEO limit, for fields that have one. */
function Counter({ id, text }: { id: string; text: string }) {
  const limit = (seoLimits as Record<string, number | undefined>)[id];
  if (limit === undefined) return null;
  const count = countCharacters(text);
  return (
    <span
      className={`form-counter${count > limit ? ' form-counter-over' : ''}`}
      aria-label={`${count} of at most ${limit} characters`}
    >
      {count} / {limit}
    </span>
  );
}

export function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Title, description (several lines) and slug: typed straight into the text. */
export function TextControl({ field, post, readOnly, controlId, describedBy }: ControlProps) {
  const value = textOf(field.value);
  // Whether the value was written without quotes when typing began, to keep it so.
  const wasPlain = useRef(true);
  // The first keystroke after focus starts its own undo step.
  const fresh = useRef(true);
  return (
    <DraftField
      id={controlId}
      className="form-input"
      multiline={field.widget === 'multiline' ? true : undefined}
      rows={field.widget === 'multiline' ? 4 : undefined}
      value={value}
      readOnly={readOnly}
      aria-describedby={describedBy}
      aria-required={field.id === 'title' ? true : undefined}
      resyncToken={post.resyncToken}
      onStart={() => {
        wasPlain.current = isWrittenPlain(post.doc, field);
        fresh.current = true;
      }}
      onDraft={(text) => {
        post.edit('input.type.form', (doc) => setTypedText(doc, field, text, wasPlain.current), {
          newGroup: fresh.current,
        });
        fresh.current = false;
      }}
    />
  );
}

export function TextAside({ field, post }: Pick<ControlProps, 'field' | 'post'>) {
  return <Counter id={field.id} text={textOf(post.doc.get(field.written))} />;
}
