import { defineService, InputError } from '@onceonly/core';
import { isValidPersonalId } from '@onceonly/vn';
import { toCitizen } from './map-citizen.js';
import { CitizenQuery, CitizenWire } from './wire.js';

/** Default provider subsystem of the population database (`CSDLQG về dân cư`), `CLASS/MEMBER/SUBSYSTEM`. */
export const POPULATION_PROVIDER = 'GOV/000.00.00.G10/CSDLDC';

function checkCitizenQuery(query: CitizenQuery): void {
  if (!isValidPersonalId(query.personalId)) {
    // Never echo the number: it identifies a person.
    throw new InputError({
      code: 'INVALID_PERSONAL_ID',
      message:
        'personalId is not a valid 12-digit personal identification number (mã định danh cá nhân): ' +
        'check the province code (first 3 digits) and that the encoded birth year is not in the future.',
      fields: ['/personalId'],
    });
  }
}

/**
 * Service 037, citizen lookup (`tra cứu thông tin công dân`): the population database's record of one
 * citizen, by personal identification number. Needs consent for `population.basic`.
 *
 * @example
 * ```ts
 * const citizen = await gateway.call(getCitizenService, { personalId }, ctx);
 * ```
 */
export const getCitizenService = defineService({
  id: 'population.citizen.get',
  provider: POPULATION_PROVIDER,
  code: 'citizen.get',
  category: 'population.basic',
  idempotent: true,
  request: CitizenQuery,
  response: CitizenWire,
  personal: ['personalId'],
  subject: (query) => query.personalId,
  answerSubject: (wire) => wire.soDinhDanh,
  check: checkCitizenQuery,
  map: (wire) => toCitizen(wire),
  description:
    'Citizen lookup (tra cứu thông tin công dân, service 037): name, date of birth, gender, ethnicity, ' +
    'religion, marital status, addresses, parents, spouse, legal representative and household.',
});

/** The adapter's operations by name: `population()` is generated from this map. */
export const populationOperations = { getCitizen: getCitizenService } as const;

/** Every service of this adapter, for the mock platform and the catalog. */
export const populationServices = [getCitizenService] as const;
