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
    // In CI, also a JSON report: .ci/run prints its plain "N passed, N failed" line from it.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/test-results.json' }]] : ['default'],
    // Type tests (`*.test-d.ts`, expectTypeOf / @ts-expect-error) are checked by tsc and reported as tests.
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
