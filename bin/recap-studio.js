#!/usr/bin/env node
// Entry of the `recap-studio` command. Runs the built CLI (`npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error(
    'recap-studio: the CLI is not built yet. Run `npm run build` in the project folder first.',
  );
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
