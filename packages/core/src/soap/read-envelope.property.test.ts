import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlRefused } from '../xml/xml-error.js';
import { readEnvelope } from './read-envelope.js';

const PIECES = [
  '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">',
  '</SOAP-ENV:Envelope>',
  '<SOAP-ENV:Body>',
  '</SOAP-ENV:Body>',
  '<SOAP-ENV:Header/>',
  '<a>',
  '</a>',
  '<b x="1"/>',
  '&amp;',
  '&lol;',
  '&#0;',
  '<![CDATA[<x>]]>',
  '<!-- c -->',
  '<?pi x?>',
  '<!DOCTYPE a>',
  '<p:x>',
  'text',
  '<',
  '>',
];

describe('readEnvelope on any input', () => {
  it('returns an envelope or refuses with XmlRefused, never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          try {
            const envelope = readEnvelope(text);
            expect(envelope.body.local).toBe('Body');
          } catch (error) {
            expect(error).toBeInstanceOf(XmlRefused);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
