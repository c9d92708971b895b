import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { maxProblemsHeight, minProblemsHeight } from './problems-layout';

interface ProblemsResizerProps {
  height: number;
  onResize: (height: number) => void;
}

/** How far one arrow press moves the edge; with Shift, five times as far. */
const step = 16;

/**
 * The problems panel's top edge: drag it, or focus it and use the arrows
 * (Up makes the panel taller), Home and End. A window splitter in ARIA's
 * terms, so a screen reader says what it is and its value.
 */
export function ProblemsResizer({ height, onResize }: ProblemsResizerProps) {
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) onResize(start.startHeight + (start.startY - event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const by = event.shiftKey ? step * 5 : step;
    const next =
      event.key === 'ArrowUp'
        ? height + by
        : event.key === 'ArrowDown'
          ? height - by
          : event.key === 'Home'
            ? minProblemsHeight
            : event.key === 'End'
              ? maxProblemsHeight
              : null;
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };

  return (
    <div
      className="problems-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize problems"
      aria-valuenow={height}
      aria-valuemin={minProblemsHeight}
      aria-valuemax={maxProblemsHeight}
      aria-controls="problems-body"
      title="Drag to resize, or use the arrow keys"
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
