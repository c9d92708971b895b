import { useId } from 'react';
import { setFieldValue } from '../../../shared/front-matter-form';
import type { SiteAuthor } from '../posts/author-names';
import { defaultAssetUrlOf } from '../preview/asset-urls';
import type { ControlProps } from './control-props';
import { DraftField } from './DraftField';
import { textOf } from './TextControls';

export type AuthorChoice = SiteAuthor;

/**
 * The author key, searchable among `data/authors.yaml` (by key or name).
 * Picking a known author writes it at once; any other key is written with
 * Enter, and an unknown key already in the post is shown as written. Beside
 * it, the author as the site shows them: avatar (from the open folder,
 * through the asset route) and name.
 */
export function AuthorControl({
  field,
  post,
  readOnly,
  controlId,
  describedBy,
  authors,
}: ControlProps & { authors: readonly AuthorChoice[] | null }) {
  const listId = useId();
  const value = textOf(field.value);
  const known = authors?.find((author) => author.key === value);
  const write = (key: string) => {
    if (key.trim() !== '') post.edit('input.form', (doc) => setFieldValue(doc, field, key.trim()));
  };
  return (
    <div className="form-author">
      <DraftField
        id={controlId}
        className="form-input"
        list={authors ? listId : undefined}
        value={value}
        readOnly={readOnly}
        autoComplete="off"
        aria-describedby={describedBy}
        resyncToken={post.resyncToken}
        onDraft={(text) => {
          if (authors?.some((author) => author.key === text)) write(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') write(event.currentTarget.value);
        }}
      />
      {authors ? <AuthorSuggestions id={listId} authors={authors} /> : null}
      {known?.avatarFile ? (
        <img
          className="form-author-avatar"
          src={defaultAssetUrlOf()(known.avatarFile)}
          alt=""
          width={24}
          height={24}
        />
      ) : null}
      <span className="form-author-name">
        {value === ''
          ? null
          : known
            ? (known.name ?? '')
            : authors
              ? 'Not in data/authors.yaml'
              : ''}
      </span>
    </div>
  );
}

/** The site's authors offered to an author field (its `list`): the key to insert, the name beside it. */
export function AuthorSuggestions({
  id,
  authors,
}: {
  id: string;
  authors: readonly AuthorChoice[];
}) {
  return (
    <datalist id={id}>
      {authors.map((author) => (
        <option key={author.key} value={author.key}>
          {author.name ?? author.key}
        </option>
      ))}
    </datalist>
  );
}
