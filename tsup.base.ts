import { defineConfig, type Options } from 'tsup';

export interface PackageBuild {
  /** Entry points: `{ index: 'src/index.ts', vitest: 'src/vitest.ts' }` gives `dist/index.*`, `dist/vitest.*`. */
  entry: Record<string, string>;
  /**
   * ESM-only dependencies (p-retry, jose) are bundled into the CommonJS build so that `require()` works
   * on every Node.js 20; the ESM build keeps them external.
   */
  esmOnlyDependencies?: string[];
}

/** One build recipe for every package: ESM + CJS, each with its own type file (.d.ts / .d.cts). */
export function packageBuild({ entry, esmOnlyDependencies = [] }: PackageBuild) {
  const common: Options = {
    entry,
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    dts: true,
    splitting: false,
    treeshake: true,
    outDir: 'dist',
  };
  return defineConfig([
    { ...common, format: ['esm'] },
    { ...common, format: ['cjs'], noExternal: esmOnlyDependencies },
  ]);
}
