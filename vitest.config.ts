import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The tests spend much of their time waiting on files, child processes and
    // timers: two workers on a two-core machine take the run from eight
    // minutes to five and a half (Vitest's default there is one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
