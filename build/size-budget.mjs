// @ts-check
// The CDN file's size budget, read by the package check, the bench and the README check.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

/** @type {{gzipBytes: Record<string, number>}} */
export const sizeBudget = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url), 'utf8'));
export const cdnFile = 'dist/connect-typing-notifier.min.js';
/** Bytes, gzip -9. */
export const cdnBudget = /** @type {number} */ (sizeBudget.gzipBytes[cdnFile]);
/** The budget's measure: bytes after gzip -9 (zlib level 9). @param {string | Buffer} code */
export const gzipBytes = (code) => gzipSync(code, {level: 9}).length;
