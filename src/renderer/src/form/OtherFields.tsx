import { summarizeValue, type OtherField } from '../../../shared/front-matter-form';

interface OtherFieldsProps {
  fields: readonly OtherField[];
  onEditInText: (field: OtherField) => void;
}

/** Keys the form has no control for: shown as written, edited in the text, never dropped. */
export function OtherFields({ fields, onEditInText }: OtherFieldsProps) {
  if (fields.length === 0) return null;
  return (
    <section className="form-section" aria-labelledby="form-other-fields">
      <h3 id="form-other-fields" className="form-section-title">
        Other fields
      </h3>
      <p className="form-section-note">Kept exactly as written; change them in the text.</p>
      <dl className="form-other">
        {fields.map((field) => (
          <div key={field.path.join('.')} className="form-other-row">
            <dt>
              <code>{field.path.join('.')}</code>
              {field.unknown ? <span className="form-badge">not a known key</span> : null}
            </dt>
            <dd>
              <span className="form-other-value">{summarizeValue(field.value)}</span>
              <button
                type="button"
                className="button-link"
                aria-label={`Edit ${field.path.join('.')} in text`}
                onClick={() => onEditInText(field)}
              >
                Edit in text
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
