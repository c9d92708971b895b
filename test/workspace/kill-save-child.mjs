// Run by kill-save.test.ts as plain JavaScript (a tsx start-up takes four
// times as long, and the test starts 200 of these): saves content B and A
// in turn into every file given, with the app's writeFileAtomic, until it
// is killed. Prints "ready" as the loop starts, so the kill lands inside it.
//
// node kill-save-child.mjs <atomic-write.mjs> <content A> <content B> <file>...
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const [writerModule, aFile, bFile, ...files] = process.argv.slice(2);
const { writeFileAtomic } = await import(pathToFileURL(writerModule).href);
const contents = [await readFile(bFile), await readFile(aFile)];

async function saveForever(file) {
  for (let round = 0; ; round += 1) await writeFileAtomic(file, contents[round % 2]);
}
const saving = Promise.all(files.map(saveForever));
process.stdout.write('ready\n');
await saving;
