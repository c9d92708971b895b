import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { addListItem, moveListItem, removeListItem, setTypedText } from './form-edits';

describe('typing into a field', () => {
  it('keeps a plain value plain, through the keystroke that needs quotes', () => {
    let doc = parsePost('---\ntitle: Retries\n---\nBody\n');
    const field = { written: ['title'] };
    for (const text of ['Retries ', 'Retries i', 'Retries in'])
      doc = setTypedText(doc, field, text, true);
    expect(doc.text).toBe('---\ntitle: Retries in\n---\nBody\n');
  });

  it('keeps the quotes an author chose', () => {
    let doc = parsePost("---\nslug: 'retries'\n---\n");
    doc = setTypedText(doc, { written: ['slug'] }, 'retries-2', false);
    expect(doc.text).toBe("---\nslug: 'retries-2'\n---\n");
  });

  it('quotes what plain YAML would read as something else', () => {
    const doc = setTypedText(
      parsePost('---\ntitle: T\n---\n'),
      { written: ['title'] },
      'a: b',
      true,
    );
    expect(doc.get('title')).toBe('a: b');
  });
});

describe('keyword chips', () => {
  const field = { written: ['keywords'] };
  it('add, move and remove, each touching the list only', () => {
    let doc = parsePost('---\ntitle: T\nkeywords: [a, b]\n---\n');
    doc = addListItem(doc, field, 'c');
    expect(doc.text).toBe('---\ntitle: T\nkeywords: [a, b, c]\n---\n');
    doc = moveListItem(doc, field, 2, 0);
    expect(doc.get('keywords')).toEqual(['c', 'a', 'b']);
    doc = removeListItem(doc, field, 1);
    expect(doc.get('keywords')).toEqual(['c', 'b']);
    expect(addListItem(doc, field, 'b')).toBe(doc);
  });

  it('starts a list where there is none', () => {
    const doc = addListItem(parsePost('---\ntitle: T\n---\n'), field, 'mesh');
    expect(doc.get('keywords')).toEqual(['mesh']);
  });
});
