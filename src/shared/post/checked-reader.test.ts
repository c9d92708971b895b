import { describe, expect, it } from 'vitest';
import { parsePostChecked } from './checked-reader';
import { parsePost } from './document';
import type { FrontMatterLanguageOpinion } from './gray-matter-check';

describe('parsePostChecked', () => {
  it('reads a post with a language name after the delimiter as parsePost does', () => {
    const text = '---yaml\ntitle: One\n---\nBody\n';
    const checked = parsePostChecked(text);
    expect(checked.data).toEqual({ title: 'One' });
    expect(checked.readOnlyReason).toBe(parsePost(text).readOnlyReason);
  });

  it('refuses a block the second opinion takes for code, in edited documents too', () => {
    const seesCode: FrontMatterLanguageOpinion = () => ({ language: 'javascript', agrees: true });
    const text = '---yaml\ntitle: One\n---\nBody\n';
    const document = parsePost(text, seesCode);
    expect(document.data).toBeNull();
    expect(document.readOnlyReason).toMatch(/code/);
    expect(parsePost(text).data).toEqual({ title: 'One' });
    expect(document.replaceBody('Other\n').readOnlyReason).toMatch(/code/);
  });

  it('does not ask about plain delimiters', () => {
    let asked = 0;
    const counting: FrontMatterLanguageOpinion = () => {
      asked++;
      return null;
    };
    parsePost('---\ntitle: One\n---\nBody\n', counting);
    expect(asked).toBe(0);
    parsePost('---yml\ntitle: One\n---\nBody\n', counting);
    expect(asked).toBe(1);
  });
});
