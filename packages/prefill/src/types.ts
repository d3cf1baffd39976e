/**
 * The shapes of a form (what `defineForm` takes, all plain JSON) and of a prefill result.
 * @module
 */
import type { ErrorCode, UserMessage } from '@onceonly/core';
import type { PathOf } from './paths.js';
import type { SourceKind, SourceKindMap } from './source-kinds.js';

/** A text in Vietnamese, with English beside it. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** How a value is written in the form and compared on submit. Inferred from the value when not declared. */
export type FieldKind = 'text' | 'name' | 'date' | 'address' | 'id' | 'code';

/**
 * Whose record a source reads. `subject` (the default): the citizen the form is about. A relative: the
 * person a path of another source's answer names (`{ source: 'household', path: 'members.1' }`); their
 * own record is read only with their own consent (`prefill`'s `consents`).
 */
export type SourceAbout<S> =
  | 'subject'
  | { [N in keyof S & string]: { source: N; path: string } }[keyof S & string];

/** One source: a kind of lookup, about the subject or a relative. */
export interface SourceDecl {
  kind: SourceKind;
  about?: 'subject' | { source: string; path: string };
}

/** The answer type of source `N` of a sources map. */
export type ResultOfSource<S, N extends keyof S> = S[N] extends { kind: infer K extends SourceKind }
  ? SourceKindMap[K]
  : never;

/** A field read from a source: its path must exist in that source's answer type. */
export type SourcedField<S> = {
  [N in keyof S & string]: {
    label: Bilingual;
    source: N;
    path: PathOf<ResultOfSource<S, N>>;
    /** How to write and compare it; inferred from the value when absent. */
    kind?: FieldKind;
    /** Stays editable even when verified (the citizen may correct it; then it is not in the receipt). */
    editable?: boolean;
  };
}[keyof S & string];

/** A field the citizen fills in: no source. */
export interface ManualField {
  label: Bilingual;
  kind?: FieldKind;
  source?: undefined;
}

/** A field of a form. */
export type FieldDecl<S> = SourcedField<S> | ManualField;

/** A document the procedure asks for, and the sources whose records replace it (any one suffices). */
export interface DocumentDecl<S> {
  id: string;
  label: Bilingual;
  /** Any one of these, answered with a value at `path` (or any answer when no path), waives it. */
  replacedBy?: { [N in keyof S & string]: { source: N; path?: PathOf<ResultOfSource<S, N>> } }[keyof S &
    string][];
  /** Why it cannot be waived, when the procedure's records say so (shown to the citizen). */
  note?: Bilingual;
}

/** The procedure a form belongs to. */
export interface ProcedureInfo {
  /** National procedure code: `1.001193`. */
  code: string;
  name: Bilingual;
  /** The purpose code sent with every call (`ctx.purpose`); the procedure code when absent. */
  purpose?: string;
  /** Who decides it: `commune`, `commune police`, `province`. */
  level?: string;
  /** The legal texts the procedure record cites. */
  legalBasis?: string[];
  /** Where the facts come from (the public copies of the procedure records). */
  references?: string[];
  /** For a bundle (liên thông): the member procedures' codes. */
  members?: string[];
}

/** What `defineForm` takes. */
export interface FormDeclaration<
  S extends Record<string, SourceDecl>,
  F extends Record<string, FieldDecl<S>>,
> {
  procedure: ProcedureInfo;
  sources: S & { [N in keyof S]: { kind: SourceKind; about?: SourceAbout<S> } };
  fields: F;
  documents: NoInfer<DocumentDecl<S>>[];
}

/** A checked form: the declaration, frozen, ready for `prefill`, and JSON as it is. */
export type Form<
  S extends Record<string, SourceDecl> = Record<string, SourceDecl>,
  F extends Record<string, FieldDecl<S>> = Record<string, FieldDecl<S>>,
> = Readonly<FormDeclaration<S, F>>;

/** Why a field or a document could not be filled from the national data. */
export interface Reason {
  /** The SDK's error code (`CONSENT_REQUIRED`, `TIMEOUT`, `NOT_FOUND`, ...). */
  code: ErrorCode;
  /** What to show the citizen, in Vietnamese and English (`userMessage`). */
  message: UserMessage;
}

/** Where a value came from. */
export interface ValueSource {
  /** The form's source name: `citizen`. */
  source: string;
  database: string;
  /** The X-Road provider that answered. */
  provider: string;
  /** When the provider read the record (ISO 8601). */
  retrievedAt: string;
}

/** One field after prefill. */
export type FieldResult =
  | ({
      status: 'filled';
      /** The value to put in the input, normalised (`dd/mm/yyyy`, partial dates kept partial). */
      value: string;
      kind: FieldKind;
      /** Read from a national database: always true for `filled`. */
      verified: true;
      /** Locked: verified, non-empty and not marked editable; the receipt covers it. */
      locked: boolean;
      /** The value as the record wrote it, when normalising changed it (an old address). */
      original?: string;
    } & ValueSource)
  | ({ status: 'empty'; locked: false } & ValueSource)
  | { status: 'unavailable'; locked: false; source: string; reason: Reason }
  | { status: 'manual'; locked: false };

/** A document after prefill. */
export type DocumentResult =
  | { id: string; label: Bilingual; status: 'waived'; by: ValueSource }
  | { id: string; label: Bilingual; status: 'required'; note?: Bilingual; reasons: Reason[] };
