/**
 * `draft/rewrite-marker`: a paragraph still marked for rewriting (see
 * `recap/rewrite-marker.ts`). A warning, so that `check --strict` and export
 * refuse the post until the marker is gone.
 */
import { findRewriteMarkers } from '../../recap/rewrite-marker';
import type { Rule } from '../types';

export const rewriteMarkerRule: Rule = (doc) =>
  findRewriteMarkers(doc.body).map((span) => ({
    severity: 'warning',
    rule: 'draft/rewrite-marker',
    message:
      'This text is marked for rewriting. It is a starting point taken from YouTube or written by Recap Studio: rewrite it in your own words, then delete the <!-- rewrite --> marker.',
    from: span.from + doc.bodyFrom,
    to: span.to + doc.bodyFrom,
  }));
