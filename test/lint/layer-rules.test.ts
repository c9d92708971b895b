import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each layer rule of eslint.config.js, run by ESLint's Node API on a small
// file that breaks it (in memory, linted as if it were at `path`), and on
// one that keeps it.

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..', '..') });

async function importProblems(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const cases: {
  rule: string;
  path: string;
  breaks: string;
  keeps: string;
  message: string;
}[] = [
  {
    rule: 'the preload imports only electron and src/shared/ipc',
    path: 'src/preload/fixture.ts',
    breaks: "import { parsePost } from '../shared/post';\nvoid parsePost;\n",
    keeps:
      "import { ipcRenderer } from 'electron';\nimport { channels } from '../shared/ipc/contract';\nvoid ipcRenderer;\nvoid channels;\n",
    message: 'The preload imports only electron and src/shared/ipc.',
  },
  {
    rule: 'the preload has no Node APIs',
    path: 'src/preload/fixture.ts',
    breaks: "import { readFile } from 'node:fs';\nvoid readFile;\n",
    keeps: "import { buildStudioApi } from './studio-api';\nvoid buildStudioApi;\n",
    message: 'The preload imports only electron and src/shared/ipc.',
  },
  {
    rule: 'the preload does not reach into main',
    path: 'src/preload/fixture.ts',
    breaks: "import { Workspace } from '../main/services/workspace/workspace';\nvoid Workspace;\n",
    keeps: "import { events } from '../shared/ipc/contract';\nvoid events;\n",
    message: 'The preload imports only electron and src/shared/ipc.',
  },
  {
    rule: 'src/main/electron does not import src/main/web',
    path: 'src/main/electron/fixture.ts',
    breaks: "import { parseWebArgs } from '../web/launch-options';\nvoid parseWebArgs;\n",
    keeps: "import { chooseFolder } from '../services/folder-choice';\nvoid chooseFolder;\n",
    message:
      'src/main/electron does not import src/main/web; shared start-up code lives in src/main/services.',
  },
  {
    rule: 'src/renderer/editor does not import src/renderer/src',
    path: 'src/renderer/editor/fixture.ts',
    breaks: "import { App } from '../src/App';\nvoid App;\n",
    keeps: "import { splitPost } from '../../shared/post/split';\nvoid splitPost;\n",
    message: 'src/renderer/editor does not import src/renderer/src.',
  },
  {
    rule: 'src/renderer/editor keeps the renderer’s own rules',
    path: 'src/renderer/editor/fixture.ts',
    breaks: "import { readFile } from 'node:fs';\nvoid readFile;\n",
    keeps: "import { EditorState } from '@codemirror/state';\nvoid EditorState;\n",
    message: 'The renderer has no Node or Electron.',
  },
  {
    rule: 'src/shared/render does not import src/shared/preview',
    path: 'src/shared/render/goldmark/fixture.ts',
    breaks: "import { renderIncrementally } from '../../preview';\nvoid renderIncrementally;\n",
    keeps: "import { escapeHtml } from '../html';\nvoid escapeHtml;\n",
    message: 'src/shared/render must not import src/shared/preview (preview uses render).',
  },
  {
    rule: 'src/shared/render keeps shared’s own rules',
    path: 'src/shared/render/fixture.ts',
    breaks: "import { readFile } from 'node:fs';\nvoid readFile;\n",
    keeps: "import { parsePost } from '../post';\nvoid parsePost;\n",
    message: 'src/shared must not use Node APIs.',
  },
];

describe('the layer rules in eslint.config.js', () => {
  it.each(cases)('$rule', async ({ path, breaks, keeps, message }) => {
    expect(await importProblems(path, breaks)).toEqual([expect.stringContaining(message)]);
    expect(await importProblems(path, keeps)).toEqual([]);
  });
});
