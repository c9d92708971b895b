import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noExportOptions } from '../../../shared/ipc/export';
import { createServices, type Services } from '../create-services';

const sampleSite = resolve(import.meta.dirname, '../../../../resources/sample-site');
const recap = 'content/blog/2025/0506-kubecon-eu-2021-talks-recap/index.md';

let temp: string;
let site: string;
let services: Services;
let chosen: string | null;

beforeEach(async () => {
  temp = await realpath(await mkdtemp(join(tmpdir(), 'recap-export-service-')));
  site = join(temp, 'site');
  await cp(sampleSite, site, { recursive: true });
  await mkdir(join(temp, 'chosen'));
  await mkdir(join(temp, 'elsewhere'));
  chosen = join(temp, 'chosen');
  services = createServices({
    dataDir: join(temp, 'data'),
    trash: null,
    env: {},
    chooseExportFolder: () => Promise.resolve(chosen),
  });
  await services.init();
  await services.api['workspace.open']({ path: site });
});
afterEach(async () => {
  await services.dispose();
  await rm(temp, { recursive: true, force: true });
});

const write = (target: { kind: 'folder'; folder: string } | { kind: 'site' }, force = false) =>
  services.api['export.write']({
    path: recap,
    options: noExportOptions,
    target,
    acknowledgeWarnings: false,
    force,
  });

describe('ExportService', () => {
  it('plans the export: the text, no diff without options, its files and its place in the site', async () => {
    const plan = await services.api['export.prepare']({ path: recap, options: noExportOptions });
    expect(plan.text).toBe(readFileSync(join(site, recap), 'utf8'));
    expect(plan).toMatchObject({
      name: '0506-kubecon-eu-2021-talks-recap',
      postFile: '0506-kubecon-eu-2021-talks-recap/index.md',
      diff: '',
      assets: ['cover.png'],
      problems: [],
      errors: [],
      warnings: [],
      siteTarget: recap,
    });
    expect(plan).not.toHaveProperty('bundleFolder');
  });

  it('exports the editor’s text when given, and shows its diff', async () => {
    const text = readFileSync(join(site, recap), 'utf8') + '\n\n\nOne more line.\n';
    const plain = await services.api['export.prepare']({
      path: recap,
      text,
      options: noExportOptions,
    });
    expect(plain.warnings.map((w) => w.rule)).toContain('markdownlint/no-multiple-blanks');
    const formatted = await services.api['export.prepare']({
      path: recap,
      text,
      options: { ...noExportOptions, format: true },
    });
    expect(formatted.warnings).toEqual([]);
    expect(formatted.diff).toContain('-\n');
  });

  it('writes only into a folder the user chose', async () => {
    await expect(write({ kind: 'folder', folder: join(temp, 'elsewhere') })).rejects.toMatchObject({
      code: 'outside-workspace',
    });
    await expect(write({ kind: 'folder', folder: '/etc' })).rejects.toMatchObject({
      code: 'outside-workspace',
    });
    expect(existsSync(join(temp, 'elsewhere', '0506-kubecon-eu-2021-talks-recap'))).toBe(false);

    expect(await services.api['export.chooseFolder']({})).toEqual({ folder: chosen });
    const written = await write({ kind: 'folder', folder: join(temp, 'chosen') });
    expect(written).toEqual({
      postFile: join(temp, 'chosen', '0506-kubecon-eu-2021-talks-recap', 'index.md'),
      folder: join(temp, 'chosen', '0506-kubecon-eu-2021-talks-recap'),
      assets: ['cover.png'],
    });
    // A link inside the chosen folder that leads out of it does not carry the grant along.
    const { symlink } = await import('node:fs/promises');
    await symlink(join(temp, 'elsewhere'), join(temp, 'chosen', 'link'));
    await expect(
      write({ kind: 'folder', folder: join(temp, 'chosen', 'link') }),
    ).rejects.toMatchObject({
      code: 'outside-workspace',
    });
  });

  it('grants nothing when the dialog is cancelled', async () => {
    chosen = null;
    expect(await services.api['export.chooseFolder']({})).toBeNull();
    await expect(write({ kind: 'folder', folder: join(temp, 'chosen') })).rejects.toMatchObject({
      code: 'outside-workspace',
    });
  });

  it('refuses warnings nobody acknowledged, and errors in any case', async () => {
    await services.exporter.grantFolder(join(temp, 'chosen'));
    const legacy = 'content/blog/2019/0329-icymi-march-2019-meetup/index.md';
    const args = {
      path: legacy,
      options: noExportOptions,
      target: { kind: 'folder' as const, folder: join(temp, 'chosen') },
      force: false,
    };
    await expect(
      services.api['export.write']({ ...args, acknowledgeWarnings: false }),
    ).rejects.toThrow(/warnings; look at them and acknowledge them first/);
    expect(existsSync(join(temp, 'chosen', '0329-icymi-march-2019-meetup'))).toBe(false);
    await services.api['export.write']({ ...args, acknowledgeWarnings: true });
    expect(existsSync(join(temp, 'chosen', '0329-icymi-march-2019-meetup', 'index.md'))).toBe(true);

    await expect(
      services.api['export.write']({
        ...args,
        text: '---\ntitle: x\ndate: someday\n---\n\nBody.\n',
        acknowledgeWarnings: true,
        force: true,
      }),
    ).rejects.toThrow(/cannot be exported: Error on line 3/);
  });

  it('writes into the open site at its path convention, never over the post itself', async () => {
    await expect(write({ kind: 'site' })).rejects.toThrow(/already at .*its place in the site/);
    const draft = 'content/drafts/kubecon-draft/index.md';
    await mkdir(join(site, 'content/drafts/kubecon-draft'), { recursive: true });
    await writeFile(join(site, draft), readFileSync(join(site, recap)));
    await writeFile(join(site, 'content/drafts/kubecon-draft/cover.png'), 'png');
    const written = await services.api['export.write']({
      path: draft,
      options: noExportOptions,
      target: { kind: 'site' },
      acknowledgeWarnings: false,
      force: false,
    });
    expect(written.postFile).toBe(join(site, 'content/blog/2025/0506-kubecon-draft/index.md'));
    expect(readFileSync(written.postFile)).toEqual(readFileSync(join(site, draft)));
    expect(readFileSync(join(site, 'content/blog/2025/0506-kubecon-draft/cover.png'), 'utf8')).toBe(
      'png',
    );
  });
});
