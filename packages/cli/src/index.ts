export { runCli } from './program.js';
export { EXIT_CODES, UsageError } from './exit-codes.js';
export { loadGatewayOptions, DEFAULT_CONFIG_FILE, type ConnectionFlags } from './config.js';
export { checkRow, type CheckedRow, type RowLookup } from './batch/check-row.js';
export { INPUT_COLUMNS, OUTPUT_COLUMNS, type RowResult } from './batch/columns.js';
export type { MockSummary } from './commands/mock.js';
