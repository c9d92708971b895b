import { authorText, type AuthorNames } from './author-names';
import type { PostFilter, PostSort } from './post-query';

interface PostFiltersProps {
  filter: PostFilter;
  years: readonly string[];
  /** The authors as posts write them: keys, or names of author groups. */
  authors: readonly string[];
  names: AuthorNames;
  onFilter: (filter: PostFilter) => void;
}

/** Year, author (by name, A to Z, the key beside it), errors, videos, drafts. */
export function PostFilters({ filter, years, authors, names, onFilter }: PostFiltersProps) {
  const authorOptions = authors
    .map((author) => ({ value: author, label: names.label(author) }))
    .sort((a, b) => a.label.name.localeCompare(b.label.name, undefined, { sensitivity: 'base' }));
  const toggle = (key: 'withErrors' | 'withVideos' | 'draftsOnly', label: string) => (
    <label className={`filter-chip${filter[key] ? ' filter-chip-on' : ''}`}>
      <input
        type="checkbox"
        checked={filter[key]}
        onChange={(event) => onFilter({ ...filter, [key]: event.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <div className="post-filters">
      <div className="post-filters-row">
        <select
          aria-label="Year"
          value={filter.year ?? ''}
          onChange={(event) => onFilter({ ...filter, year: event.target.value || null })}
        >
          <option value="">Any year</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
        <select
          aria-label="Author"
          value={filter.author ?? ''}
          onChange={(event) => onFilter({ ...filter, author: event.target.value || null })}
        >
          <option value="">Any author</option>
          {authorOptions.map(({ value, label }) => (
            <option key={value} value={value}>
              {authorText(label)}
            </option>
          ))}
        </select>
      </div>
      <div className="post-filters-row" role="group" aria-label="Show only">
        {toggle('withErrors', 'Has errors')}
        {toggle('withVideos', 'Has videos')}
        {toggle('draftsOnly', 'Drafts')}
      </div>
    </div>
  );
}

/** The order of the list; "Best match" only while searching. */
export function PostSortSelect({
  sort,
  onSort,
  searching,
}: {
  sort: PostSort;
  onSort: (sort: PostSort) => void;
  searching: boolean;
}) {
  return (
    <select
      aria-label="Sort by"
      value={sort}
      onChange={(event) => onSort(event.target.value as PostSort)}
    >
      {searching ? <option value="match">Best match</option> : null}
      <option value="date">Newest first</option>
      <option value="title">Title A–Z</option>
    </select>
  );
}
