import { describe, expect, it } from 'vitest';

describe('the PostgreSQL half', () => {
  it.runIf(process.env.CI)('is never skipped in CI: TEST_DATABASE_URL is set', () => {
    expect(process.env.TEST_DATABASE_URL, 'CI must export TEST_DATABASE_URL').toMatch(/^postgres(ql)?:\/\//);
  });
});
