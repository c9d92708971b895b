import { useMemo } from 'react';
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

      <section aria-labelledby="publish-ci-heading">
        <h3 id="publish-ci-heading">
          Site CI: markdownlint and SEO limits{' '}
          <span className="publish-count">{report.siteCiCount}</span>
        </h3>
        {report.siteCi.length === 0 ? (
          <p className="publish-empty">
            markdownlint (with the site&apos;s config) and the SEO limits find nothing.
          </p>
        ) : (
          <FindingGroups
            groups={report.siteCi}
            lineOf={lineOf}
            onJump={onJump}
            fixer={fixer}
            label="What the site's CI would reject"
          />
        )}
      </section>

      <section aria-labelledby="publish-rewrite-heading">
        <h3 id="publish-rewrite-heading">
          Still marked for rewriting <span className="publish-count">{report.rewrite.length}</span>
        </h3>
        {report.rewrite.length === 0 ? (
          <p className="publish-empty">No &lt;!-- rewrite --&gt; markers left.</p>
        ) : (
          <ul className="publish-rewrites" aria-label="Paragraphs still marked for rewriting">
            {report.rewrite.map((marker) => (
              <li key={marker.from}>
                <button
                  type="button"
                  className="publish-finding-jump"
                  onClick={() => onJump(marker)}
                >
                  <span className="publish-line">Line {lineOf(marker.from)}</span>
                  <span>{markedTextOf(post.text, marker)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="publish-own-heading">
        <h3 id="publish-own-heading">
          Recap Studio&apos;s own findings <span className="publish-count">{report.ownCount}</span>
        </h3>
        {report.own.length === 0 ? (
          <p className="publish-empty">None.</p>
        ) : (
          <FindingGroups
            groups={report.own}
            lineOf={lineOf}
            onJump={onJump}
            fixer={fixer}
            label="Recap Studio's own findings"
          />
        )}
      </section>

      <section aria-labelledby="publish-video-heading">
        <h3 id="publish-video-heading">
          VideoObject JSON-LD <span className="publish-count">{report.videos.length}</span>
        </h3>
        <VideoObjectPreview videos={report.videos} permalink={report.permalink} />
      </section>
    </div>
  );
}
