import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XmlRefused } from './xml-error.js';

/** An element with its namespace resolved: what the SOAP profile reads. */
export interface XmlElement {
  /** Local name, without prefix. */
  local: string;
  /** Namespace URI, `''` when none. */
  ns: string;
  /** Attributes by local name (namespace declarations and `xsi:*` left out). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text content (CDATA included), entity references decoded, trimmed. */
  text: string;
}

export interface ParseLimits {
  /** Deepest element nesting accepted. Default 64. */
  maxDepth?: number;
  /** Most elements accepted. Default 100 000. */
  maxElements?: number;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false, // never guess numbers: leading zeros in ids matter
  parseAttributeValue: false,
  processEntities: false, // decoded here, predefined entities and character references only
  htmlEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  // No callbacks read the path: without this the parser renders it as a string for every tag.
  jPath: false,
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Predefined entities and character references, in one pass; any other entity is refused. */
function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,16});/g, (_all, name: string) => {
    const known = PREDEFINED[name];
    if (known !== undefined) return known;
    const ref = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    const code = ref ? Number.parseInt(ref[1] ?? ref[2] ?? '', ref[1] ? 16 : 10) : Number.NaN;
    if (!(code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff)))
      throw new XmlRefused('an undeclared entity or an invalid character reference');
    return String.fromCodePoint(code);
  });
}

/**
 * Refused before any parsing: a DTD (`<!DOCTYPE`, hence entity declarations, external entities and
 * entity expansion), `<!ENTITY`, and processing instructions other than the XML declaration.
 * Then nesting depth, with a scan that needs no recursion (the parser's own could overflow the stack).
 */
function scan(text: string, maxDepth: number, maxElements: number): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    throw new XmlRefused('a DTD or an entity declaration');
  const pis = text.match(/<\?/g)?.length ?? 0;
  const declaration = /^\uFEFF?\s*<\?xml\s[^?]*\?>/.test(text) ? 1 : 0;
  if (pis > declaration) throw new XmlRefused('a processing instruction');
  let depth = 0;
  let elements = 0;
  // Comments and CDATA are skipped; `>` inside attribute values is rare and only shortens a tag.
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)[^\s/>!?][^>]*?(\/?)>/g;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
    if (m[0].startsWith('<!')) continue;
    if (m[1]) depth -= 1;
    else if (!m[2]) {
      depth += 1;
      elements += 1;
      if (depth > maxDepth) throw new XmlRefused(`elements nested deeper than ${maxDepth}`);
    } else elements += 1;
    if (elements > maxElements) throw new XmlRefused(`more than ${maxElements} elements`);
  }
}

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const isNamespaceDeclaration = (key: string): boolean => key === 'xmlns' || key.startsWith('xmlns:');

// `p:local` has prefix `p` and local name `local`; `local` has prefix `''`. Text after a second
// colon is not part of the local name. Two string reads, no array per name.
const prefixOf = (name: string, colon: number): string => (colon < 0 ? '' : name.slice(0, colon));
function localOf(name: string, colon: number): string {
  if (colon < 0) return name;
  const second = name.indexOf(':', colon + 1);
  return second < 0 ? name.slice(colon + 1) : name.slice(colon + 1, second);
}

function toElement(node: RawNode, scope: Map<string, string>): XmlElement {
  const attrs = node[':@'];
  let name = '';
  for (const key in node) {
    if (key !== ':@') {
      name = key;
      break;
    }
  }
  let inner = scope;
  // Declarations first: they are in scope for this element's own name and attributes.
  if (attrs !== undefined) {
    for (const key in attrs) {
      if (!isNamespaceDeclaration(key)) continue;
      if (inner === scope) inner = new Map(scope);
      inner.set(key === 'xmlns' ? '' : key.slice(6), decode(attrs[key]!));
    }
  }
  const colon = name.indexOf(':');
  const prefix = prefixOf(name, colon);
  const ns = inner.get(prefix);
  if (ns === undefined && prefix) throw new XmlRefused('an undeclared namespace prefix');
  const attributes: Record<string, string> = {};
  if (attrs !== undefined) {
    for (const key in attrs) {
      if (isNamespaceDeclaration(key)) continue;
      const aColon = key.indexOf(':');
      const aPrefix = prefixOf(key, aColon);
      const aNs = aPrefix ? inner.get(aPrefix) : '';
      if (aNs === undefined) throw new XmlRefused('an undeclared namespace prefix');
      if (aNs === XSI || aNs === XMLNS) continue;
      attributes[localOf(key, aColon)] = decode(attrs[key]!);
    }
  }
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] as RawNode[] | undefined) ?? []) {
    if ('#text' in child) text += decode(String(child['#text']));
    else children.push(toElement(child, inner));
  }
  return { local: localOf(name, colon), ns: ns ?? '', attributes, children, text: text.trim() };
}

/**
 * Parses an XML document into namespace-resolved elements, refusing what could attack the reader
 * (DTDs, entities, processing instructions, deep nesting) before the parser sees it. Throws `XmlRefused`.
 */
export function parseXml(text: string, limits: ParseLimits = {}): XmlElement {
  scan(text, limits.maxDepth ?? 64, limits.maxElements ?? 100_000);
  if (XMLValidator.validate(text) !== true) throw new XmlRefused('not well-formed XML');
  let nodes: RawNode[];
  try {
    nodes = parser.parse(text) as RawNode[];
  } catch {
    throw new XmlRefused('not well-formed XML');
  }
  const roots = nodes.filter(
    (node) => !('#text' in node) && !Object.keys(node).some((k) => k.startsWith('?')),
  );
  if (roots.length !== 1) throw new XmlRefused('not exactly one root element');
  return toElement(roots[0]!, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
}

/** The first element with this local name (and namespace, when given), depth first. */
export function findElement(root: XmlElement, local: string, ns?: string): XmlElement | undefined {
  // Depth first, in document order; a stack popped from its end (shift/unshift would be quadratic).
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.local === local && (ns === undefined || element.ns === ns)) return element;
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return undefined;
}
