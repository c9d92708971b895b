import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = {
  /** The document's value. */
  value: string;
  /** Called with what the user typed, on every change. */
  onDraft: (text: string) => void;
  /** Called when the user leaves the field or presses Enter, with what is typed. */
  onCommit?: (text: string) => void;
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
 * what the user typed, even when the document says something else (an edit
 * in flight, a value the field rewrites such as `12:34` → `PT12M34S`); once
 * it loses focus it shows the document again, so undo in the text shows here.
 */
export function DraftInput(props: InputProps | AreaProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? props.value;
  const change = (text: string): void => {
    setDraft(text);
    props.onDraft(text);
  };
  const leave = (): void => {
    if (draft !== null) props.onCommit?.(draft);
    setDraft(null);
  };
  if (props.multiline) {
    const { value: _value, onDraft: _onDraft, onCommit: _onCommit, multiline: _m, ...rest } = props;
    return (
      <textarea
        {...rest}
        value={shown}
        onFocus={() => setDraft(props.value)}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
      />
    );
  }
  const { value: _value, onDraft: _onDraft, onCommit: _onCommit, multiline: _m, ...rest } = props;
  return (
    <input
      {...rest}
      value={shown}
      onFocus={() => setDraft(props.value)}
      onChange={(event) => change(event.target.value)}
      onBlur={leave}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        if (event.key === 'Enter' && draft !== null) props.onCommit?.(draft);
      }}
    />
  );
}
