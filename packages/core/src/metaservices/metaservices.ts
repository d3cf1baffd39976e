// The X-Road metaservices, one file each; the gateway calls them through this module.
export { getOpenAPI } from './get-openapi.js';
export { listClients } from './list-clients.js';
export { allowedMethods, listMethods } from './list-methods.js';
