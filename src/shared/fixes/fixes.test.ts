import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { parsePost } from '../post';
import { prepareValidation, validatePost, type SiteFacts } from '../validate';
import { applyVideoEdit } from '../videos';
import { combineFixes, fixesFor, uploadDateWithZone, type FixContext } from './index';

const site: SiteFacts = {
  authors: new Set(['jason', 'jasen', 'william']),
  shortcodes: new Map(),
  markdownlint: { blog: { default: true, 'line-length': false }, default: null },
  videoConvention: 'google',
};
const context: FixContext = { authors: [...site.authors!] };

const entry = (id: string, extra = '') =>
  `    - title: Talk ${id}\n      embedUrl: https://www.youtube.com/embed/${id}\n` +
  `      thumbnailUrl: http://i.ytimg.com/vi/${id}/hqdefault.jpg\n` +
  `      uploadDate: 2021-05-14\n${extra}`;

const recap =
  '---\ntitle: A recap\ndescription: Two talks from the meetup, each with its recording and a few words.\n' +
  'date: 2024-01-01T00:00:00Z\nparams:\n  author: jasn\n  videoSchema:\n' +
  entry('BWL4889RKhU', '      duration: PT0S\n') +
  entry('dDW1OoTaMdU') +
  '---\n\n## Talk BWL4889RKhU\n\n{{< youtube "BWL4889RKhU" >}}\n\nText. \n\n' +
  '## Talk dDW1OoTaMdU\n\n{{< youtube dDW1OoTaMdU >}}\n\nMore.\n';

async function check(text: string): Promise<Diagnostic[]> {
  await prepareValidation();
  return validatePost(parsePost(text), {
    path: 'content/blog/2024/0101-recap/index.md',
    site,
    bundleFiles: null,
  });
}

