import type { KeyboardEvent, ReactNode } from 'react';
import { rovingTarget } from '../a11y/roving-focus';
import './SidePanel.css';

export type SidePanelView = 'preview' | 'front-matter' | 'publish';

interface SidePanelProps {
  view: SidePanelView;
  onView: (view: SidePanelView) => void;
  preview: ReactNode;
  frontMatter: ReactNode;
  /** The publish check (issue 10 §2). */
  publish: ReactNode;
  shortcuts: Record<SidePanelView, string>;
}

const labels: Record<SidePanelView, string> = {
  preview: 'Preview',
  'front-matter': 'Front matter',
  publish: 'Publish check',
};

const views = Object.keys(labels) as SidePanelView[];

/** The right-hand side: the rendered post, the front matter form, or the publish check. */
export function SidePanel({
  view,
  onView,
  preview,
  frontMatter,
  publish,
  shortcuts,
}: SidePanelProps) {
  // The tabs pattern: one tab stop, the arrows switch views and take focus along.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = rovingTarget(event.key, views.indexOf(view), views.length, 'horizontal');
    const next = target === null ? undefined : views[target];
    if (!next) return;
    event.preventDefault();
    onView(next);
    event.currentTarget.ownerDocument.getElementById(`side-tab-${next}`)?.focus();
  };
  return (
    <section className="side-panel" aria-label={labels[view]}>
      <div className="side-panel-tabs" role="tablist" aria-label="Side panel" onKeyDown={onKeyDown}>
        {views.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-selected={view === name}
            tabIndex={view === name ? 0 : -1}
            aria-controls="side-panel-body"
            className={`side-panel-tab${view === name ? ' side-panel-tab-active' : ''}`}
            title={shortcuts[name]}
            onClick={() => onView(name)}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      <div
        className="side-panel-body"
        id="side-panel-body"
        role="tabpanel"
        aria-labelledby={`side-tab-${view}`}
      >
        {view === 'preview' ? preview : view === 'front-matter' ? frontMatter : publish}
      </div>
    </section>
  );
}
