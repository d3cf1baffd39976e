/**
 * The personas of the prefill report (docs/prefill.md): typical citizens and the hard cases a portal
 * meets, picked from the mock's seeded world by tag. Shared by `scripts/prefill-report.mjs` and the test
 * that checks the figures in the docs. Plain JavaScript so the script can import it without a build.
 */

/** Tags of the personas, by group; each picks the first adult with the tag. */
export const REPORT_TAGS = {
  typical: ['married', 'single', 'household-head'],
  'hard case': [
    'year-only-birth',
    'old-id',
    'pre-2025-address',
    'foreign-spouse',
    'deceased-parent',
    'divorced',
  ],
};

/**
 * @param {{ world: { byTag(tag: string): Array<{ personalId: string; tags: readonly string[] }> }, consent(id: string, scopes: string[], purpose: string): string }} mock
 * @param {(persona: unknown) => { personalId: string; fullName: string; birthDate: string }} lookupOf
 * @param {(form: any) => string[]} scopesOf the prefill package's consentScopes
 * @param {string} officerId
 */
export function reportPersonas(mock, lookupOf, scopesOf, officerId) {
  const personas = [];
  for (const [group, tags] of Object.entries(REPORT_TAGS)) {
    for (const tag of tags) {
      const persona = mock.world.byTag(tag).find((p) => p.tags.includes('adult'));
      if (persona === undefined) continue;
      personas.push({
        label: tag,
        group,
        subject: lookupOf(persona),
        ctx(form) {
          const purpose = form.procedure.purpose ?? form.procedure.code;
          const scopes = scopesOf(form);
          return {
            purpose,
            caseId: `REPORT-${form.procedure.code}`,
            officerId,
            consent: mock.consent(persona.personalId, scopes, purpose),
          };
        },
      });
    }
  }
  return personas;
}
