/** `onceonly catalog`, `lookup` and `prefill` as real processes against `onceonly mock`. */
import { describe, expect, it } from 'vitest';
import { MOCK_OFFICER_ID } from '@onceonly/mock';
import { run } from './cli-process.js';
import { goodRow, useCliAgainstMock, who } from './cli-fixture.js';

const { work, cli, env, world, url } = useCliAgainstMock();
const good = (i: number) => goodRow(world, i);

describe('onceonly catalog and lookup', () => {
  const person = (i: number) => {
    const [id, name, date] = good(i);
    return ['--personal-id', id!, '--full-name', name!, '--birth-date', date!];
  };

  it('lists the services offered to this client', async () => {
    const result = await run(cli, ['catalog', '--json'], { cwd: work, env });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toContainEqual(
      expect.objectContaining({
        provider: 'GOV/000.00.00.G10/CSDLDC',
        serviceCode: 'XacThucThongTinCongDan',
      }),
    );
  });

  it('verifies a person: true when the record agrees, false when the name does not', async () => {
    const yes = await run(cli, ['lookup', 'population.verify', ...person(0), ...who, '--json'], {
      cwd: work,
      env,
    });
    expect([yes.code, yes.stdout.trim()], yes.stderr).toEqual([0, 'true']);
    const wrong = person(0);
    wrong[3] = 'Người Khác';
    const no = await run(cli, ['lookup', 'population.verify', ...wrong, ...who, '--json'], {
      cwd: work,
      env,
    });
    expect([no.code, no.stdout.trim()], no.stderr).toEqual([0, 'false']);
  });

  it('reads a record with the consent from the environment, and refuses without it', async () => {
    const args = ['lookup', 'population.citizen', ...person(0), ...who, '--json'];
    const refused = await run(cli, args, { cwd: work, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('CONSENT_REQUIRED');
    const consent = world.consent(good(0)[0]!, 'population.basic', '1.001193', { issuer: `${url()}/idp` });
    const read = await run(cli, args, { cwd: work, env: { ...env, ONCEONLY_CONSENT: consent } });
    expect(read.code, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ personalId: good(0)[0] });
  });

  it('refuses an unknown lookup and a malformed person with exit code 2', async () => {
    const unknown = await run(cli, ['lookup', 'population.nothing', ...person(0), ...who], {
      cwd: work,
      env,
    });
    expect(unknown.code).toBe(2);
    const bad = person(0);
    bad[1] = '12345';
    const malformed = await run(cli, ['lookup', 'population.verify', ...bad, ...who], { cwd: work, env });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('personalId.LENGTH');
    expect(malformed.stderr).not.toContain('12345');
  });
});

describe('onceonly prefill', () => {
  const args = () => {
    const [id, name, date] = good(0);
    return ['prefill', '1.004873', '--personal-id', id!, '--full-name', name!, '--birth-date', date!];
  };
  const caseAndOfficer = ['--officer', MOCK_OFFICER_ID, '--case', 'H23.01-241122-0002'];

  it('fills the fields of the sources the citizen consented to, and says what failed without data', async () => {
    const consent = world.consent(good(0)[0]!, ['population.basic'], '1.004873', { issuer: `${url()}/idp` });
    const result = await run(cli, [...args(), ...caseAndOfficer], {
      cwd: work,
      env: { ...env, ONCEONLY_CONSENT: consent },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1\.004873: [1-9]\d*\/\d+ fields prefilled/);
    expect(result.stdout).toContain('source citizen: ok');
    expect(result.stdout).toContain('source maritalStatus: failed (CONSENT_SCOPE_MISSING)');
    expect(result.stdout).toContain('waived: identity-residence');
    expect(result.stdout).not.toContain(good(0)[1]!);
  });

  it('refuses an unknown procedure with exit code 2', async () => {
    const bad = args();
    bad[1] = '9.999999';
    const result = await run(cli, [...bad, ...caseAndOfficer], { cwd: work, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown procedure 9.999999');
  });
});
