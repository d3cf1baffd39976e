import { packageBuild } from '../../tsup.base';

export default packageBuild({
  entry: { index: 'src/index.ts' },
  // jose 6 is ESM-only: bundled into the CommonJS build so that require() works.
  esmOnlyDependencies: ['jose'],
});
