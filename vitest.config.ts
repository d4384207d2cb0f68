import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Most of a test file's time is PGlite working on its own thread, so one more file than
    // cores keeps both cores busy.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          // Generous limits, not speed checks: tests that start PGlite in a new process or
          // folder spend most of their time in initdb, and a loaded 2-core machine doubles it.
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
