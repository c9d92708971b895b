import { useMemo, type ReactNode } from 'react';
import type { Diagnostic } from '../../../shared/diagnostics';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { parsePost } from '../../../shared/post';
import type { ProblemFixer } from '../problems/problem-fixes';
import { FindingGroups } from './FindingGroups';
import { markedTextOf, publishReport } from './publish-report';
import { VideoObjectPreview } from './VideoObjectPreview';
import './PublishCheck.css';

interface PublishCheckProps {
  /** The open post: its path, its text and the findings of that text; null with none open. */
  post: { path: string; text: string; diagnostics: readonly Diagnostic[] } | null;
  info: Pick<WorkspaceInfo, 'contentDir' | 'permalinks' | 'baseURL'>;
  lineOf: (offset: number) => number;
  onJump: (diagnostic: Diagnostic) => void;
  fixer: ProblemFixer | undefined;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The post as the site's CI and Google will see it: what `make lint` and the
 * SEO check would reject, the paragraphs still marked for rewriting, Recap
 * Studio's own findings, and the VideoObject JSON-LD of each video entry.
 */
export function PublishCheck({ post, info, lineOf, onJump, fixer }: PublishCheckProps) {
  const report = useMemo(
    () => post && publishReport(post.diagnostics, parsePost(post.text), info, post.path),
    [post, info],
  );
  if (!post || !report) {
    return <p className="publish-empty">Open a post to check it the way the site will.</p>;
  }
  const blocking = report.siteCiCount + report.rewrite.length;
  return (
    <div className="publish-check">
      <p className={`publish-summary publish-summary-${blocking > 0 ? 'blocked' : 'ready'}`}>
        {blocking === 0
          ? "Nothing here the site's CI would reject, and no text is still marked for rewriting."
          : [
              report.siteCiCount > 0
                ? `The site's CI would reject ${plural(report.siteCiCount, 'finding', 'findings')}`
                : null,
              report.rewrite.length > 0
                ? `${plural(report.rewrite.length, 'paragraph is', 'paragraphs are')} still marked for rewriting`
                : null,
            ]
              .filter(Boolean)
              .join('; ') + '.'}
      </p>

      <PublishSection
        id="ci"
        title="Site CI: markdownlint and SEO limits"
        count={report.siteCiCount}
        empty={
          report.siteCi.length === 0
            ? "markdownlint (with the site's config) and the SEO limits find nothing."
            : null
        }
      >
        <FindingGroups
          groups={report.siteCi}
          lineOf={lineOf}
          onJump={onJump}
          fixer={fixer}
          label="What the site's CI would reject"
        />
      </PublishSection>

      <PublishSection
        id="rewrite"
        title="Still marked for rewriting"
        count={report.rewrite.length}
        empty={report.rewrite.length === 0 ? 'No <!-- rewrite --> markers left.' : null}
      >
        <ul className="publish-rewrites" aria-label="Paragraphs still marked for rewriting">
          {report.rewrite.map((marker) => (
            <li key={marker.from}>
              <button type="button" className="publish-finding-jump" onClick={() => onJump(marker)}>
                <span className="publish-line">Line {lineOf(marker.from)}</span>
                <span>{markedTextOf(post.text, marker)}</span>
              </button>
            </li>
          ))}
        </ul>
      </PublishSection>

      <PublishSection
        id="own"
        title="Recap Studio's own findings"
        count={report.ownCount}
        empty={report.own.length === 0 ? 'None.' : null}
      >
        <FindingGroups
          groups={report.own}
          lineOf={lineOf}
          onJump={onJump}
          fixer={fixer}
          label="Recap Studio's own findings"
        />
      </PublishSection>

      <PublishSection
        id="video"
        title="VideoObject JSON-LD"
        count={report.videos.length}
        empty={null}
      >
        <VideoObjectPreview videos={report.videos} permalink={report.permalink} />
      </PublishSection>
    </div>
  );
}

interface PublishSectionProps {
  /** Names the heading: `publish-ID-heading`. */
  id: string;
  title: string;
  count: number;
  /** Shown instead of the section's content when there is nothing to list; null when there is. */
  empty: string | null;
  children: ReactNode;
}

/** One part of the check: a heading with its count, then what it found or why there is nothing. */
function PublishSection({ id, title, count, empty, children }: PublishSectionProps) {
  return (
    <section aria-labelledby={`publish-${id}-heading`}>
      <h3 id={`publish-${id}-heading`}>
        {title} <span className="publish-count">{count}</span>
      </h3>
      {empty === null ? children : <p className="publish-empty">{empty}</p>}
    </section>
  );
}
