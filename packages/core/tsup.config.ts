import { packageBuild } from '../../tsup.base';

export default packageBuild({
  entry: { index: 'src/index.ts', redis: 'src/redis.ts' },
  esmOnlyDependencies: ['p-retry', 'is-network-error', 'jose'],
});
