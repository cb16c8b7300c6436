// Shared by the upload route and proxy.ts, which refuses a larger declared body before Next buffers it.
/** Larger files go through `npm run catalog:import`, which also spreads RDKit over every core. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const CATALOG_UPLOAD_PATH = "/staff/catalog/import/upload";
