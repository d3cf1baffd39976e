/**
 * The examples of README.md and the package READMEs do what their comments say. (That every block is
 * an example, and type-checks, is doc-examples.test.ts.)
 */
import { describe, expect, it } from 'vitest';

describe('the README examples do what they say', () => {
  it('README: a look-up against the mock, with a consent token, audited', async () => {
    const { audit, citizen, mock, personalId } = await import('./examples/readme-portal.js');
    expect(citizen.personalId).toBe(personalId);
    expect(citizen.name.full).toBe(mock.personas[0]!.fullName);
    expect(audit.records).toHaveLength(1);
    expect(audit.records[0]).toMatchObject({ outcome: 'success', service: 'population.citizen.get' });
    expect(JSON.stringify(audit.records)).not.toContain(personalId);
  });

  it('core README: the mock retries a 503 and answers', async () => {
    const { citizen, persona } = await import('./examples/core-mock.js');
    expect(citizen.personalId).toBe(persona.personalId);
  });

  it('mock README: quick start', async () => {
    const { citizen, persona } = await import('./examples/mock-quick-start.js');
    expect(citizen.name.full).toBe(persona.fullName);
  });

  it('population README: partial dates stay partial; tags find hard cases; a 503 is retried', async () => {
    const { citizen } = await import('./examples/population-quick-start.js');
    expect(citizen.name.full).toBe('Lê Đức Quang');
    expect(citizen.birthDate).toEqual({ precision: 'year', year: 1958 });
    const mocking = await import('./examples/population-mocking.js');
    expect(mocking.statuses).toEqual([503, 200]);
    expect(mocking.citizen.legalRepresentative).toBeDefined();
  });

  it('prefill README: filled from the mock, partial date kept, the submission verified', async () => {
    const { result, submission } = await import('./examples/prefill-quick-start.js');
    expect(result.fields.birthDate).toMatchObject({ status: 'filled', locked: true });
    expect(result.values.birthDate).toMatch(/^\d{4}$/);
    expect(result.documents.waived.map((d) => d.id)).toEqual(['identity']);
    expect(submission.locked).toContain('fullName');
  });

  it('enterprise README: a public lookup without consent, a search by person with it, a retried 503', async () => {
    const { company, person, represented, taxCode } = await import('./examples/enterprise-quick-start.js');
    expect(company.taxCode).toBe(taxCode);
    expect(company.names.vietnamese).toMatch(/^(CÔNG TY|DOANH NGHIỆP)/);
    expect(company.representative?.personalId).toBeUndefined();
    expect(company.provenance.provider).toMatch(/GOV\/000\.00\.00\.G09\/CSDLDKDN$/);
    expect(represented.map((e) => e.taxCode)).toEqual(person.enterprise?.representativeOf);
    const mocking = await import('./examples/enterprise-mocking.js');
    expect(mocking.statuses).toEqual([503, 200]);
    expect(mocking.business.owner?.name).toBe(mocking.owner.fullName);
  });

  it('land README: joint holders, the parcel without consent, an empty list for a renter', async () => {
    const { home, parcel } = await import('./examples/land-quick-start.js');
    expect(home.ownership).toBe('joint');
    expect(home.holders).toHaveLength(2); // the two spouses
    expect(parcel.uses.length).toBeGreaterThan(0); // land-use codes, e.g. ODT or ONT + CLN
    expect(parcel.provenance.provider).toBe('VN/GOV/000.00.00.G14/CSDLDD');
    const mocking = await import('./examples/land-mocking.js');
    expect(mocking.statuses).toEqual([503, 200]);
    expect(mocking.list.certificates).toEqual([]);
  });

  it('civil-status README: a birth record and a marital status confirmation against the mock', async () => {
    const { birth, child } = await import('./examples/civil-status-quick-start.js');
    expect(birth.child.personalId).toBe(child.personalId);
    expect(birth.registration.authority.name).toMatch(/^UBND (Phường|Xã|Thị trấn|Đặc khu) /);
    expect(birth.provenance.provider).toMatch(/GOV\/000\.00\.00\.G12\/CSDLHT$/);
    const mocking = await import('./examples/civil-status-mocking.js');
    expect(mocking.statuses).toEqual([503, 200]);
    expect(mocking.status.status).toBe('married');
    expect(mocking.status.marriages.at(-1)?.state).toBe('in-force');
  });

  it('prefill docs: a catalog procedure waives the dwelling proof for a land owner', async () => {
    const { result } = await import('./examples/prefill-catalog.js');
    expect(result.documents.waived.map((d) => d.id)).toContain('dwelling-proof');
    expect(result.documents.required.map((d) => d.id)).toContain('lease-contract');
  });

  it('vn README: the values in the comments', async () => {
    const { address, date, id, phone, wide } = await import('./examples/vn-quick-start.js');
    expect(id.ok && id.value.birthYear).toBe(2003);
    expect(id.ok && id.value.birthProvince.name).toBe('Hà Nội');
    expect(!wide.ok && wide.reason).toBe('NON_DIGIT');
    const { formatDate } = await import('@onceonly/vn');
    expect(date.ok && formatDate(date.value, 'iso')).toBe('1950-05');
    expect(address.ok && address.value.province.name).toBe('Tuyên Quang');
    expect(phone.ok && phone.value.e164).toBe('+84912345678');
  });
});
