import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests spawn git and node; two cores here, so give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LC_ALL: 'C' },
    // dist/ rebuilt when src/ is newer (tests of the command, hooks and Action run the bundles); a
    // temporary folder of the run's own, and the run fails when a test leaves something in it.
    globalSetup: ['test/helpers/buildBundle.ts', 'test/helpers/noLeftovers.ts'],
  },
});
