import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, temporaryCopy } from './run-cli';

// `recap-studio export` on a copy of the sample site: a small Hugo site in
// linkerd.io's layout, with a recap bundle that has a cover.

const sampleSite = resolve(import.meta.dirname, '..', '..', 'resources', 'sample-site');
const recap = 'content/blog/2025/0506-kubecon-eu-2021-talks-recap/index.md';
const legacy = 'content/blog/2019/0329-icymi-march-2019-meetup/index.md';

let copy: { root: string; remove: () => Promise<void> };
beforeEach(async () => {
  copy = await temporaryCopy(sampleSite);
});
afterEach(() => copy.remove());

const at = (path: string): string => join(copy.root, path);
const listing = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();

describe('recap-studio export', () => {
  it('writes the bundle, byte for byte, with the files the post uses', async () => {
    const run = await runCli(['export', recap, '--out', 'out'], copy.root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${recap}: exported to out/0506-kubecon-eu-2021-talks-recap/index.md with cover.png\n`,
    );
    expect(listing(at('out'))).toEqual([
      '0506-kubecon-eu-2021-talks-recap/cover.png',
      '0506-kubecon-eu-2021-talks-recap/index.md',
    ]);
    expect(readFileSync(at('out/0506-kubecon-eu-2021-talks-recap/index.md'))).toEqual(
      readFileSync(at(recap)),
    );
  });

  it('never replaces an earlier export without --force, and leaves it as it was', async () => {
    expect((await runCli(['export', recap, '--out', 'out'], copy.root)).status).toBe(0);
    const exported = at('out/0506-kubecon-eu-2021-talks-recap/index.md');
    writeFileSync(exported, 'edited by hand\n');
    writeFileSync(at('out/0506-kubecon-eu-2021-talks-recap/notes.txt'), 'mine\n');

    const refused = await runCli(['export', recap, '--out', 'out'], copy.root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /already exists\. Choose another folder, or replace it \(--force\)/,
    );
    expect(readFileSync(exported, 'utf8')).toBe('edited by hand\n');

    const forced = await runCli(['export', recap, '--out', 'out', '--force'], copy.root);
    expect(forced.status).toBe(0);
    expect(readFileSync(exported)).toEqual(readFileSync(at(recap)));
    // Files of the folder the export does not write stay.
    expect(readFileSync(at('out/0506-kubecon-eu-2021-talks-recap/notes.txt'), 'utf8')).toBe(
      'mine\n',
    );
    expect(listing(at('out'))).not.toContainEqual(expect.stringMatching(/recap-studio/));
  });

  it('does not export a post with errors, and says why', async () => {
    const broken = at('content/blog/2025/0601-welcome-to-recap-studio/index.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^date: .*$/m, 'date: someday'));
    const run = await runCli(
      ['export', 'content/blog/2025/0601-welcome-to-recap-studio/index.md', '--out', 'out'],
      copy.root,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not exported:');
    expect(run.stderr).toContain('Error on line 2: Hugo cannot read "someday" in "date" as a date');
    expect(existsSync(at('out/0601-welcome-to-recap-studio'))).toBe(false);
  });

  it('stops on a file the post names that its folder does not have', async () => {
    writeFileSync(at(recap), readFileSync(at(recap), 'utf8') + '\n![Diagram](diagram.png)\n');
    const run = await runCli(['export', recap, '--out', 'out'], copy.root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /This image on line \d+ refers to "diagram\.png", but the post's folder has no such file\./,
    );
    expect(existsSync(at('out'))).toBe(false);
  });

  it('lists warnings and exports; with --strict they stop it', async () => {
    const strict = await runCli(['export', legacy, '--out', 'out', '--strict'], copy.root);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('warning  schema/legacy-shape');
    expect(strict.stderr).toMatch(
      /not exported: with --strict, its \d+ warnings stop the export\./,
    );
    expect(existsSync(at('out'))).toBe(false);

    const lenient = await runCli(['export', legacy, '--out', 'out'], copy.root);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('warning  schema/legacy-shape');
  });

  it('migrates, clears the draft flag and formats on the way out, leaving the source alone', async () => {
    const source = readFileSync(at(legacy), 'utf8');
    writeFileSync(at(legacy), source.replace(/^title:/m, 'draft: true\ntitle:'));
    const before = readFileSync(at(legacy));
    const run = await runCli(
      ['export', legacy, '--out', 'out', '--migrate', '--clear-draft', '--format'],
      copy.root,
    );
    expect(run.status).toBe(0);
    const exported = readFileSync(at('out/0329-icymi-march-2019-meetup/index.md'), 'utf8');
    expect(exported).not.toMatch(/^draft:/m);
    expect(exported).not.toMatch(/^author:/m);
    expect(exported).toMatch(/^params:\n(?: {2}.*\n)*? {2}author: /m);
    expect(readFileSync(at(legacy))).toEqual(before);
  });

  it('writes one .md file with --single-file, and refuses it for a post with files', async () => {
    const single = await runCli(['export', legacy, '--out', 'out', '--single-file'], copy.root);
    expect(single.status).toBe(0);
    expect(listing(at('out'))).toEqual(['0329-icymi-march-2019-meetup.md']);
    expect(readFileSync(at('out/0329-icymi-march-2019-meetup.md'))).toEqual(
      readFileSync(at(legacy)),
    );
    const again = await runCli(['export', legacy, '--out', 'out', '--single-file'], copy.root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');

    const withCover = await runCli(['export', recap, '--out', 'out', '--single-file'], copy.root);
    expect(withCover.status).toBe(1);
    expect(withCover.stderr).toContain(
      'It goes with files of its folder (cover.png), which one .md file would leave behind',
    );
  });

  it('explains a wrong command line with exit status 2', async () => {
    const noOut = await runCli(['export', recap], copy.root);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('Give the folder to export into with --out DIR.');
    const missing = await runCli(['export', 'content/nope.md', '--out', 'out'], copy.root);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('content/nope.md: not exported: there is no such file.\n');
    const help = await runCli(['export', '--help'], copy.root);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: recap-studio export FILE --out DIR');
  });
});
