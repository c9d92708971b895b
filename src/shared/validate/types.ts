import type { Diagnostic } from '../diagnostics';
import type { PostDocument } from '../post/types';
import type { RuleSettings } from '../rule-settings/rule-settings';
import type { ConventionChoice } from '../youtube/site-settings';

/** What validation knows about the site a post belongs to. Built from disk by main. */
export interface SiteFacts {
  /** Keys of `data/authors.yaml`; null when the site has no such file. */
  authors: ReadonlySet<string> | null;
  /**
   * The site's own shortcode templates, by name, and whether each uses
   * `.Inner`; with the template's text when the preview can compute what it
   * prints (`isComputableTemplate`).
   */
  shortcodes: ReadonlyMap<string, { usesInner: boolean; template?: string }>;
  /** markdownlint configs as the site's `make lint` uses them. */
  markdownlint: {
    /** `.markdownlint.blog.yaml`, for posts under `content/blog`. */
    blog: Record<string, unknown> | null;
    /** `.markdownlint.yaml`, for everything else. */
    default: Record<string, unknown> | null;
  };
  /**
   * The site's choice in `.recap-studio.yaml` (absent: `infer`). Under the
   * site's own convention, http thumbnails and date-only upload dates are one
   * note per post; under Google's, a warning per entry.
   */
  videoConvention?: ConventionChoice;
  /**
   * The `rules` of `.recap-studio.yaml`: rules the site turned off or gave
   * another severity (absent: every rule as it is).
   */
  rules?: RuleSettings;
}

/** One post as validation sees it. */
export interface PostContext {
  /** Path from the site root with `/` separators, e.g. `content/blog/2021/0617-x/index.md`. */
  path: string;
  site: SiteFacts;
  /**
   * Files beside the post, relative to its folder with `/` separators
   * (`cover.png`, `img/diagram.svg`); null when unknown, which skips the check.
   */
  bundleFiles: ReadonlySet<string> | null;
}

export type Rule = (doc: PostDocument, context: PostContext) => Diagnostic[];
