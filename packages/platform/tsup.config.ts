import { packageBuild } from '../../tsup.base';

export default packageBuild({
  entry: { index: 'src/index.ts', postgres: 'src/postgres.ts' },
  // p-retry 7 is ESM-only: bundled into the CommonJS build so that require() works.
  esmOnlyDependencies: ['p-retry', 'is-network-error'],
});
