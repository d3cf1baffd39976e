import type { Options } from 'tsup';
import { packageBuild } from '../../tsup.base';

// The bundled NSO data is mostly Vietnamese text: emit it as UTF-8 instead of `\uXXXX` escapes, which
// makes dist about a third smaller. Everything else is the shared recipe.
const base = packageBuild({ entry: { index: 'src/index.ts' } }) as Options[];

export default base.map(
  (options): Options => ({
    ...options,
    esbuildOptions(esbuild) {
      esbuild.charset = 'utf8';
    },
  }),
);
