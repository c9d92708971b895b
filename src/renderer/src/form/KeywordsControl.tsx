import { useState } from 'react';
import { addListItem, moveListItem, removeListItem } from '../../../shared/front-matter-form';
import type { ControlProps } from './control-props';

/**
 * Keywords as chips: add with Enter or a comma, remove with the chip's
 * button or Delete, reorder with Alt+Left / Alt+Right on a chip (or its
 * arrows). Each is one undoable edit of the list's own lines.
 */
export function KeywordsControl({ field, post, readOnly, controlId, describedBy }: ControlProps) {
  const [typed, setTyped] = useState('');
  const list = Array.isArray(field.value) ? field.value.map(String) : [];
  const add = (text: string) => {
    const words = text
      .split(',')
      .map((word) => word.trim())
      .filter((word) => word !== '');
    if (words.length === 0) return;
    post.edit('input.form', (doc) =>
      words.reduce((current, word) => addListItem(current, field, word), doc),
    );
    setTyped('');
  };
  const move = (from: number, to: number) =>
    post.edit('move.form', (doc) => moveListItem(doc, field, from, to));
  const remove = (index: number) =>
    post.edit('delete.form', (doc) => removeListItem(doc, field, index));

  return (
    <div className="form-chips">
      <ul
        className="form-chip-list"
        aria-label={`${field.label} (Alt+Left and Alt+Right move one)`}
      >
        {list.map((word, index) => (
          <li key={`${index}-${word}`} className="form-chip">
            <span className="form-chip-text">{word}</span>
            {readOnly ? null : (
              <>
                <button
                  type="button"
                  className="form-chip-button"
                  aria-label={`Move ${word} earlier`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ‹
                </button>
                <button
                  type="button"
                  className="form-chip-button"
                  aria-label={`Move ${word} later`}
                  disabled={index === list.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ›
                </button>
                <button
                  type="button"
                  className="form-chip-button"
                  aria-label={`Remove ${word}`}
                  onClick={() => remove(index)}
                  onKeyDown={(event) => {
                    if (event.altKey && event.key === 'ArrowLeft' && index > 0) {
                      event.preventDefault();
                      move(index, index - 1);
                    } else if (
                      event.altKey &&
                      event.key === 'ArrowRight' &&
                      index < list.length - 1
                    ) {
                      event.preventDefault();
                      move(index, index + 1);
                    } else if (event.key === 'Delete') {
                      event.preventDefault();
                      remove(index);
                    }
                  }}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <input
          id={controlId}
          className="form-input form-chip-input"
          aria-label={`Add to ${field.label.toLowerCase()}`}
          aria-describedby={describedBy}
          placeholder="Add a keyword"
          value={typed}
          onChange={(event) => {
            const text = event.target.value;
            if (text.includes(',')) add(text);
            else setTyped(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(typed);
            }
          }}
          onBlur={() => add(typed)}
        />
      )}
    </div>
  );
}
