// The cross-engine browser tests (tests/engines): the production build in WebKit and Firefox.
// One file at a time in one worker: each engine is a whole browser, and CI has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engine.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    retry: 0,
    expect: { requireAssertions: true }
  }
});
