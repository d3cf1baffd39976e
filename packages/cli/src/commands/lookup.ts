import { createGateway } from '@onceonly/core';
import { population } from '@onceonly/population';
import type { Command } from 'commander';
import { loadGatewayOptions } from '../config.js';
import { EXIT_CODES, UsageError } from '../exit-codes.js';
import { connectionOf, withConnection } from './connection-options.js';
import { checkOfficer, consentOf, type PersonFlags, personOf } from './person-flags.js';

/** The lookups the command offers, by the name given on the command line. */
const LOOKUPS = {
  'population.verify': 'verifyCitizen',
  'population.citizen': 'getCitizen',
  'population.household': 'getHousehold',
  'population.marital': 'checkMaritalStatus',
  'population.residence': 'getResidence',
} as const;

type LookupName = keyof typeof LOOKUPS;

interface LookupFlags extends PersonFlags {
  officer: string;
  purpose: string;
  case: string;
  config?: string;
  baseUrl?: string;
  json?: boolean;
}

export function registerLookup(program: Command, setExit: (code: number) => void): void {
  withConnection(
    program
      .command('lookup')
      .description(`one lookup in the population database: ${Object.keys(LOOKUPS).join(', ')}`)
      .argument('<service>', 'which lookup')
      .requiredOption('--personal-id <id>', 'the 12-digit personal id')
      .requiredOption('--full-name <name>', 'the full name, as on record')
      .requiredOption('--birth-date <date>', 'the date of birth (dd/mm/yyyy, mm/yyyy or yyyy)')
      .requiredOption('--officer <id>', "the officer's 12-digit personal id (who asks)")
      .requiredOption('--purpose <code>', 'the purpose: the procedure code (why)')
      .requiredOption('--case <id>', 'the case or dossier id')
      .option('--consent-file <file>', "a file holding the citizen's consent token (else $ONCEONLY_CONSENT)"),
  )
    .option('--json', 'print the answer as one JSON line')
    .addHelpText(
      'after',
      '\nThe consent token is a secret: from a file or $ONCEONLY_CONSENT, never on the command line.' +
        '\nExit codes: 0 answered, 1 the platform refused or failed (its error code on stderr), 2 bad usage.',
    )
    .action(async (service: string, flags: LookupFlags) => {
      if (!(service in LOOKUPS)) {
        throw new UsageError(`unknown lookup ${service}: use one of ${Object.keys(LOOKUPS).join(', ')}`);
      }
      const lookup = personOf(flags, 'person');
      checkOfficer(flags.officer);
      const consent = consentOf(flags);
      const gateway = createGateway(loadGatewayOptions(connectionOf(flags)));
      try {
        const pop = population(gateway);
        const ctx = {
          officerId: flags.officer,
          purpose: flags.purpose,
          caseId: flags.case,
          ...(consent === undefined ? {} : { consent }),
        };
        const answer = await pop[LOOKUPS[service as LookupName]](lookup, ctx);
        process.stdout.write(`${JSON.stringify(answer, null, flags.json ? undefined : 2)}\n`);
        setExit(EXIT_CODES.OK);
      } finally {
        await gateway.close();
      }
    });
}