/** The text after the first fix of the first finding of `rule`, and the fix's title. */
async function fixFirst(text: string, rule: string, choice = 0) {
  const finding = (await check(text)).find((d) => d.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding`);
  const fixes = fixesFor(parsePost(text), finding, context);
  const fix = fixes[choice];
  if (!fix) throw new Error(`no fix for ${rule}`);
  return { title: fix.title, titles: fixes.map((f) => f.title), text: applyVideoEdit(text, fix) };
}

describe('quick fixes', () => {
  it('changes an http thumbnail to https, touching only that value', async () => {
    const fixed = await fixFirst(recap, 'video/thumbnail-http');
    expect(fixed.title).toBe('Change to https://');
    expect(fixed.text).toBe(
      recap.replace('http://i.ytimg.com/vi/BWL4889RKhU', 'https://i.ytimg.com/vi/BWL4889RKhU'),
    );
    const left = (await check(fixed.text)).filter((d) => d.rule === 'video/thumbnail-http');
    expect(left).toHaveLength(1);
  });

  it('offers the closest author keys, closest first, and writes the chosen one', async () => {
    const fixed = await fixFirst(recap, 'schema/author-unknown');
    expect(fixed.titles).toEqual(['Did you mean "jason"?', 'Did you mean "jasen"?']);
    expect(fixed.text).toBe(recap.replace('author: jasn', 'author: jason'));
    expect((await check(fixed.text)).map((d) => d.rule)).not.toContain('schema/author-unknown');
    const second = await fixFirst(recap, 'schema/author-unknown', 1);
    expect(second.text).toBe(recap.replace('author: jasn', 'author: jasen'));
  });

  it('offers no author when none is close, and none when the site has no authors file', async () => {
    const far = recap.replace('author: jasn', 'author: zebedee');
    const finding = (await check(far)).find((d) => d.rule === 'schema/author-unknown')!;
    expect(fixesFor(parsePost(far), finding, context)).toEqual([]);
    const near = (await check(recap)).find((d) => d.rule === 'schema/author-unknown')!;
    expect(fixesFor(parsePost(recap), near, { authors: null })).toEqual([]);
  });

  it('keeps a quoted author value valid YAML', async () => {
    const quoted = recap.replace('author: jasn', 'author: "jasn"');
    const fixed = await fixFirst(quoted, 'schema/author-unknown');
    expect(fixed.text).toBe(quoted.replace('author: "jasn"', 'author: "jason"'));
  });

  it('adds a time zone to an upload date', async () => {
    const fixed = await fixFirst(recap, 'video/upload-date-no-zone');
    expect(fixed.title).toBe('Add a time zone: 2021-05-14T00:00:00Z');
    expect(fixed.text).toBe(
      recap.replace('uploadDate: 2021-05-14\n', 'uploadDate: 2021-05-14T00:00:00Z\n'),
    );
    expect(uploadDateWithZone('2021-05-14T09:30:00')).toBe('2021-05-14T09:30:00Z');
    expect(uploadDateWithZone('2021-05-14T09:30:00+02:00')).toBeNull();
    expect(uploadDateWithZone('soon')).toBeNull();
  });

  it('removes trailing spaces, and only them', async () => {
    const fixed = await fixFirst(recap, 'markdownlint/no-trailing-spaces');
    expect(fixed.title).toBe('Remove the trailing spaces');
    expect(fixed.text).toBe(recap.replace('Text. \n', 'Text.\n'));
    const crlf = recap.replace(/\n/g, '\r\n');
    const fixedCrlf = await fixFirst(crlf, 'markdownlint/no-trailing-spaces');
    expect(fixedCrlf.text).toBe(crlf.replace('Text. \r\n', 'Text.\r\n'));
  });

  it('removes a zero duration', async () => {
    const fixed = await fixFirst(recap, 'video/duration-zero');
    expect(fixed.text).toBe(recap.replace('      duration: PT0S\n', ''));
  });

  it('adds an entry for a video the text shows without one, as the form does', async () => {
    const shown = recap.replace('Text. \n', 'Text.\n\n{{< youtube "YJ8zP-lqB5E" >}}\n');
    const fixed = await fixFirst(shown, 'video/missing-schema');
    expect(fixed.title).toBe('Add an entry for this video');
    const entries = parsePost(fixed.text).get(['params', 'videoSchema']) as Record<
      string,
      string
    >[];
    expect(entries.map((e) => e.embedUrl)).toEqual([
      'https://www.youtube.com/embed/BWL4889RKhU',
      'https://www.youtube.com/embed/YJ8zP-lqB5E',
      'https://www.youtube.com/embed/dDW1OoTaMdU',
    ]);
    expect((await check(fixed.text)).map((d) => d.rule)).not.toContain('video/missing-schema');
  });

  it('inserts a section for an unused entry, or removes it', async () => {
    const unused = recap.replace('{{< youtube dDW1OoTaMdU >}}\n\n', '');
    const inserted = await fixFirst(unused, 'video/unused-schema');
    expect(inserted.titles).toEqual(['Insert a section for it', 'Remove the entry']);
    expect(inserted.text).toContain('{{< youtube "dDW1OoTaMdU" >}}');
    expect((await check(inserted.text)).map((d) => d.rule)).not.toContain('video/unused-schema');
    const removed = await fixFirst(unused, 'video/unused-schema', 1);
    expect(removed.text).not.toContain('dDW1OoTaMdU/hqdefault');
    expect((await check(removed.text)).map((d) => d.rule)).not.toContain('video/unused-schema');
  });

  it("under the site's convention, puts every entry in Google's form from the note, as one edit", async () => {
    await prepareValidation();
    const doc = parsePost(recap);
    const bySite = validatePost(doc, {
      path: 'content/blog/2024/0101-recap/index.md',
      site: { ...site, videoConvention: 'site' },
      bundleFiles: null,
    });
    const note = bySite.find((d) => d.rule === 'video/site-convention')!;
    const [fix, ...others] = fixesFor(doc, note, context);
    expect(others).toEqual([]);
    expect(fix?.title).toBe("Follow Google's advice in every entry");
    expect(fix?.changes).toHaveLength(4);
    expect(applyVideoEdit(recap, fix!)).toBe(
      recap
        .replaceAll('uploadDate: 2021-05-14\n', 'uploadDate: 2021-05-14T00:00:00Z\n')
        .replaceAll('thumbnailUrl: http://', 'thumbnailUrl: https://'),
    );
  });

  it('has no fix for findings that need a person', async () => {
    for (const finding of await check(recap.replace('title: A recap', 'title: ""'))) {
      if (finding.rule.startsWith('schema/title')) {
        expect(fixesFor(parsePost(recap), finding, context)).toEqual([]);
      }
    }
  });

  it('fixes every finding of a rule in one edit', async () => {
    const doc = parsePost(recap);
    const findings = (await check(recap)).filter((d) => d.rule === 'video/upload-date-no-zone');
    expect(findings).toHaveLength(2);
    const all = combineFixes(
      findings.flatMap((finding) => fixesFor(doc, finding, context).slice(0, 1)),
      'Fix all 2',
    );
    expect(all?.changes).toHaveLength(2);
    const fixed = applyVideoEdit(recap, all!);
    expect(fixed).toBe(
      recap.replaceAll('uploadDate: 2021-05-14\n', 'uploadDate: 2021-05-14T00:00:00Z\n'),
    );
    expect(combineFixes([], 'Fix all 0')).toBeNull();
  });

  it('leaves out a fix that would overlap one already taken', () => {
    const a = { title: 'a', changes: [{ from: 2, to: 5, insert: 'x' }] };
    const b = { title: 'b', changes: [{ from: 4, to: 6, insert: 'y' }] };
    const c = { title: 'c', changes: [{ from: 0, to: 1, insert: 'z' }] };
    expect(combineFixes([a, b, c], 'all')?.changes).toEqual([...c.changes, ...a.changes]);
  });
});
