import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './Splitter.css';

/** Moving the splitter this way makes its pane bigger. */
export type GrowDirection = 'right' | 'left' | 'up' | 'down';

interface SplitterProps {
  /** Names the pane it sizes: "Resize the post list". */
  label: string;
  /** The id of the pane it sizes. */
  controls: string;
  /** The pane's size now, in CSS pixels. */
  size: number;
  min: number;
  max: number;
  grows: GrowDirection;
  onResize: (size: number) => void;
  /** Double-click: back to the pane's default size. */
  onReset: () => void;
  className?: string;
}

/** Arrow keys move by this many pixels; with Shift, by five times as many. */
export const keyStep = 16;

/**
 * A window splitter (the WAI-ARIA pattern): a focusable separator between
 * two panes that resizes the one it controls by dragging or with the arrow
 * keys, Home and End, and says the size to assistive technology.
 */
export function Splitter(props: SplitterProps) {
  const { label, controls, size, min, max, grows, onResize, onReset, className } = props;
  const horizontal = grows === 'up' || grows === 'down';
  // Pointer movement towards `grows` adds to the size.
  const sign = grows === 'right' || grows === 'down' ? 1 : -1;
  const drag = useRef<{ pointer: number; start: number; size: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = {
      pointer: event.pointerId,
      start: horizontal ? event.clientY : event.clientX,
      size,
    };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId) return;
    const moved = (horizontal ? event.clientY : event.clientX) - current.start;
    onResize(Math.min(max, Math.max(min, current.size + sign * moved)));
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointer !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? keyStep * 5 : keyStep;
    const towards: Record<string, GrowDirection> = horizontal
      ? { ArrowUp: 'up', ArrowDown: 'down' }
      : { ArrowLeft: 'left', ArrowRight: 'right' };
    let next: number | null = null;
    const direction = towards[event.key];
    if (direction) next = size + (direction === grows ? step : -step);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onResize(Math.min(max, Math.max(min, next)));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-controls={controls}
      aria-orientation={horizontal ? 'horizontal' : 'vertical'}
      aria-valuenow={Math.round(size)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      title={`${label}: drag, or focus and use the arrow keys. Double-click for the default size.`}
      className={`splitter splitter-${horizontal ? 'horizontal' : 'vertical'} ${className ?? ''}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
