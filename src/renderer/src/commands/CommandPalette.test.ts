// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from './command';
import { CommandPalette } from './CommandPalette';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
const ran: string[] = [];
let closed = 0;

function command(id: string, title: string, shortcut?: string, enabled = true): Command {
  return {
    id,
    title,
    group: 'Post',
    shortcut,
    scope: 'app',
    enabled: () => enabled,
    run: () => ran.push(id),
  };
}

const commands = [
  command('save', 'Save post', 'Mod-s'),
  command('saveAll', 'Save all posts', 'Mod-Alt-s'),
  command('new', 'New post…', 'Mod-Alt-n'),
  command('reload', 'Reload from disk', undefined, false),
];

beforeEach(() => {
  vi.useFakeTimers();
  ran.length = 0;
  closed = 0;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(createElement(CommandPalette, { commands, onClose: () => closed++ })));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

const input = () => host.querySelector('input')!;
const options = () => [...host.querySelectorAll('[role="option"]')].map((li) => li.textContent);

function typeQuery(value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input(), value);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(key: string): void {
  act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('CommandPalette', () => {
  it('lists the commands that can run now, each with its shortcut', () => {
    expect(options()).toEqual([
      'Post:Save postCtrl+S',
      'Post:Save all postsCtrl+Alt+S',
      'Post:New post…Ctrl+Alt+N',
    ]);
  });

  it('narrows the list as one types and runs the chosen command after closing', () => {
    typeQuery('all');
    expect(options()).toEqual(['Post:Save all postsCtrl+Alt+S']);
    press('Enter');
    expect(closed).toBe(1);
    expect(ran).toEqual([]);
    act(() => vi.runAllTimers());
    expect(ran).toEqual(['saveAll']);
  });

  it('moves through the list with the arrows, wrapping around', () => {
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowUp');
    press('Enter');
    act(() => vi.runAllTimers());
    expect(ran).toEqual(['new']);
  });

  it('says so when nothing matches', () => {
    typeQuery('zzz');
    expect(host.textContent).toContain('No command matches “zzz”.');
    press('Enter');
    expect(closed).toBe(0);
  });
});
