import { useRef, type KeyboardEvent } from 'react';
import { rovingTarget } from '../a11y/roving-focus';
import type { Tab } from './tabs-reducer';
import './TabBar.css';

interface TabBarProps {
  tabs: readonly Tab[];
  active: string | null;
  onActivate: (path: string) => void;
  onClose: (path: string) => void;
}

/**
 * The open posts, as a WAI-ARIA tab list: one tab stop, arrows, Home and End
 * move between posts and show them, Delete closes the focused one. A dot
 * marks unsaved text, a warning sign a file changed or deleted on disk.
 */
export function TabBar({ tabs, active, onActivate, onClose }: TabBarProps) {
  const list = useRef<HTMLDivElement>(null);
  if (tabs.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const tab = tabs[index];
    if (!tab) return;
    if (event.key === 'Delete') {
      event.preventDefault();
      onClose(tab.path);
      return;
    }
    const target = rovingTarget(event.key, index, tabs.length, 'horizontal');
    if (target === null) return;
    const next = tabs[target];
    if (!next) return;
    event.preventDefault();
    onActivate(next.path);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[target]?.focus();
  };

  return (
    <div ref={list} className="tab-bar" role="tablist" aria-label="Open posts">
      {tabs.map((tab, index) => {
        const selected = tab.path === active;
        const trouble = tab.deleted || tab.conflict !== null;
        return (
          <div
            key={tab.path}
            role="tab"
            aria-selected={selected}
            aria-keyshortcuts="Delete"
            tabIndex={selected || (active === null && index === 0) ? 0 : -1}
            className={`tab${selected ? ' tab-active' : ''}`}
            title={tab.path}
            onClick={() => onActivate(tab.path)}
            onKeyDown={(event) => onKeyDown(event, index)}
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
            {/* A tab holds no other control (its content is presentational): the mouse's close
                button is hidden from the accessibility tree, and the keyboard closes with Delete. */}
            <span
              className="tab-close"
              aria-hidden="true"
              title={`Close ${tab.title}`}
              onClick={(event) => {
                event.stopPropagation();
                onClose(tab.path);
              }}
            >
              ✕
            </span>
          </div>
        );
      })}
    </div>
  );
}
