import { XMLBuilder, type XmlBuilderOptions } from 'fast-xml-parser';
import { XmlRefused } from './xml-error.js';

const options: XmlBuilderOptions & { jPath: boolean } = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  processEntities: true, // text and attribute values escaped by the builder
  format: false,
  // No callbacks read the path: without this the builder renders it as a string for every element.
  jPath: false,
};
const builder = new XMLBuilder(options);

// Element names a request may use (no prefix, ASCII): anything else could change the document.
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// Characters XML 1.0 cannot carry at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters refused.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Plain data (a wire request) as builder input: nested objects as nested elements, arrays as repeated
 * elements, scalars as text; `null` and `undefined` fields are left out. Throws `XmlRefused` for a
 * field name that is not an XML name or a text XML cannot carry.
 */
export function toXmlContent(value: unknown, depth = 0): unknown {
  if (depth > 64) throw new XmlRefused('nested deeper than 64');
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) throw new XmlRefused('a character XML cannot carry');
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.filter((v) => v !== null && v !== undefined).map((v) => toXmlContent(v, depth + 1));
  if (typeof value !== 'object' || value === null) return '';
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === null || field === undefined) continue;
    if (!NAME.test(name)) throw new XmlRefused('a field name that is not an XML element name');
    out[name] = toXmlContent(field, depth + 1);
  }
  return out;
}

/** The XML declaration `buildXml` starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Serialises builder input (attributes as `@_name`) with the XML declaration. */
export function buildXml(document: Record<string, unknown>): string {
  return `${XML_DECLARATION}${buildXmlFragment(document)}`;
}

/** Serialises builder input without the declaration: sibling elements, one per top-level key. */
export function buildXmlFragment(elements: Record<string, unknown>): string {
  return builder.build(elements) as string;
}
