import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Generous: a test must hold on a busy machine (CI beside other work); a hang still fails.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // PGlite instances are memory-hungry and the machines have two cores.
    maxWorkers: 2,
    pool: 'forks',
    // A worker keeps the modules it has loaded from one test file to the next: the app's module graph
    // is transformed and imported once per worker, not once per file (about 180 s of CI's CPU on two
    // cores). Tests share no module state that matters: no mocks, no changes to process.env, each
    // test opens its own database and app.
    isolate: false,
  },
});
