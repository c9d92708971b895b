import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { PostSummary } from '../../../shared/ipc/data';
import { formatShortcut } from '../commands/shortcut';
import type { AuthorNames } from './author-names';
import { PostFilters, PostSortSelect } from './PostFilters';
import { PostRow } from './PostRow';
import {
  filterAndSort,
  isFiltered,
  noFilter,
  postFacets,
  type PostFilter,
  type PostSort,
} from './post-query';
import { WindowedList, type WindowedListHandle } from './WindowedList';
import './PostList.css';

export interface PostListHandle {
  focusSearch(): void;
  focusList(): void;
  /**
   * Shows the post at `path` first, whatever the search and filters say, until
   * they change: a post just created is in the list even when it does not match.
   */
  reveal(path: string): void;
}

interface PostListProps {
  /** Every post of the folder, from the workspace index. */
  posts: readonly PostSummary[];
  /** The site's authors, to show names for the keys posts hold. */
  authors: AuthorNames;
  /** Searches titles and text in main; null when the search failed. */
  search: (query: string) => Promise<PostSummary[] | null>;
  openPath: string | null;
  onOpen: (post: PostSummary) => void;
  onNewPost: () => void;
  newPostShortcut: string;
  ref?: Ref<PostListHandle>;
}

const rowHeight = 50;
/** Search results show the extract that matched under the title and byline. */
const searchRowHeight = 68;
const postPath = (post: PostSummary) => post.path;

/** The folder's posts: search, filters, sort, and a windowed list to open them from. */
export function PostList({
  posts,
  authors,
  search,
  openPath,
  onOpen,
  onNewPost,
  newPostShortcut,
  ref,
}: PostListProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; posts: PostSummary[] } | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);
  const [filter, setFilter] = useState<PostFilter>(noFilter);
  const [listSort, setListSort] = useState<PostSort>('date');
  // Search results come best match first unless the writer asks otherwise.
  const [searchSort, setSearchSort] = useState<PostSort>('match');
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<WindowedListHandle>(null);
  const [revealed, setRevealed] = useState<{
    path: string;
    query: string;
    filter: PostFilter;
  } | null>(null);

  useImperativeHandle(
    ref,
    () => ({
      focusSearch: () => {
        searchBox.current?.focus();
        searchBox.current?.select();
      },
      focusList: () => list.current?.focus(),
      reveal: (path) => setRevealed({ path, query: query.trim(), filter }),
    }),
    [query, filter],
  );

  // Search in main after a pause in typing, and again whenever the index changes.
  // A space after the last word is kept: it says the word is whole, no longer a start.
  const trimmed = query.trim();
  const searched = query.trimStart();
  useEffect(() => {
    if (searched.trim() === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void search(searched).then((result) => {
        if (!current) return;
        setSearchFailed(result === null);
        if (result) setFound({ query: searched, posts: result });
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [searched, posts, search]);

  const failed = searchFailed && trimmed !== '';
  const answered = trimmed === '' ? posts : found?.query === searched ? found.posts : null;
  // While the next search runs, the last one's results stay listed: emptying
  // the list at each keystroke made it flicker as the writer typed.
  const pending = answered === null;
  const source = answered ?? found?.posts ?? null;
  const searching = trimmed !== '';
  const sort = searching ? searchSort : listSort;
  const facets = useMemo(() => postFacets(posts), [posts]);
  const pinned =
    revealed && revealed.query === trimmed && revealed.filter === filter ? revealed.path : null;
  const shown = useMemo(() => {
    const kept = source === null ? [] : filterAndSort(source, filter, sort);
    if (pinned === null || kept.some((post) => post.path === pinned)) return kept;
    const post = posts.find((candidate) => candidate.path === pinned);
    return post ? [post, ...kept] : kept;
  }, [source, filter, sort, pinned, posts]);

  let empty: string | null = null;
  if (posts.length === 0) empty = 'This folder has no posts yet.';
  else if (source === null && shown.length === 0) empty = 'Searching…';
  else if (shown.length === 0)
    empty =
      trimmed !== ''
        ? `No post matches “${trimmed}”${isFiltered(filter) ? ' with these filters' : ''}.`
        : 'No post matches these filters.';

  return (
    <nav className="post-list" aria-label="Posts">
      <div className="post-list-header">
        <h2>Posts</h2>
        <button
          type="button"
          className="button button-primary"
          onClick={onNewPost}
          title={`New post (${formatShortcut(newPostShortcut)})`}
        >
          New Post
        </button>
      </div>
      <div className="post-list-search">
        <input
          ref={searchBox}
          type="search"
          className="text-input"
          placeholder="Search titles and text"
          aria-label="Search posts"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            // A new search after the list was shown whole starts from it, not from an old search.
            if (event.target.value.trim() === '') setFound(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'Enter') {
              event.preventDefault();
              list.current?.focus();
            }
          }}
        />
      </div>
      <PostFilters
        filter={filter}
        years={facets.years}
        authors={facets.authors}
        names={authors}
        onFilter={setFilter}
      />
      <div className="post-list-count">
        <span aria-live="polite">
          {failed ? 'The search did not work; the list may be out of date.' : null}
          {!failed && !pending
            ? `${shown.length} of ${posts.length} post${posts.length === 1 ? '' : 's'}`
            : null}
        </span>
        {!failed && pending && source !== null ? <span>Searching…</span> : null}
        {isFiltered(filter) ? (
          <button type="button" className="link-button" onClick={() => setFilter(noFilter)}>
            Clear filters
          </button>
        ) : null}
        <PostSortSelect
          sort={sort}
          onSort={searching ? setSearchSort : setListSort}
          searching={searching}
        />
      </div>
      {empty !== null ? (
        <div className="post-list-empty">
          <p>{empty}</p>
          {posts.length === 0 ? (
            <p>
              Create one with <strong>New Post</strong> ({formatShortcut(newPostShortcut)}).
            </p>
          ) : null}
        </div>
      ) : (
        <WindowedList
          ref={list}
          busy={pending}
          id="post-list-rows"
          label="Posts"
          items={shown}
          rowHeight={searching ? searchRowHeight : rowHeight}
          itemKey={postPath}
          chosenKey={openPath}
          onChoose={onOpen}
          renderItem={(post, { chosen }) => (
            <PostRow post={post} chosen={chosen} authors={authors} />
          )}
        />
      )}
    </nav>
  );
}
