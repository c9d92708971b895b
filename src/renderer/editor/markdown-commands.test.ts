import { EditorState, type Extension, type StateCommand } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  runCommand,
  stateToString,
  stateWithCursors,
} from '../../../test/renderer/cursor-notation';
import {
  cycleHeading,
  markdownCommandKeymap,
  markdownStyle,
  setHeading,
  toggleBold,
  toggleBulletList,
  toggleInlineCode,
  toggleItalic,
  toggleLink,
  toggleOrderedList,
} from './markdown-commands';

function check(command: StateCommand, from: string, to: string, extensions: Extension = []): void {
  expect(stateToString(runCommand(stateWithCursors(from, extensions), command))).toBe(to);
}

describe('toggleBold', () => {
  it('wraps a selection and keeps it selected', () =>
    check(toggleBold, 'a «word» b', 'a **«word»** b'));
  it('wraps the word around an empty cursor', () =>
    check(toggleBold, 'a wo|rd b', 'a **wo|rd** b'));
  it('inserts a pair of markers in empty space', () => check(toggleBold, 'a | b', 'a **|** b'));
  it('removes an empty pair it just inserted', () => check(toggleBold, 'a **|** b', 'a | b'));
  it('unwraps markers around the selection', () => check(toggleBold, '**«word»**', '«word»'));
  it('unwraps markers selected with the text', () => check(toggleBold, '«**word**»', '«word»'));
  it('unwraps the word around the cursor', () => check(toggleBold, 'a **wo|rd** b', 'a wo|rd b'));
  it('adds bold to italic text', () => check(toggleBold, '*«word»*', '***«word»***'));
  it('removes bold from bold italic text', () => check(toggleBold, '***«word»***', '*«word»*'));
  it('acts on every selection range', () =>
    check(toggleBold, '«one» two «three» fo|ur', '**«one»** two **«three»** **fo|ur**'));
  it('does nothing in a read-only state', () =>
    check(toggleBold, '«a»', '«a»', EditorState.readOnly.of(true)));
});

describe('toggleItalic', () => {
  it('uses underscores by default, as the site does', () =>
    check(toggleItalic, 'a «word»', 'a _«word»_'));
  it('uses the configured marker', () =>
    check(toggleItalic, 'a «word»', 'a *«word»*', markdownStyle.of({ italic: '*' })));
  it('unwraps a word written in underscores around the cursor', () =>
    check(toggleItalic, 'a _wo|rd_ b', 'a wo|rd b'));
  it('does not take bold for italic', () =>
    check(toggleItalic, '**«word»**', '***«word»***', markdownStyle.of({ italic: '*' })));
  it('removes italic from bold italic text', () =>
    check(toggleItalic, '***«word»***', '**«word»**', markdownStyle.of({ italic: '*' })));
});

describe('toggleInlineCode', () => {
  it('wraps and unwraps with backticks', () => {
    check(toggleInlineCode, 'run «ls»', 'run `«ls»`');
    check(toggleInlineCode, 'run `«ls»`', 'run «ls»');
  });
});

describe('toggleLink', () => {
  it('makes selected text the link text and puts the cursor in the target', () =>
    check(toggleLink, 'see «the docs» now', 'see [the docs](|) now'));
  it('makes a selected URL the target and puts the cursor in the text', () =>
    check(toggleLink, 'see «https://linkerd.io» now', 'see [|](https://linkerd.io) now'));
  it('inserts an empty link at a cursor', () => check(toggleLink, 'see | now', 'see [|]() now'));
  it('removes a link around its selected text', () =>
    check(toggleLink, 'see [«the docs»](https://linkerd.io) now', 'see «the docs» now'));
  it('acts on every selection range', () => check(toggleLink, '«a» «b»', '[a](|) [b](|)'));
});

describe('setHeading', () => {
  it('makes a line a heading', () => check(setHeading(2), 'Intro|', '## Intro|'));
  it('changes the level of a heading', () => check(setHeading(3), '## Int|ro', '### Int|ro'));
  it('turns a heading of the same level back into text', () =>
    check(setHeading(2), '## Int|ro', 'Int|ro'));
  it('moves a cursor at the line start past the markup', () =>
    check(setHeading(2), '|Intro', '## |Intro'));
  it('sets every selected line', () =>
    check(setHeading(2), '«one\n## two\nthree»', '«## one\n## two\n## three»'));
  it('level 0 removes the heading', () => check(setHeading(0), '#### a|', 'a|'));
  it('acts on lines of several ranges once each', () =>
    check(setHeading(1), 'a| b|\nc|', '# a| b|\n# c|'));
});

describe('cycleHeading', () => {
  it('starts at level 2, goes to 6, then back to text', () => {
    check(cycleHeading, 'a|', '## a|');
    check(cycleHeading, '## a|', '### a|');
    check(cycleHeading, '###### a|', 'a|');
  });
});

describe('toggleBulletList', () => {
  it('turns lines into a bullet list, skipping blank lines', () =>
    check(toggleBulletList, '«one\n\ntwo»', '«- one\n\n- two»'));
  it('starts a list on an empty line', () => check(toggleBulletList, '|', '- |'));
  it('removes the markers when every line is a bullet', () =>
    check(toggleBulletList, '«- one\n- two»', '«one\ntwo»'));
  it('turns a numbered list into bullets, keeping indentation', () =>
    check(toggleBulletList, '«1. one\n  2. two»', '«- one\n  - two»'));
  it('uses the configured bullet', () =>
    check(toggleBulletList, 'a|', '* a|', markdownStyle.of({ bullet: '*' })));
});

describe('toggleOrderedList', () => {
  it('numbers the selected lines', () =>
    check(toggleOrderedList, '«one\ntwo\nthree»', '«1. one\n2. two\n3. three»'));
  it('restarts numbering for each selection range', () =>
    check(toggleOrderedList, 'a|\nskip\nb|\nc|', '1. a|\nskip\n1. b|\n2. c|'));
  it('removes numbers when every line is numbered', () =>
    check(toggleOrderedList, '«1. one\n2) two»', '«one\ntwo»'));
  it('turns bullets into numbers', () =>
    check(toggleOrderedList, '«- one\n- two»', '«1. one\n2. two»'));
});

describe('markdownCommandKeymap', () => {
  it('binds the usual shortcuts', () => {
    const keys = markdownCommandKeymap.map((binding) => binding.key);
    for (const key of [
      'Mod-b',
      'Mod-i',
      'Mod-k',
      'Mod-Alt-1',
      'Mod-Alt-6',
      'Mod-Shift-8',
      'Mod-Shift-7',
    ]) {
      expect(keys).toContain(key);
    }
  });
});
