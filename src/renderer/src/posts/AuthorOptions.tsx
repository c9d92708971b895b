import { authorText, type AuthorNames } from './author-names';

/**
 * The `<option>`s of an author `<select>`: none, then the site's authors by
 * name with the key beside it, the value being the key. A `current` key the
 * site does not list stays choosable, marked as such.
 */
export function AuthorOptions({
  authors,
  current,
  noneLabel,
}: {
  authors: AuthorNames;
  current: string;
  noneLabel: string;
}) {
  const listed = authors.list();
  return (
    <>
      <option value="">{noneLabel}</option>
      {current !== '' && !authors.get(current) ? (
        <option value={current}>{current} (not in this site&rsquo;s authors)</option>
      ) : null}
      {listed.map((author) => (
        <option key={author.key} value={author.key}>
          {authorText(authors.label(author.key))}
        </option>
      ))}
    </>
  );
}
