import { defineConfig } from 'vitest/config';

// Four projects, one command (`npm test`): pure logic, Preact islands in happy-dom,
// content validation, and the built site in a real Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // Generous timeouts: these run beside the browser project's site build on 2 cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'islands',
          include: ['tests/islands/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time on a 2-core machine; files run in sequence.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
