import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryFilePrefix } from '../../src/main/services/atomic-write';
import { TemporaryFolders } from './helpers';

const child = resolve(import.meta.dirname, 'kill-save-child.mjs');
const writerSource = resolve(import.meta.dirname, '../../src/main/services/atomic-write.ts');
const temporary = new TemporaryFolders();

// Different lengths and letters, so a torn or truncated write can never pass for either.
const contentA = Buffer.from(`${'a'.repeat(99)}\n`.repeat(3000));
const contentB = Buffer.from(`${'b'.repeat(79)}\n`.repeat(2000));
const lanes = 8;
const killsPerLane = 25;
const savedFiles = ['first.md', 'second.md'];

let base = '';
let writerModule = '';
let aFile = '';
let bFile = '';

beforeAll(async () => {
  base = await temporary.make();
  // The child runs the app's writeFileAtomic, with only its types stripped.
  const source = await readFile(writerSource, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writerModule = join(base, 'atomic-write.mjs');
  aFile = join(base, 'a.bin');
  bFile = join(base, 'b.bin');
  await writeFile(writerModule, outputText);
  await writeFile(aFile, contentA);
  await writeFile(bFile, contentB);
});
afterAll(() => temporary.cleanUp());

/** Starts a child saving in a loop; resolves once the loop runs. */
async function startSaving(files: string[]): Promise<ReturnType<typeof spawn>> {
  const saver = spawn(process.execPath, [child, writerModule, aFile, bFile, ...files], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error('The saving child did not start.')), 20_000);
    saver.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    saver.once('exit', (code) => reject(new Error(`The saving child exited early (${code}).`)));
  });
  return saver;
}

interface LaneResult {
  kills: number;
  /** Rounds after which a file held B: saves did complete between kills. */
  completedSaves: number;
  interruptedSaves: number;
  problems: string[];
}

async function runLane(folder: string): Promise<LaneResult> {
  await mkdir(folder);
  const files = savedFiles.map((name) => join(folder, name));
  for (const file of files) await writeFile(file, contentA);
  const result: LaneResult = { kills: 0, completedSaves: 0, interruptedSaves: 0, problems: [] };
  for (let round = 0; round < killsPerLane; round += 1) {
    const saver = await startSaving(files);
    await new Promise((resolveDelay) => setTimeout(resolveDelay, Math.random() * 25));
    const exited = once(saver, 'exit');
    saver.kill('SIGKILL');
    const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    if (signal !== 'SIGKILL') result.problems.push(`round ${round}: the child ended by ${signal}`);
    result.kills += 1;
    for (const file of files) {
      const bytes = await readFile(file);
      if (bytes.equals(contentB)) result.completedSaves += 1;
      else if (!bytes.equals(contentA))
        result.problems.push(
          `round ${round}: ${file} holds ${bytes.length} bytes of neither version`,
        );
    }
    for (const name of await readdir(folder)) {
      if (savedFiles.includes(name)) continue;
      // A temp file of ours may stay behind (the watcher ignores it; opening the folder removes it later).
      if (name.startsWith(temporaryFilePrefix)) result.interruptedSaves += 1;
      else result.problems.push(`round ${round}: a stray file ${name} was left`);
    }
  }
  return result;
}

describe('atomic saving', () => {
  it(`leaves the old or the new content after each of ${lanes * killsPerLane} kill -9s, never a mix`, async () => {
    const results = await Promise.all(
      Array.from({ length: lanes }, (_, lane) => runLane(join(base, `lane-${lane}`))),
    );
    expect(results.flatMap((result) => result.problems)).toEqual([]);
    expect(results.reduce((sum, result) => sum + result.kills, 0)).toBe(lanes * killsPerLane);
    // Some kills must have landed mid-save, or the test proved nothing.
    expect(results.reduce((sum, result) => sum + result.interruptedSaves, 0)).toBeGreaterThan(0);
  }, 120_000);
});
