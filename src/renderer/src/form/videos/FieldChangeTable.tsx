import type { FieldChange } from '../../../../shared/videos';
import { fieldLabels } from './VideoEntryFields';

/** Old → new per field, as text (a title may hold anything, markup included). */
export function FieldChangeTable({
  caption,
  changes,
}: {
  caption: string;
  changes: FieldChange[];
}) {
  return (
    <table className="field-changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Now</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabels[change.field]}</th>
            <td className="field-change-before">{change.before || <em>empty</em>}</td>
            <td className="field-change-after">{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
