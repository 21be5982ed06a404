import { defineConfig } from 'vitest/config';

// The same suite runs on embedded PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set.
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    // Most of the suite waits (on timers, HTTP, PostgreSQL in its own process) rather than
    // computes: more files at once than cores keeps both cores busy.
    maxWorkers: 4,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: databases.map((db) => ({
      extends: true,
      test: {
        name: db,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        env: { SPORTELLO_TEST_DB: db },
      },
    })),
  },
});
