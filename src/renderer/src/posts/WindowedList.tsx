import {
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useElementHeight } from './use-element-height';
import { scrollToReveal, visibleRows } from './windowed-range';
import './WindowedList.css';

export interface WindowedListHandle {
  focus(): void;
}

interface WindowedListProps<T> {
  items: readonly T[];
  /** Every row is this tall, in pixels. */
  rowHeight: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, state: { active: boolean; chosen: boolean }) => ReactNode;
  /** Enter, Space or a click. */
  onChoose: (item: T) => void;
  /** The key of the item that is open elsewhere, marked as chosen. */
  chosenKey?: string | null;
  label: string;
  id: string;
  /** The items are about to change (a search runs): `aria-busy` for assistive technology. */
  busy?: boolean;
  ref?: Ref<WindowedListHandle>;
}

/**
 * A list that draws only the rows in view (plus a few), so thousands of
 * posts scroll as fast as ten. One focus stop: arrows, Page Up/Down,
 * Home/End move the active row; Enter or Space chooses it.
 */
export function WindowedList<T>({
  items,
  rowHeight,
  itemKey,
  renderItem,
  onChoose,
  chosenKey,
  label,
  id,
  busy = false,
  ref,
}: WindowedListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const height = useElementHeight(scroller);
  const [scrollTop, setScrollTop] = useState(0);
  const [activeKey, setActiveKey] = useState<string | null>(chosenKey ?? null);

  const keyIndex = activeKey === null ? -1 : items.findIndex((item) => itemKey(item) === activeKey);
  const active = keyIndex === -1 ? (items.length > 0 ? 0 : -1) : keyIndex;

  useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), []);

  const reveal = (index: number) => {
    const element = scroller.current;
    if (!element) return;
    const top = scrollToReveal(index, element.scrollTop, element.clientHeight || height, rowHeight);
    if (top !== null) {
      element.scrollTop = top;
      setScrollTop(top);
    }
  };

  // The chosen item changed from outside (a post opened from a tab or the palette): make it active.
  const [followedKey, setFollowedKey] = useState(chosenKey);
  if (chosenKey !== followedKey) {
    setFollowedKey(chosenKey);
    if (chosenKey != null) setActiveKey(chosenKey);
  }
  const chosenIndex =
    chosenKey == null ? -1 : items.findIndex((item) => itemKey(item) === chosenKey);
  // …and scroll to it; the scroll event brings `scrollTop` along.
  useEffect(() => {
    const element = scroller.current;
    if (!element || chosenIndex === -1) return;
    const top = scrollToReveal(chosenIndex, element.scrollTop, element.clientHeight, rowHeight);
    if (top !== null) element.scrollTop = top;
  }, [chosenIndex, rowHeight]);

  const moveTo = (index: number) => {
    if (items.length === 0) return;
    const next = Math.max(0, Math.min(items.length - 1, index));
    const item = items[next];
    if (item === undefined) return;
    setActiveKey(itemKey(item));
    reveal(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    if (event.key === 'ArrowDown') moveTo(active + 1);
    else if (event.key === 'ArrowUp') moveTo(active - 1);
    else if (event.key === 'PageDown') moveTo(active + page);
    else if (event.key === 'PageUp') moveTo(active - page);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      const item = items[active];
      if (item !== undefined) onChoose(item);
    } else return;
    event.preventDefault();
  };

  const { start, end } = visibleRows(scrollTop, height, rowHeight, items.length);
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index];
    if (item === undefined) continue;
    const key = itemKey(item);
    rows.push(
      <div
        key={key}
        id={`${id}-row-${index}`}
        role="option"
        aria-selected={index === active}
        aria-posinset={index + 1}
        aria-setsize={items.length}
        className="windowed-row"
        data-index={index}
        // React sets styles through the CSSOM, which the page's CSP allows.
        style={{ top: index * rowHeight, height: rowHeight }}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          setActiveKey(key);
          scroller.current?.focus();
          onChoose(item);
        }}
      >
        {renderItem(item, { active: index === active, chosen: key === chosenKey })}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      id={id}
      className="windowed-list"
      role="listbox"
      aria-label={label}
      aria-busy={busy}
      tabIndex={0}
      aria-activedescendant={active >= 0 ? `${id}-row-${active}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="windowed-spacer" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
