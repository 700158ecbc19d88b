import {executeServerCommand} from '@web/test-runner-commands';
import fc from 'fast-check';

/**
 * fast-check, on the seed the test server gives (`property-seed` in web-test-runner.config.mjs): FC_SEED
 * when set, to replay a failure; a fixed one in CI; otherwise a new one each run, so the properties keep
 * finding new cases while we work. Every property test imports fc from here; the seed is set in a
 * root-level hook, before the file's first test.
 */
before(async () => {
  const {seed} = await executeServerCommand<{seed: number | null}, undefined>('property-seed');
  if (seed !== null) fc.configureGlobal({seed});
});

export default fc;
