export { defineForm } from './define-form.js';
export { prefill, type PrefillOptions, type PrefillResult, type SourceStatus } from './prefill.js';
export {
  type Submitted,
  type VerifiedSubmission,
  type VerifyOptions,
  verifySubmission,
} from './verify-submission.js';
export type { ReceiptKey } from './receipt.js';
export { normaliseText, toFormValue, type FormValue } from './normalise.js';
export { type PathOf, readPath } from './paths.js';
export {
  type AdapterOptions,
  consentScopes,
  type PersonKey,
  SOURCE_KINDS,
  type SourceKind,
  type SourceKindInfo,
  type SourceKindMap,
} from './source-kinds.js';
export type {
  Bilingual,
  DocumentDecl,
  DocumentResult,
  FieldDecl,
  FieldKind,
  FieldResult,
  Form,
  FormDeclaration,
  ManualField,
  ProcedureInfo,
  Reason,
  SourceAbout,
  SourceDecl,
  SourcedField,
  ValueSource,
} from './types.js';
export { catalog, type CatalogCode } from './catalog/index.js';
export { fieldTable, type PrefillableField, prefillableFields } from './report/field-table.js';
export {
  prefillReport,
  type ReportPersona,
  type ReportRow,
  reportTable,
} from './report/prefill-report.js';
