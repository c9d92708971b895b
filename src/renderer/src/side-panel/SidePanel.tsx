import type { ReactNode } from 'react';
import './SidePanel.css';

export type SidePanelView = 'preview' | 'front-matter';

interface SidePanelProps {
  view: SidePanelView;
  onView: (view: SidePanelView) => void;
  preview: ReactNode;
  frontMatter: ReactNode;
  shortcuts: Record<SidePanelView, string>;
}

const labels: Record<SidePanelView, string> = {
  preview: 'Preview',
  'front-matter': 'Front matter',
};

/** The right-hand side: the rendered post, or the front matter form. */
export function SidePanel({ view, onView, preview, frontMatter, shortcuts }: SidePanelProps) {
  return (
    <section className="side-panel" aria-label={labels[view]}>
      <div className="side-panel-tabs" role="tablist" aria-label="Side panel">
        {(Object.keys(labels) as SidePanelView[]).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`side-tab-${name}`}
            aria-selected={view === name}
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
        {view === 'preview' ? preview : frontMatter}
      </div>
    </section>
  );
}
