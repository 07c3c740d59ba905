// @ts-check
// The CDN files' size budgets (size-budget.json: the notifier's, the indicator's) and their one
// measure, size-limit's: bytes after gzip -9. `npm run build` fails over a budget
// (.size-limit.mjs); the package check, the README's facts and the bench measure with the same function.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
// @ts-expect-error: size-limit's file plugin ships no types.
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';

/** Each CDN file and its budget, in bytes after gzip -9. @type {Record<'notifier' | 'indicator', {file: string, gzipBytes: number}>} */
export const budgets = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url), 'utf8'));

/** The bytes of a file after gzip -9, as size-limit measures the budget. @param {string} file */
export const gzipBytes = async (file) => {
	const [result] = /** @type {[{size: number}]} */ (await sizeLimit([filePlugin], {checks: [{files: [file], gzip: true}]}));
	return result.size;
};

/** The same measure for code that is not in a file (a bundle built in memory). @param {string} code */
export const gzipBytesOfCode = async (code) => {
	const folder = mkdtempSync(join(tmpdir(), 'connect-typing-notifier-size-'));
	try {
		writeFileSync(join(folder, 'bundle.js'), code);
		return await gzipBytes(join(folder, 'bundle.js'));
	} finally {
		rmSync(folder, {recursive: true});
	}
};
