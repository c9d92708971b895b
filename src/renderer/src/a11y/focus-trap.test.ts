// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, tabbables, trapTab } from './focus-trap';

function dialog(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

function tab(container: Element, shiftKey = false): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(event, container);
  return event.defaultPrevented;
}

afterEach(() => document.body.replaceChildren());

describe('focus trap', () => {
  const html = `
    <button id="close">Close</button>
    <input id="title">
    <button disabled>Off</button>
    <div hidden><button>Hidden</button></div>
    <span tabindex="-1">Not a stop</span>
    <button id="create">Create</button>`;

  it('finds the stops Tab visits, in order', () => {
    expect(tabbables(dialog(html)).map((element) => element.id)).toEqual([
      'close',
      'title',
      'create',
    ]);
  });

  it('wraps Tab from the last stop to the first, and Shift+Tab the other way', () => {
    const container = dialog(html);
    document.getElementById('create')!.focus();
    expect(tab(container)).toBe(true);
    expect(document.activeElement?.id).toBe('close');
    expect(tab(container, true)).toBe(true);
    expect(document.activeElement?.id).toBe('create');
  });

  it('lets Tab move between the stops in between as usual', () => {
    const container = dialog(html);
    document.getElementById('title')!.focus();
    expect(tab(container)).toBe(false);
    expect(tab(container, true)).toBe(false);
    expect(document.activeElement?.id).toBe('title');
  });

  it('brings focus back in when it is outside, and holds it when there is no stop', () => {
    const outside = dialog('<button id="outside">Outside</button>');
    const container = dialog(html);
    document.getElementById('outside')!.focus();
    expect(tab(container)).toBe(true);
    expect(document.activeElement?.id).toBe('close');
    const empty = dialog('<p>Nothing to focus.</p>');
    outside.querySelector('button')!.focus();
    expect(tab(empty)).toBe(true);
    expect(document.activeElement?.id).toBe('outside');
  });
});

describe('deepActiveElement', () => {
  it('looks into shadow roots for the element with focus', () => {
    const host = dialog('');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('button');
    root.append(inner);
    inner.focus();
    expect(document.activeElement).toBe(host);
    expect(deepActiveElement()).toBe(inner);
  });
});
