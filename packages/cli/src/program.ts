import { Command, CommanderError } from 'commander';
import { registerCatalog } from './commands/catalog.js';
import { registerLookup } from './commands/lookup.js';
import { registerMock } from './commands/mock.js';
import { registerPrefill } from './commands/prefill.js';
import { registerVerifyBatch } from './commands/verify-batch.js';
import { EXIT_CODES, UsageError } from './exit-codes.js';

/**
 * Runs the `onceonly` command with `argv` (without `node` and the script) and resolves its exit code:
 * 0 done, 1 unexpected failure, 2 bad usage, 3 some batch rows ended in error, 130 interrupted.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT_CODES.OK;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('onceonly')
    .description("onceonly: the mock platform, and batch checks against Vietnam's national databases")
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 unexpected failure, 2 bad usage, 3 some rows ended in error, 130 interrupted.',
    );
  registerMock(program, setExit);
  registerVerifyBatch(program, setExit);
  registerCatalog(program, setExit);
  registerLookup(program, setExit);
  registerPrefill(program, setExit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors; anything else commander refuses is bad usage.
      return error.exitCode === 0 ? EXIT_CODES.OK : EXIT_CODES.USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`onceonly: ${error.message}\n`);
      return EXIT_CODES.USAGE;
    }
    const code = (error as { code?: unknown }).code;
    process.stderr.write(
      `onceonly: ${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message ?? String(error)}\n`,
    );
    return EXIT_CODES.FAILURE;
  }
}
