/**
 * `shortcode/*` and `youtube/*`: shortcode calls Hugo would refuse (it stops
 * the whole build at the first one), calls of templates nobody provides, and
 * `youtube` calls without a usable video ID.
 */
import type { Diagnostic } from '../../diagnostics';
import type { PostDocument, TextSpan } from '../../post/types';
import { hugoBuiltinShortcodes } from '../../shortcodes/hugo-builtins';
import { scanShortcodes } from '../../shortcodes/scan';
import type { ShortcodeCall, ShortcodeProblem, ShortcodeScan } from '../../shortcodes/types';
import { youtubeIdArgument } from '../../youtube/shortcode-id';
import { isPossibleYouTubeId, parseYouTubeId } from '../../youtube/video-id';
import type { Rule, SiteFacts } from '../types';

const ruleOfProblem: Record<ShortcodeProblem['kind'], string> = {
  'unclosed-tag': 'shortcode/unclosed',
  'unclosed-call': 'shortcode/unclosed',
  'unexpected-close': 'shortcode/unexpected-close',
  'stray-delimiter': 'shortcode/stray-delimiter',
  'mixed-arguments': 'shortcode/mixed-arguments',
  'bad-argument': 'shortcode/bad-argument',
  'missing-name': 'shortcode/missing-name',
};

/** Whether a template uses `.Inner`: the site's own templates first, then Hugo's. */
export function usesInnerOn(site: SiteFacts): (name: string) => boolean | undefined {
  return (name) =>
    site.shortcodes.get(name)?.usesInner ?? hugoBuiltinShortcodes.get(name)?.usesInner;
}

const scans = new WeakMap<PostDocument, { site: SiteFacts; scan: ShortcodeScan }>();

/**
 * The shortcodes of a post's body, offsets into the body. Both shortcode and
 * video rules need them; a document is immutable, so one scan serves both.
 */
export function scanPostShortcodes(doc: PostDocument, site: SiteFacts): ShortcodeScan {
  const cached = scans.get(doc);
  if (cached?.site === site) return cached.scan;
  const scan = scanShortcodes(doc.body, { usesInner: usesInnerOn(site) });
  scans.set(doc, { site, scan });
  return scan;
}

export const shortcodeRules: Rule = (doc, context) => {
  const scan = scanPostShortcodes(doc, context.site);
  const inFile = (span: TextSpan): TextSpan => ({
    from: span.from + doc.bodyFrom,
    to: span.to + doc.bodyFrom,
  });
  const diagnostics: Diagnostic[] = scan.problems.map((problem) => ({
    severity: problem.buildsAnyway ? 'warning' : 'error',
    rule: ruleOfProblem[problem.kind],
    message: problem.message,
    ...inFile(problem.span),
  }));

  const blocked = scan.problems.filter((problem) => !problem.buildsAnyway);
  for (const call of scan.calls) {
    if (!isKnown(call.name, context.site)) {
      diagnostics.push({
        severity: 'warning',
        rule: 'shortcode/unknown',
        message: `Neither the site nor Hugo has a shortcode named ${call.name}: Hugo stops with an error unless a theme provides one.`,
        ...inFile(call.open.nameSpan),
      });
    }
    const tagIsBroken = blocked.some((p) => within(p.span, call.open.span));
    if (call.name === 'youtube' && !tagIsBroken) {
      const finding = checkYouTubeId(call);
      if (finding) diagnostics.push({ ...finding, ...inFile(finding) });
    }
  }
  return diagnostics;
};

function isKnown(name: string, site: SiteFacts): boolean {
  // Inline shortcodes are defined in the post itself.
  return site.shortcodes.has(name) || hugoBuiltinShortcodes.has(name) || name.endsWith('.inline');
}

function within(inner: TextSpan, outer: TextSpan): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

/** A finding with offsets into the body. */
function checkYouTubeId(call: ShortcodeCall): Diagnostic | null {
  const argument = youtubeIdArgument(call);
  const id = argument?.value.trim() ?? '';
  if (!argument || id === '') {
    return {
      severity: 'error',
      rule: 'youtube/missing-id',
      message:
        'This youtube shortcode has no video ID: write it after the name, as in {{< youtube "ID" >}}.',
      ...call.open.span,
    };
  }
  if (isPossibleYouTubeId(id)) return null;
  return {
    severity: 'error',
    rule: 'youtube/invalid-id',
    message: explainImpossibleId(id),
    ...argument.span,
  };
}

function explainImpossibleId(written: string): string {
  const parsed = parseYouTubeId(written);
  if (parsed.kind === 'video') {
    return `The youtube shortcode takes a video ID, not a link: write ${parsed.id} instead of ${written}.`;
  }
  if (parsed.kind === 'playlist') {
    return `${written} is a playlist: the youtube shortcode shows one video, so give the ID of one of its videos.`;
  }
  return parsed.reason;
}
