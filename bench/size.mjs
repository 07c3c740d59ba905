// @ts-check
// npm run bench:size: where the CDN file's bytes are. Builds it in memory with the CDN file's own
// plugins, with and without the stubs of unreachable ky/Lit modules, and builds ky and Lit's
// ReactiveElement alone the same way; the package's own code is what the whole adds to them.
// gzip does not add up exactly, so "own code" is the whole less the two dependencies.
import {bundledGzipBytes} from '../build/bundle-bytes.mjs';
import {cdnPlugins} from '../rollup.config.mjs';

/** Entries that keep just what the package uses of each dependency. */
const entries = {
	whole: null,
	ky: `import ky, {HTTPError, TimeoutError} from 'ky'; globalThis.kept = [ky, HTTPError, TimeoutError];`,
	lit: `import {ReactiveElement} from '@lit/reactive-element'; globalThis.kept = ReactiveElement;`,
};

/** @param {string | null} code @param {boolean} trim */
const gzipBytes = (code, trim) => bundledGzipBytes(code ? {entry: code, plugins: cdnPlugins({trim}), format: 'iife'} : {input: 'src/cdn.ts', plugins: cdnPlugins({trim}), format: 'iife'});

const rows = [];
for (const trim of [false, true]) {
	const [whole, ky, lit] = [await gzipBytes(entries.whole, trim), await gzipBytes(entries.ky, trim), await gzipBytes(entries.lit, trim)];
	rows.push([trim ? 'with stubs (shipped)' : 'without stubs', whole, ky, lit, whole - ky - lit]);
}
console.log('| CDN file, gzip -9 | whole | ky | Lit ReactiveElement | own code (whole − ky − Lit) |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
