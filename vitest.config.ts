import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two files at once (Vitest would use one on 2 cores): the unit and deploy tests wait on child processes (the
    // editing scripts, git, builds) for much of their time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // Drawing every image, or starting the editing scripts as an editor would, takes seconds on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude: ['tests/site/lighthouse.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-site.ts'],
          // After the unit and deploy tests, one file at a time: one Chromium already keeps both cores busy.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // Lighthouse times the main thread: last, alone, with nothing else running.
          name: 'lighthouse',
          include: ['tests/site/lighthouse.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-site.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 420_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Deploys for real (git, the post-receive hook, real builds, nginx), each file in copies of its own, beside
          // the unit tests.
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
