import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createGateway, jsonlFileAuditSink } from '@onceonly/core';
import { population } from '@onceonly/population';
import type { Command } from 'commander';
import { readPreviousRun } from '../batch/resume.js';
import { createProgress } from '../batch/progress.js';
import { runBatch } from '../batch/run-batch.js';
import { loadGatewayOptions } from '../config.js';
import { EXIT_CODES, UsageError } from '../exit-codes.js';
import { checkOfficer } from './person-flags.js';

interface VerifyBatchFlags {
  in: string;
  out: string;
  officer: string;
  purpose: string;
  case: string;
  concurrency: string;
  audit?: string;
  config?: string;
  baseUrl?: string;
  json?: boolean;
}

export function registerVerifyBatch(program: Command, setExit: (code: number) => void): void {
  program
    .command('verify-batch')
    .description('check a CSV of people (personalId,fullName,birthDate) against the population database')
    .requiredOption('--in <file>', 'input CSV, header personalId,fullName,birthDate')
    .requiredOption(
      '--out <file>',
      'output CSV: the input columns plus result and reason; re-running resumes',
    )
    .requiredOption('--officer <id>', "the officer's 12-digit personal id (who asks)")
    .requiredOption('--purpose <code>', 'the purpose: the procedure code (why)')
    .requiredOption('--case <id>', 'the case or dossier id the check belongs to')
    .option('--concurrency <n>', 'calls in flight at most', '8')
    .option('--audit <file>', 'audit trail (JSON Lines, appended)', '<out>.audit.jsonl')
    .option('--config <file>', 'config file (default: $ONCEONLY_CONFIG, or ./onceonly.config.json)')
    .option('--base-url <url>', 'the platform to call (default: $ONCEONLY_BASE_URL, or the config file)')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText(
      'after',
      '\nExit codes: 0 every row has a result, 2 bad usage or unreadable input, 3 some rows ended in error,' +
        '\n130 interrupted (re-run the same command to resume). The audit subject key comes from' +
        '\n$ONCEONLY_AUDIT_KEY (32 bytes or more); without it a random key is used for this run.',
    )
    .action(async (flags: VerifyBatchFlags) => {
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
        throw new UsageError('--concurrency must be a whole number from 1 to 64');
      }
      checkOfficer(flags.officer);
      if (!existsSync(flags.in)) throw new UsageError(`cannot read --in ${flags.in}: no such file`);
      const connection = loadGatewayOptions({
        ...(flags.config === undefined ? {} : { config: flags.config }),
        ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
      });
      const previous = await readPreviousRun(flags.out);
      const auditPath = flags.audit === '<out>.audit.jsonl' ? `${flags.out}.audit.jsonl` : flags.audit!;
      const subjectKey = process.env.ONCEONLY_AUDIT_KEY ?? randomBytes(32).toString('base64url');
      if (!process.env.ONCEONLY_AUDIT_KEY) {
        process.stderr.write(
          'note: ONCEONLY_AUDIT_KEY is not set; audit subjects are hashed with a key for this run only\n',
        );
      }
      const gateway = createGateway({
        ...connection,
        audit: { sink: jsonlFileAuditSink(auditPath), subjectKey },
      });
      const pop = population(gateway);
      const ctx = { officerId: flags.officer, purpose: flags.purpose, caseId: flags.case };
      const stop = new AbortController();
      const interrupt = () => stop.abort();
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      const total = process.stderr.isTTY
        ? Math.max((await countLines(flags.in)) - 1 - previous.done, 0)
        : undefined;
      try {
        const counts = await runBatch({
          input: flags.in,
          output: flags.out,
          skip: previous.done,
          hasHeader: previous.hasHeader,
          concurrency,
          verify: (lookup) => pop.verifyCitizen(lookup, ctx),
          signal: stop.signal,
          progress: createProgress(process.stderr, total),
          warn: (line) => process.stderr.write(`${line}\n`),
        });
        const summary = `${counts.interrupted ? 'interrupted' : 'done'}: ${counts.match} match, ${counts['no-match']} no-match, ${counts.invalid} invalid, ${counts.error} error (${counts.resumed} rows from an earlier run)`;
        process.stderr.write(`${summary}\n`);
        if (flags.json) process.stdout.write(`${JSON.stringify(counts)}\n`);
        setExit(
          counts.interrupted
            ? EXIT_CODES.INTERRUPTED
            : counts.error > 0
              ? EXIT_CODES.SOME_ERRORS
              : EXIT_CODES.OK,
        );
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        await gateway.close();
      }
    });
}

/** Newlines in the file, streamed: the ETA's total (rows with quoted newlines make it an estimate). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++;
  }
  return lines;
}
