import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/setup/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine, and the
    // suite ran file after file. Many files spend their time waiting on child processes and the local
    // HTTP server, so one worker per core (at least two) overlaps that waiting.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
