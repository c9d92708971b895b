import { readPickedDate, setPickedDate } from '../../../shared/front-matter-form';
import type { ControlProps } from './control-props';
import { textOf } from './TextControls';

/**
 * A day and a time picker that write the layout the date already has; a
 * date-only value gets no time picker. A value in a layout the pickers do
 * not know is shown as written, and picking replaces it.
 */
export function DateControl({ field, post, readOnly, controlId, describedBy }: ControlProps) {
  const written = textOf(field.value);
  const picked = readPickedDate(written);
  const hasTime = picked ? picked.time !== null : true;
  const write = (day: string, time: string | null) =>
    post.edit('input.form', (doc) => setPickedDate(doc, field, { day, time }));
  return (
    <div className="form-date">
      <input
        id={controlId}
        type="date"
        className="form-input"
        aria-label={`${field.label}: day`}
        aria-describedby={describedBy}
        value={picked?.day ?? ''}
        readOnly={readOnly}
        onChange={(event) => {
          if (event.target.value !== '') write(event.target.value, null);
        }}
      />
      {hasTime ? (
        <input
          type="time"
          step={1}
          className="form-input"
          aria-label={`${field.label}: time`}
          value={picked?.time ?? ''}
          readOnly={readOnly}
          onChange={(event) => {
            const time = event.target.value;
            const day = picked?.day;
            if (!day || !/^\d\d:\d\d(:\d\d)?$/.test(time)) return;
            write(day, time.length === 5 ? `${time}:00` : time);
          }}
        />
      ) : null}
      {written !== '' && !picked ? (
        <span className="form-date-written">
          Written as <code>{written}</code>, a form the pickers do not know; a picked day replaces
          it.
        </span>
      ) : null}
    </div>
  );
}
