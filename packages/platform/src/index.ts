// The public surface of @onceonly/platform: only what is listed here.
export {
  DOSSIER_STATUSES,
  DossierEventSchema,
  dossierEventJsonSchema,
  type DossierEvent,
  type DossierEventInput,
  type DossierStatus,
} from './dossier-event.js';
export type { Outbox, OutboxClaim } from './outbox.js';
export { fileOutbox, type FileOutboxOptions } from './file-outbox.js';
export { idempotencyKey, type BatchAnswer } from './deliver-batch.js';
export {
  MAX_BATCH_SIZE,
  monitoringReporter,
  type FlushResult,
  type MonitoringReporter,
  type MonitoringReporterOptions,
} from './monitoring-reporter.js';
export { computeKpis, type DossierKpis, type KpiReport } from './kpis.js';
export { serviceCatalog, type CatalogEntry, type ServiceCatalog } from './catalog.js';
export { serviceFromOpenApi, type OpenApiServiceOptions } from './openapi-service.js';
