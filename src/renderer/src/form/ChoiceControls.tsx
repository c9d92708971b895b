import { removeField, setFieldValue } from '../../../shared/front-matter-form';
import type { ControlProps } from './control-props';
import { usePendingValue } from './use-pending-value';

const trueWords = new Set(['true', 'True', 'TRUE', 't', 'T', '1']);

/** Draft, show cover: Hugo's yes/no values, written as true or false. */
export function CheckboxControl({ field, post, readOnly, controlId, describedBy }: ControlProps) {
  const value = field.value;
  const [checked, choose] = usePendingValue(
    post.doc,
    value === true || (typeof value === 'string' && trueWords.has(value)),
  );
  return (
    <input
      id={controlId}
      type="checkbox"
      className="form-checkbox"
      checked={checked}
      disabled={readOnly}
      aria-describedby={describedBy}
      onChange={(event) => {
        const next = event.target.checked;
        if (post.edit('input.form', (doc) => setFieldValue(doc, field, next))) choose(next);
      }}
    />
  );
}

/** A value from a short list; a value the list does not have is kept and offered. */
export function ChoiceControl({ field, post, readOnly, controlId, describedBy }: ControlProps) {
  const [value, choose] = usePendingValue(
    post.doc,
    field.value === undefined || field.value === null ? '' : String(field.value),
  );
  const choices = [...(field.choices ?? [])];
  if (value !== '' && !choices.includes(value)) choices.push(value);
  return (
    <select
      id={controlId}
      className="form-input"
      value={value}
      disabled={readOnly}
      aria-describedby={describedBy}
      onChange={(event) => {
        const next = event.target.value;
        const applied = post.edit('input.form', (doc) =>
          next === '' ? removeField(doc, field) : setFieldValue(doc, field, next),
        );
        if (applied) choose(next);
      }}
    >
      <option value="">(not set)</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
