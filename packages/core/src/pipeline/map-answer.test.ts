import { describe, expect, it } from 'vitest';
import { NotFoundError, ResponseError } from '../errors/onceonly-error.js';
import { defineService } from '../service/define-service.js';
import { mapAnswer } from './map-answer.js';

const service = defineService<{ personalId: string }, { soDinhDanh: string; ten: string }, { name: string }>({
  id: 'test.person.get',
  provider: 'GOV/A/B',
  code: 'person.get',
  category: 'population.basic',
  idempotent: true,
  request: {},
  response: {},
  subject: (q) => q.personalId,
  answerSubject: (w) => w.soDinhDanh,
  map: (w) => ({ name: w.ten }),
});
const checked = (soDinhDanh: string) => ({
  answer: { data: { soDinhDanh, ten: 'An' }, provider: 'VN/GOV/A/B', retrievedAt: '2026-01-01T00:00:00Z' },
  requestHash: 'h',
  signedBy: 'k1',
});

describe('mapAnswer', () => {
  it('maps an answer about the subject asked, with its provenance', () => {
    const result = mapAnswer(
      service,
      checked('001203012345'),
      { personalId: '001203012345' },
      '001203012345',
      'x1',
    );
    expect(result).toEqual({
      value: { name: 'An' },
      meta: {
        provider: 'VN/GOV/A/B',
        retrievedAt: '2026-01-01T00:00:00Z',
        xroadId: 'x1',
        cached: false,
        requestHash: 'h',
        signedBy: 'k1',
      },
    });
  });

  it('hands the mapping where the answer came from, so a domain value can carry it', () => {
    const withSource = defineService<{ personalId: string }, { ten: string }, { name: string; from: string }>(
      {
        ...service,
        answerSubject: undefined,
        map: (w, _q, source) => ({ name: w.ten, from: `${source.provider} ${source.retrievedAt}` }),
      },
    );
    const { value } = mapAnswer(
      withSource,
      checked('001203012345'),
      { personalId: '001203012345' },
      undefined,
      'x1',
    );
    expect(value).toEqual({ name: 'An', from: 'VN/GOV/A/B 2026-01-01T00:00:00Z' });
  });

  it('refuses an answer about someone else, without naming either', () => {
    const error = (() => {
      try {
        mapAnswer(service, checked('079190000001'), { personalId: '001203012345' }, '001203012345', 'x1');
      } catch (e) {
        return e as { code: string; message: string; name: string };
      }
    })();
    expect(error).toMatchObject({ name: 'ResponseError', code: 'RESPONSE_SUBJECT_MISMATCH' });
    expect(error!.message).not.toMatch(/001203012345|079190000001/);
  });

  it('a mapping that throws is RESPONSE_MAPPING', () => {
    const broken = defineService({
      ...service,
      map: () => {
        throw new Error('An');
      },
    });
    expect(() =>
      mapAnswer(broken, checked('001203012345'), { personalId: '001203012345' }, '001203012345', 'x'),
    ).toThrow(expect.objectContaining({ code: 'RESPONSE_MAPPING' }));
  });

  it('a typed error the mapping throws passes through as it is, named with the call', () => {
    const thrown = (error: Error) => {
      const mapping = defineService({
        ...service,
        map: () => {
          throw error;
        },
      });
      try {
        mapAnswer(mapping, checked('001203012345'), { personalId: '001203012345' }, '001203012345', 'x9');
      } catch (e) {
        return e;
      }
      return undefined;
    };
    // An empty collection is "not found", not a broken answer: the caller fixes the lookup.
    const notFound = thrown(new NotFoundError({ message: 'No citizen matches the lookup.' }));
    expect(NotFoundError.isInstance(notFound)).toBe(true);
    expect(notFound).toMatchObject({
      name: 'NotFoundError',
      code: 'NOT_FOUND',
      serviceId: 'test.person.get',
      requestId: 'x9',
      message: 'No citizen matches the lookup.',
    });
    // A subject check of the mapping's own keeps its code.
    const mismatch = thrown(
      new ResponseError({ code: 'RESPONSE_SUBJECT_MISMATCH', message: 'The answer names another person.' }),
    );
    expect(mismatch).toMatchObject({ name: 'ResponseError', code: 'RESPONSE_SUBJECT_MISMATCH' });
    // Anything else is still RESPONSE_MAPPING, its text (which could hold the data) dropped.
    const other = thrown(new TypeError('Nguyễn Văn An'));
    expect(other).toMatchObject({ name: 'ResponseError', code: 'RESPONSE_MAPPING' });
    expect(JSON.stringify(other)).not.toContain('Nguyễn');
    expect((other as Error).message).not.toContain('Nguyễn');
  });

  it('a typed error thrown by answerSubject passes through too', () => {
    const picky = defineService({
      ...service,
      answerSubject: () => {
        throw new NotFoundError({ message: 'No citizen matches the lookup.' });
      },
    });
    expect(() =>
      mapAnswer(picky, checked('001203012345'), { personalId: '001203012345' }, '001203012345', 'x'),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND', serviceId: 'test.person.get' }));
  });
});
