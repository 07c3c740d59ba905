// @ts-check
// The CDN file's size budget, read by the package check, the bench and the README check.
import {readFileSync} from 'node:fs';

/** @type {{gzipBytes: Record<string, number>}} */
export const sizeBudget = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url), 'utf8'));
export const cdnFile = 'dist/connect-typing-notifier.min.js';
/** Bytes, gzip -9. */
export const cdnBudget = /** @type {number} */ (sizeBudget.gzipBytes[cdnFile]);
