import { formatShortcut } from '../commands/shortcut';
import type { Pane, PaneLayout } from './pane-layout';

interface PaneTogglesProps {
  layout: PaneLayout;
  onToggle: (pane: Pane) => void;
  onFocusMode: () => void;
  /** Each pane's shortcut and focus mode's, in CodeMirror's notation. */
  shortcuts: Record<Pane | 'focusMode', string>;
}

const paneNames: Record<Pane, string> = {
  list: 'Post list',
  side: 'Side panel',
  problems: 'Problems',
};

/**
 * The app bar's switches for the panes: each shows whether its pane is
 * shown (pressed) and flips it, so a hidden pane is always one click away.
 */
export function PaneToggles({ layout, onToggle, onFocusMode, shortcuts }: PaneTogglesProps) {
  return (
    <div className="pane-toggles" role="group" aria-label="Panes">
      {(Object.keys(paneNames) as Pane[]).map((pane) => {
        const shown = layout[`${pane}Shown`];
        return (
          <button
            key={pane}
            type="button"
            className="button button-quiet pane-toggle"
            aria-pressed={shown}
            title={`${shown ? 'Hide' : 'Show'} the ${paneNames[pane].toLowerCase()} (${formatShortcut(shortcuts[pane])})`}
            onClick={() => onToggle(pane)}
          >
            {paneNames[pane]}
          </button>
        );
      })}
      <button
        type="button"
        className="button button-quiet pane-toggle"
        title={`Show only the editor (${formatShortcut(shortcuts.focusMode)}; Escape leaves)`}
        onClick={onFocusMode}
      >
        Focus
      </button>
    </div>
  );
}
