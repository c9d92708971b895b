import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = {
  /** The document's value. */
  value: string;
  /** What the user typed, on every change. */
  onDraft: (text: string) => void;
  /** When it changes, a focused field drops what was typed and shows `value` again. */
  resyncToken?: number;
  /** Called when the field gets focus, before the user types. */
  onStart?: () => void;
};

type InputProps = Common & { multiline?: false } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'defaultValue'
  >;
type AreaProps = Common & { multiline: true } & Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    'value' | 'onChange' | 'defaultValue'
  >;

/**
 * A text field over a value of the document. While it has focus it shows
 * what the user is typing, even while the document (parsed when the page is
 * idle) still says something older; once it loses focus, or the form undoes,
 * it shows the document again, so an undo in the text shows here.
 */
export function DraftField(props: InputProps | AreaProps) {
  const [draft, setDraft] = useState<{ text: string; token: number | undefined } | null>(null);
  const token = props.resyncToken;
  const shown = draft !== null && draft.token === token ? draft.text : props.value;
  const handlers = {
    value: shown,
    onFocus: () => {
      setDraft({ text: props.value, token });
      props.onStart?.();
    },
    onBlur: () => setDraft(null),
  };
  const change = (text: string): void => {
    setDraft({ text, token });
    props.onDraft(text);
  };
  if (props.multiline) {
    const { value: _v, onDraft: _d, resyncToken: _r, onStart: _s, multiline: _m, ...rest } = props;
    return <textarea {...rest} {...handlers} onChange={(event) => change(event.target.value)} />;
  }
  const { value: _v, onDraft: _d, resyncToken: _r, onStart: _s, multiline: _m, ...rest } = props;
  return <input {...rest} {...handlers} onChange={(event) => change(event.target.value)} />;
}
