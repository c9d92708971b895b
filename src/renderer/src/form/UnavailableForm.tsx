import type { PostDocument, TextSpan } from '../../../shared/post';

interface UnavailableFormProps {
  doc: PostDocument;
  onGoTo: (span: TextSpan) => void;
}

/**
 * Front matter that cannot be read is never shown as an empty form: the
 * form says why, and where, with a button that takes the cursor there.
 */
export function UnavailableForm({ doc, onGoTo }: UnavailableFormProps) {
  const problem = doc.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  const line = problem ? doc.text.slice(0, problem.from).split('\n').length : null;
  return (
    <div className="front-matter-form form-unavailable" role="alert">
      <h3 className="form-banner-title">The form is not available</h3>
      <p>
        The front matter cannot be read, so the form cannot show it.{' '}
        {problem?.message ?? doc.readOnlyReason ?? ''}
      </p>
      {problem && line !== null ? (
        <button type="button" className="button" onClick={() => onGoTo(problem)}>
          Go to line {line}
        </button>
      ) : null}
    </div>
  );
}
