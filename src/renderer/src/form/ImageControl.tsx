import { useRef } from 'react';
import { removeField, setFieldValue } from '../../../shared/front-matter-form';
import type { Asset } from '../../../shared/ipc/data';
import { defaultAssetUrlOf } from '../preview';
import { siteFileOf } from '../preview/asset-urls';
import type { ControlProps } from './control-props';
import { textOf } from './TextControls';
import { usePendingValue } from './use-pending-value';

interface ImageControlProps extends ControlProps {
  /** The bundle's images; null while they are read. */
  images: readonly Asset[] | null;
  /** Copies a file into the post's bundle; its name, or null when it failed (the caller says why). */
  addImage: (file: File) => Promise<string | null>;
}

/** Cover and thumbnail: one of the bundle's images (with a thumbnail), or a new one added to it. */
export function ImageControl({
  field,
  post,
  readOnly,
  controlId,
  describedBy,
  images,
  addImage,
}: ImageControlProps) {
  const picker = useRef<HTMLInputElement>(null);
  const [value, choose] = usePendingValue(post.doc, textOf(field.value));
  const names = (images ?? []).filter((image) => image.isImage).map((image) => image.name);
  if (value !== '' && !names.includes(value)) names.push(value);
  const file = value === '' ? null : siteFileOf(post.path, value);
  const write = (name: string) => {
    const applied = post.edit('input.form', (doc) =>
      name === '' ? removeField(doc, field) : setFieldValue(doc, field, name),
    );
    if (applied) choose(name);
  };
  return (
    <div className="form-image">
      {file ? (
        <img
          className="form-image-thumbnail"
          src={defaultAssetUrlOf()(file)}
          alt=""
          onError={(event) => (event.currentTarget.style.visibility = 'hidden')}
          onLoad={(event) => (event.currentTarget.style.visibility = 'visible')}
        />
      ) : (
        <span className="form-image-thumbnail form-image-none" aria-hidden="true" />
      )}
      <select
        id={controlId}
        className="form-input"
        value={value}
        disabled={readOnly}
        aria-describedby={describedBy}
        onChange={(event) => write(event.target.value)}
      >
        <option value="">(none)</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {readOnly ? null : (
        <>
          <button type="button" className="button" onClick={() => picker.current?.click()}>
            Add image…
          </button>
          <input
            ref={picker}
            type="file"
            accept="image/*"
            hidden
            aria-label={`Add an image for the ${field.label.toLowerCase()}`}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (!chosen) return;
              void addImage(chosen).then((name) => {
                if (name) write(name);
              });
            }}
          />
        </>
      )}
    </div>
  );
}
