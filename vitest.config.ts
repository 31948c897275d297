import { defineConfig } from 'vitest/config';

// Tests mirror src/: test/<layer>/<module>.test.ts. Browser tests live in test/browser and
// need Debian's chromium (.ci/run installs it); they skip themselves where it is missing.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Temporary folders of a run in one folder, removed at its end.
    globalSetup: ['test/temp-folder-setup.ts'],
  },
});
