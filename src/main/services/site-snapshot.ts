import type { SiteFacts } from '../../shared/validate/types';

/** Site facts in a form that crosses to a worker thread (no Sets or Maps). */
export interface SiteSnapshot {
  root: string;
  authors: string[] | null;
  shortcodes: [string, { usesInner: boolean }][];
  markdownlint: SiteFacts['markdownlint'];
  videoConvention: SiteFacts['videoConvention'];
  rules: SiteFacts['rules'];
}

export function snapshotSite(root: string, facts: SiteFacts): SiteSnapshot {
  return {
    root,
    authors: facts.authors ? [...facts.authors] : null,
    shortcodes: [...facts.shortcodes],
    markdownlint: facts.markdownlint,
    videoConvention: facts.videoConvention,
    rules: facts.rules,
  };
}

export function factsOf(snapshot: SiteSnapshot): SiteFacts {
  return {
    authors: snapshot.authors ? new Set(snapshot.authors) : null,
    shortcodes: new Map(snapshot.shortcodes),
    markdownlint: snapshot.markdownlint,
    ...(snapshot.videoConvention ? { videoConvention: snapshot.videoConvention } : {}),
    ...(snapshot.rules ? { rules: snapshot.rules } : {}),
  };
}
