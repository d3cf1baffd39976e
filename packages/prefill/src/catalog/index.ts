/**
 * The procedure catalog: real procedures with their national codes, level, legal basis, form fields and
 * required documents as the procedure records state them, and which national data replaces each
 * document. Keyed by national procedure code: `catalog['1.001193']` is a form ready for `prefill`.
 * @module
 */
import { birthRegistration } from './birth-registration.js';
import { householdBusinessRegistration } from './household-business.js';
import { maritalStatusConfirmation } from './marital-status-confirmation.js';
import { newbornBundle } from './newborn-bundle.js';
import { permanentResidence } from './permanent-residence.js';
import { unemploymentBenefit } from './unemployment-benefit.js';

export const catalog = Object.freeze({
  '1.001193': birthRegistration,
  '1.004222': permanentResidence,
  '1.004873': maritalStatusConfirmation,
  '1.001612': householdBusinessRegistration,
  '1.014748': unemploymentBenefit,
  '2.000986': newbornBundle,
});

/** A national procedure code of the catalog. */
export type CatalogCode = keyof typeof catalog;
