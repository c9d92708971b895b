import type { WorkspaceInfo } from '../../../shared/ipc/data';

/** One author of `data/authors.yaml`, as the screens show it. */
export interface SiteAuthor {
  key: string;
  /** The name the site prints; null when the file gives none. */
  name: string | null;
  /** The avatar's image in the open folder, for the asset route; null when there is none. */
  avatarFile: string | null;
}

/** How an author reads: the name first, the key the post writes as secondary text. */
export interface AuthorLabel {
  name: string;
  /** The key(s) behind the name; null when the post names its author itself. */
  key: string | null;
}

/**
 * The site's authors by key, to show names where posts and the editor hold
 * keys (`william` reads "William Morgan").
 */
export class AuthorNames {
  private readonly byKey: ReadonlyMap<string, SiteAuthor>;

  constructor(authors: readonly SiteAuthor[]) {
    this.byKey = new Map(authors.map((author) => [author.key, author]));
  }

  /** From the open folder's description: its keys, with names and avatars where the file has them. */
  static of(info: Pick<WorkspaceInfo, 'authors' | 'authorProfiles'>): AuthorNames {
    const profiles = new Map((info.authorProfiles ?? []).map((profile) => [profile.key, profile]));
    return new AuthorNames(
      (info.authors ?? []).map((key) => ({
        key,
        name: profiles.get(key)?.name ?? null,
        avatarFile: profiles.get(key)?.avatarFile ?? null,
      })),
    );
  }

  get(key: string): SiteAuthor | undefined {
    return this.byKey.get(key);
  }

  /** Every author, by name A to Z (those without a name by key). */
  list(): SiteAuthor[] {
    return [...this.byKey.values()].sort((a, b) =>
      (a.name ?? a.key).localeCompare(b.name ?? b.key, undefined, { sensitivity: 'base' }),
    );
  }

  /**
   * How a post's author reads: a key's name with the key beside it; a list
   * of keys (`a, b`, as the post list joins them) name by name; a name the
   * post writes itself (an author group), as written.
   */
  label(author: string): AuthorLabel {
    const parts = this.byKey.has(author) ? [author] : author.split(', ');
    const keys = parts.filter((part) => this.byKey.has(part));
    if (keys.length === 0) return { name: author, key: null };
    return {
      name: parts.map((part) => this.byKey.get(part)?.name ?? part).join(', '),
      key: keys.join(', '),
    };
  }
}

/** "William Morgan · william", or the name alone when there is no key or it reads the same. */
export function authorText(label: AuthorLabel): string {
  return label.key === null || label.key === label.name
    ? label.name
    : `${label.name} · ${label.key}`;
}
