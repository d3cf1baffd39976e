/** The insurance README's examples do what their comments say. */
import { describe, expect, it } from 'vitest';

describe('insurance README examples', () => {
  it('quick start: a short history is short, and says where it came from', async () => {
    const { history, persona } = await import('./examples/insurance-quick-start.js');
    expect(history.personalId).toBe(persona.personalId);
    expect(history.periods.length).toBeGreaterThan(0);
    expect(history.monthsInLast24).toBeLessThan(12);
    expect(history.provenance.provider).toMatch(/GOV\/000\.00\.00\.G21\/CSDLBH$/);
  });

  it('mocking: tags, the employer link, and a 503 retried', async () => {
    const { card, statuses } = await import('./examples/insurance-mocking.js');
    expect(statuses).toEqual([503, 200]);
    expect(card.clinic.name).not.toBe('');
  });
});
