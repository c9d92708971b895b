import type { Tab } from './tabs-reducer';
import './TabBar.css';

interface TabBarProps {
  tabs: readonly Tab[];
  active: string | null;
  onActivate: (path: string) => void;
  onClose: (path: string) => void;
}

/** The open posts; a dot marks unsaved text, a warning sign a file changed or deleted on disk. */
export function TabBar({ tabs, active, onActivate, onClose }: TabBarProps) {
  if (tabs.length === 0) return null;
  return (
    <div className="tab-bar" role="tablist" aria-label="Open posts">
      {tabs.map((tab) => {
        const selected = tab.path === active;
        const trouble = tab.deleted || tab.conflict !== null;
        return (
          <div key={tab.path} className={`tab${selected ? ' tab-active' : ''}`} title={tab.path}>
            <button
              type="button"
              role="tab"
              aria-selected={selected}
              className="tab-label"
              onClick={() => onActivate(tab.path)}
              onAuxClick={(event) => {
                if (event.button === 1) onClose(tab.path);
              }}
            >
              {trouble ? (
                <span className="tab-trouble" aria-hidden="true">
                  ⚠
                </span>
              ) : null}
              <span className="tab-title">{tab.title}</span>
              {tab.dirty ? (
                <span className="tab-dirty" aria-hidden="true">
                  ●
                </span>
              ) : null}
              {tab.dirty ? <span className="visually-hidden">, unsaved changes</span> : null}
              {trouble ? <span className="visually-hidden">, changed on disk</span> : null}
            </button>
            <button
              type="button"
              className="tab-close"
              aria-label={`Close ${tab.title}`}
              onClick={() => onClose(tab.path)}
            >
              ✕
            </button>
          </div>
        );
      })}
    </div>
  );
}
