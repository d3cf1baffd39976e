import type { JsonSchema } from '../service/define-service.js';
import type { XmlElement } from './parse-xml.js';

type Schema = JsonSchema | undefined;

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Both lookups depend on the schema alone and run for every element of every answer: kept per schema
// object, as ajv keeps its compiled checks (a definition's schemas are its own copies, never changed).
const propertyCache = new WeakMap<JsonSchema, Map<string, Schema>>();
const typesCache = new WeakMap<JsonSchema, ReadonlySet<string>>();
const NO_TYPES: ReadonlySet<string> = new Set();

/** The schema of property `name` in an object schema (its `anyOf` / `oneOf` / `allOf` branches too). */
function propertySchema(schema: Schema, name: string): Schema {
  if (!schema) return undefined;
  let byName = propertyCache.get(schema);
  if (!byName) {
    byName = new Map();
    propertyCache.set(schema, byName);
  }
  const known = byName.get(name);
  if (known !== undefined) return known;
  const found = findPropertySchema(schema, name);
  // Only names the schema declares are kept: element names come from the network, and a cache of every
  // name an answer ever held would grow without bound.
  if (found !== undefined) byName.set(name, found);
  return found;
}

function findPropertySchema(schema: Schema, name: string): Schema {
  if (!schema) return undefined;
  const own = isObject(schema.properties) ? schema.properties[name] : undefined;
  if (isObject(own)) return own;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const found = findPropertySchema(isObject(branch) ? branch : undefined, name);
      if (found) return found;
    }
  }
  return undefined;
}

function types(schema: Schema): ReadonlySet<string> {
  if (!schema) return NO_TYPES;
  let found = typesCache.get(schema);
  if (!found) {
    found = collectTypes(schema);
    typesCache.set(schema, found);
  }
  return found;
}

function collectTypes(schema: Schema): Set<string> {
  const found = new Set<string>();
  if (!schema) return found;
  const type = schema.type;
  if (typeof type === 'string') found.add(type);
  if (Array.isArray(type)) for (const t of type) found.add(String(t));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches))
      for (const b of branches) for (const t of collectTypes(isObject(b) ? b : undefined)) found.add(t);
  }
  return found;
}

/** Text as the schema wants it: booleans and numbers only where it says so, strings otherwise. */
function scalar(text: string, schema: Schema): unknown {
  const wanted = types(schema);
  if (wanted.has('string') || wanted.size === 0) return text;
  if (wanted.has('boolean') && (text === 'true' || text === 'false' || text === '1' || text === '0'))
    return text === 'true' || text === '1';
  if ((wanted.has('integer') || wanted.has('number')) && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text))
    return Number(text);
  return text; // the schema check reports it
}

/**
 * An element's content as JSON, read by the response schema: attributes become properties, child
 * elements properties by local name, repeated children (or those listed in `arrays`, or typed
 * `array` by the schema) arrays even when one arrives. Text stays text unless the schema says
 * boolean, integer or number: ids keep their leading zeros.
 */
export function elementToJson(element: XmlElement, schema: Schema, arrays: ReadonlySet<string>): unknown {
  const { attributes, children } = element;
  let hasAttributes = false;
  for (const _ in attributes) {
    hasAttributes = true;
    break;
  }
  const wantsObject = types(schema).has('object') || isObject(schema?.properties);
  if (children.length === 0 && !hasAttributes && !wantsObject) return scalar(element.text, schema);
  const out: Record<string, unknown> = {};
  for (const name in attributes) put(out, name, scalar(attributes[name]!, propertySchema(schema, name)));
  const groups = new Map<string, XmlElement[]>();
  for (const child of children) {
    const list = groups.get(child.local);
    if (list) list.push(child);
    else groups.set(child.local, [child]);
  }
  for (const [name, list] of groups) {
    const property = propertySchema(schema, name);
    const typed = types(property).has('array');
    const isArray = arrays.has(name) || typed || list.length > 1;
    const items = typed && isObject(property?.items) ? property.items : property;
    put(
      out,
      name,
      isArray
        ? list.map((child) => elementToJson(child, items, arrays))
        : elementToJson(list[0]!, property, arrays),
    );
  }
  return out;
}

/** `out[name] = value`, where `__proto__` is an own property like any other name, never the prototype. */
function put(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  else out[name] = value;
}
