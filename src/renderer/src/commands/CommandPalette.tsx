import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { deepActiveElement, trapTab } from '../a11y/focus-trap';
import type { Command } from './command';
import { rankByMatch } from './palette-match';
import { formatShortcut } from './shortcut';
import './CommandPalette.css';

interface CommandPaletteProps {
  commands: readonly Command[];
  onClose: () => void;
}

/** Every command with its shortcut; type to narrow, Enter to run, Escape to leave. */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  const shown = useMemo(
    () =>
      rankByMatch(
        commands.filter((command) => command.listed !== false && command.enabled()),
        query,
        (command) => `${command.group}: ${command.title}`,
      ),
    [commands, query],
  );
  const current = Math.min(selected, Math.max(0, shown.length - 1));

  useEffect(() => {
    const dialog = dialogRef.current;
    const previous = deepActiveElement();
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      if (dialog?.open) dialog.close?.();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-index="${current}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the palette is gone and focus is back where it was.
    setTimeout(() => command.run(), 0);
  };

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => {
        if (event.target === dialogRef.current) onClose();
      }}
      onKeyDown={(event) => {
        if (dialogRef.current) trapTab(event.nativeEvent, dialogRef.current);
      }}
    >
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown.length > 0 ? `${listId}-${current}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setSelected((current + 1) % Math.max(1, shown.length));
          else if (event.key === 'ArrowUp')
            setSelected((current - 1 + shown.length) % Math.max(1, shown.length));
          else if (event.key === 'Enter') run(shown[current]);
          else return;
          event.preventDefault();
        }}
      />
      <ul className="palette-list" role="listbox" id={listId} ref={listRef}>
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === current}
            className="palette-item"
            onMouseMove={() => setSelected(index)}
            onClick={() => run(command)}
          >
            <span className="palette-group">{command.group}:</span>
            <span className="palette-title">{command.title}</span>
            {command.shortcut ? <kbd>{formatShortcut(command.shortcut)}</kbd> : null}
          </li>
        ))}
      </ul>
      {shown.length === 0 ? (
        // Outside the list, which holds commands only; a status, so the screen reader says it.
        <p className="palette-empty" role="status">
          No command matches “{query}”.
        </p>
      ) : null}
    </dialog>
  );
}
