import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../shared/diagnostics';
import type { FormField } from '../../../shared/front-matter-form';

interface FieldRowProps {
  field: FormField;
  /** The id of the control the label names. */
  controlId: string;
  findings: readonly Diagnostic[];
  /** Shown at the right of the label: a counter, a URL. */
  aside?: ReactNode;
  children: ReactNode;
  /** Moves the editor's cursor to the field. */
  onEditInText?: () => void;
  /** Controls that are a group (chips, date and time) label it instead of one input. */
  group?: boolean;
}

/** A field of the form: its label, the control, the rules' findings under it. */
export function FieldRow({
  field,
  controlId,
  findings,
  aside,
  children,
  onEditInText,
  group,
}: FieldRowProps) {
  const messagesId = `${controlId}-messages`;
  const label = (
    <span className="form-label-text">
      {field.label}
      {field.hint ? <span className="form-hint"> {field.hint}</span> : null}
    </span>
  );
  return (
    <div
      className={`form-field form-field-${field.id}`}
      role={group ? 'group' : undefined}
      aria-labelledby={group ? `${controlId}-label` : undefined}
      aria-describedby={findings.length > 0 || field.problem ? messagesId : undefined}
    >
      <div className="form-label-row">
        {group ? (
          <span id={`${controlId}-label`} className="form-label">
            {label}
          </span>
        ) : (
          <label htmlFor={controlId} className="form-label">
            {label}
          </label>
        )}
        {aside}
      </div>
      {field.problem ? (
        <p className="form-problem">
          <code>{JSON.stringify(field.value)}</code> {field.problem}{' '}
          {onEditInText ? (
            <button type="button" className="button-link" onClick={onEditInText}>
              Edit in text
            </button>
          ) : null}
        </p>
      ) : (
        children
      )}
      {findings.length > 0 || field.problem ? (
        <ul className="form-messages" id={messagesId}>
          {findings.map((finding, index) => (
            <li key={index} className={`form-message form-message-${finding.severity}`}>
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
