import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import packages by their public names; resolve them to source so unit tests need no build.
// `@onceonly/x` → packages/x/src/index.ts, `@onceonly/x/sub` → packages/x/src/sub.ts.
// The packed-tarball smoke test (test/packaging) checks the built packages as users get them.
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@onceonly\/([^/]+)\/(.+)$/, replacement: `${packagesDir}$1/src/$2.ts` },
      { find: /^@onceonly\/([^/]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/bench/**'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
