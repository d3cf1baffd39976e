import { InputError } from '@onceonly/core';
import { isSourceKind } from './source-kinds.js';
import type { FieldDecl, Form, FormDeclaration, SourceDecl } from './types.js';

/** Field and document names go into HTML `name` attributes and error messages: keep them plain. */
const NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,79}$/;

function invalid(message: string, field: string): InputError {
  return new InputError({ code: 'INVALID_FORM', message: `defineForm(): ${message}`, fields: [field] });
}

function checkLabel(label: unknown, where: string): void {
  const l = label as { vi?: unknown; en?: unknown } | undefined;
  if (typeof l?.vi !== 'string' || l.vi === '' || typeof l.en !== 'string' || l.en === '') {
    throw invalid(`${where} needs a label in Vietnamese and English ({ vi, en }).`, where);
  }
}

function checkSources(sources: Record<string, SourceDecl>): void {
  for (const [name, source] of Object.entries(sources)) {
    if (!NAME.test(name)) throw invalid(`source name '${name}' is not a plain name.`, `sources.${name}`);
    if (!isSourceKind(source.kind))
      throw invalid(`source '${name}' has an unknown kind.`, `sources.${name}.kind`);
    const about = source.about ?? 'subject';
    if (about === 'subject') continue;
    if (
      typeof about !== 'object' ||
      !Object.hasOwn(sources, about.source) ||
      typeof about.path !== 'string'
    ) {
      throw invalid(
        `source '${name}' is about a person named by an unknown source.`,
        `sources.${name}.about`,
      );
    }
  }
  // A source waits for the one naming its person: the waits must not go round in a circle.
  for (const start of Object.keys(sources)) {
    const seen = new Set<string>();
    for (let at: string | undefined = start; at !== undefined; ) {
      if (seen.has(at))
        throw invalid(`sources wait for each other in a circle (${start}).`, `sources.${start}`);
      seen.add(at);
      const about: SourceDecl['about'] = sources[at]?.about;
      at = typeof about === 'object' ? about.source : undefined;
    }
  }
}

function checkFields(fields: Record<string, FieldDecl<Record<string, SourceDecl>>>, sources: object): void {
  if (Object.keys(fields).length === 0) throw invalid('a form needs at least one field.', 'fields');
  for (const [name, field] of Object.entries(fields)) {
    if (!NAME.test(name)) throw invalid(`field name '${name}' is not a plain name.`, `fields.${name}`);
    checkLabel(field.label, `fields.${name}`);
    if (field.source === undefined) continue;
    if (!Object.hasOwn(sources, field.source)) {
      throw invalid(`field '${name}' reads an unknown source.`, `fields.${name}.source`);
    }
    if (typeof field.path !== 'string' || (field.path as string) === '') {
      throw invalid(`field '${name}' needs a path into its source.`, `fields.${name}.path`);
    }
  }
}

function checkDocuments(documents: FormDeclaration<never, never>['documents'], sources: object): void {
  const ids = new Set<string>();
  for (const [i, document] of documents.entries()) {
    if (!NAME.test(document.id) || ids.has(document.id)) {
      throw invalid(`document ${i} needs a plain, unique id.`, `documents.${i}.id`);
    }
    ids.add(document.id);
    checkLabel(document.label, `documents.${i}`);
    for (const by of document.replacedBy ?? []) {
      if (!Object.hasOwn(sources, by.source)) {
        throw invalid(
          `document '${document.id}' is replaced by an unknown source.`,
          `documents.${i}.replacedBy`,
        );
      }
    }
  }
}

/** The forms defineForm made: deep-frozen, so what is worked out from one once stays true. */
const definedForms = new WeakSet<object>();

/** True for a form made by defineForm (checked and deep-frozen). */
export function isDefinedForm(form: object): boolean {
  return definedForms.has(form);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * A form of a procedure: its sources (which lookups, about whom), its fields (each with a Vietnamese and
 * English label, read from a source's answer by a typed path, or filled by hand) and its documents (and
 * the sources whose records replace each). Checked here, once: an unknown source or kind, a circle of
 * sources, a missing label is an `InputError` `INVALID_FORM`. The form is plain JSON, frozen: a portal can
 * send it to the browser as it is.
 *
 * @example
 * ```ts
 * const form = defineForm({
 *   procedure: { code: '1.004873', name: { vi: 'Xác nhận tình trạng hôn nhân', en: 'Marital status confirmation' } },
 *   sources: { citizen: { kind: 'population.citizen' } },
 *   fields: {
 *     fullName: { label: { vi: 'Họ và tên', en: 'Full name' }, source: 'citizen', path: 'name.full' },
 *     phone: { label: { vi: 'Số điện thoại', en: 'Phone' } },
 *   },
 *   documents: [],
 * });
 * ```
 */
export function defineForm<
  const S extends Record<string, SourceDecl>,
  const F extends Record<string, FieldDecl<S>>,
>(declaration: FormDeclaration<S, F>): Form<S, F> {
  const { procedure, sources, fields, documents } = declaration;
  if (typeof procedure?.code !== 'string' || !/^\d\.\d{6}$/.test(procedure.code)) {
    throw invalid('procedure.code must be a national procedure code such as 1.001193.', 'procedure.code');
  }
  checkLabel(procedure.name, 'procedure');
  checkSources(sources);
  checkFields(fields as Record<string, FieldDecl<Record<string, SourceDecl>>>, sources);
  checkDocuments(documents as FormDeclaration<never, never>['documents'], sources);
  const form = deepFreeze(structuredClone(declaration)) as Form<S, F>;
  definedForms.add(form);
  return form;
}
