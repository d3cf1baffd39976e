import { describe, expect, it } from 'vitest';
import { elementToJson } from './xml-to-json.js';
import { buildXml, toXmlContent } from './build-xml.js';
import { findElement, parseXml, type XmlElement } from './parse-xml.js';
import { XmlRefused } from './xml-error.js';

const refused = (text: string) => expect(() => parseXml(text)).toThrow(XmlRefused);

describe('parseXml refuses hostile documents before parsing', () => {
  it('entity expansion (billion laughs)', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const started = Date.now();
    refused(`<?xml version="1.0"?><!DOCTYPE lolz [${lol.join('')}]><a>&lol9;</a>`);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('external entities, DTDs, entity declarations, undeclared entities', () => {
    refused('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>');
    refused('<!doctype a SYSTEM "http://127.0.0.1/x.dtd"><a/>');
    refused('<a><!ENTITY x "y"></a>');
    refused('<a>&nbsp;</a>');
    refused('<a>&#0;</a>');
  });

  it('processing instructions other than the XML declaration', () => {
    refused('<?xml version="1.0"?><?xml-stylesheet href="x"?><a/>');
    refused('<a><?php echo 1 ?></a>');
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?><a/>').local).toBe('a');
  });

  it('deep nesting (without a stack overflow) and broken documents', () => {
    refused(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    refused(`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`);
    expect(parseXml(`${'<a>'.repeat(60)}${'</a>'.repeat(60)}`).local).toBe('a');
    refused('<a><b></a>');
    refused('<a/><b/>');
    refused('<p:a/>'); // undeclared prefix
  });

  // No time is asserted: a read that grew quadratically with the text would exceed the test's timeout.
  it('huge text is read whole (the byte limit bounds it)', () => {
    expect(parseXml(`<a>${'x'.repeat(2_000_000)}</a>`).text).toHaveLength(2_000_000);
  });
});

describe('parseXml reads namespaces, text and entities', () => {
  it('resolves prefixes and defaults, decodes predefined entities and character references once', () => {
    const root = parseXml(
      '<s:E xmlns:s="urn:s" xmlns="urn:d"><b k="&lt;1&gt;">0012 &amp;#65; &#65;&#x42;<![CDATA[<z>]]></b></s:E>',
    );
    expect(root).toMatchObject({ local: 'E', ns: 'urn:s' });
    expect(root.children[0]).toMatchObject({
      local: 'b',
      ns: 'urn:d',
      attributes: { k: '<1>' },
      text: '0012 &#65; AB<z>',
    });
    expect(findElement(root, 'b', 'urn:d')?.local).toBe('b');
    expect(findElement(root, 'b', 'urn:other')).toBeUndefined();
  });
});

describe('elementToJson decodes by schema', () => {
  const schema = {
    type: 'object',
    properties: {
      SoCongDan: { type: 'integer' },
      CongDan: {
        type: 'array',
        items: { type: 'object', properties: { SoDinhDanh: { type: 'string' }, Song: { type: 'boolean' } } },
      },
      Ma: { type: 'string' },
    },
  };
  it('keeps ids as strings, arrays as arrays even with one item, attributes as properties', () => {
    const root = parseXml(
      '<C SoCongDan="1" GhiChu="x"><CongDan><SoDinhDanh>001203012345</SoDinhDanh><Song>true</Song><Nhom>0</Nhom></CongDan><Ma>007</Ma></C>',
    );
    expect(elementToJson(root, schema, new Set())).toEqual({
      SoCongDan: 1,
      GhiChu: 'x',
      CongDan: [{ SoDinhDanh: '001203012345', Song: true, Nhom: '0' }],
      Ma: '007',
    });
  });
  it('keeps an element or attribute named __proto__ as data, never as the prototype', () => {
    const element = (local: string, text: string, children: XmlElement[] = []): XmlElement => ({
      local,
      ns: '',
      attributes: {},
      children,
      text,
    });
    const root: XmlElement = {
      ...element('r', '', [element('__proto__', '', [element('polluted', 'true')]), element('a', '1')]),
      attributes: JSON.parse('{"__proto__": "x"}') as Record<string, string>,
    };
    const out = elementToJson(root, undefined, new Set()) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"true"},"a":"1"}');
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('lists named in arrays are arrays without a schema; repeated elements always are', () => {
    const root = parseXml('<r><x>1</x><y>2</y><y>3</y></r>');
    expect(elementToJson(root, undefined, new Set(['x']))).toEqual({ x: ['1'], y: ['2', '3'] });
  });
});

describe('the builder escapes, never concatenates', () => {
  it('round-trips hostile text and refuses hostile names and characters', () => {
    const xml = buildXml({ r: toXmlContent({ a: '</a><b>&x;', n: ['1', '2'], o: { p: 'q"' } }) });
    const root = parseXml(xml);
    expect(elementToJson(root, undefined, new Set())).toEqual({
      a: '</a><b>&x;',
      n: ['1', '2'],
      o: { p: 'q"' },
    });
    expect(() => toXmlContent({ 'a><b': 'x' })).toThrow(XmlRefused);
    expect(() => toXmlContent({ a: 'x\u0000' })).toThrow(XmlRefused);
  });
});

describe('wide documents', () => {
  it('finds an element after 90 000 siblings quickly (no quadratic search)', () => {
    const root = parseXml(`<r>${'<x/>'.repeat(90_000)}<y>1</y></r>`);
    const started = Date.now();
    expect(findElement(root, 'y')?.text).toBe('1');
    expect(Date.now() - started).toBeLessThan(200);
  });
});
