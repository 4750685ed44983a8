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
  },
});
