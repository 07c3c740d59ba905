// @ts-check
// npm run bench:size: where the CDN file's bytes are. The whole is the shipped file as the build
// made it, measured as its budget is (build/size-budget.mjs); beside it, the file built in memory
// without the stubs of unreachable ky/Lit modules, and ky and Lit's ReactiveElement alone built
// the same way. The package's own code is what the whole adds to them (gzip does not add up
// exactly, so "own code" is the whole less the two dependencies).
import {bundledGzipBytes} from '../build/bundle-bytes.mjs';
import {budgets, gzipBytes} from '../build/size-budget.mjs';
import {cdnPlugins} from '../rollup.config.mjs';

const cdnFile = budgets.notifier.file;

/** Entries that keep just what the package uses of each dependency. */
const dependencies = {
	ky: `import ky, {HTTPError, TimeoutError} from 'ky'; globalThis.kept = [ky, HTTPError, TimeoutError];`,
	lit: `import {ReactiveElement} from '@lit/reactive-element'; globalThis.kept = ReactiveElement;`,
};

/** @param {string} entry @param {boolean} trim */
const dependencyBytes = (entry, trim) => bundledGzipBytes({entry, plugins: cdnPlugins({trim}), format: 'iife'});

const rows = [];
for (const trim of [false, true]) {
	const whole = trim ? await gzipBytes(cdnFile) : await bundledGzipBytes({input: 'src/cdn.ts', plugins: cdnPlugins({trim}), format: 'iife'});
	const [ky, lit] = [await dependencyBytes(dependencies.ky, trim), await dependencyBytes(dependencies.lit, trim)];
	rows.push([trim ? `with stubs (shipped: ${cdnFile})` : 'without stubs (built in memory)', whole, ky, lit, whole - ky - lit]);
}
console.log('| CDN file, gzip -9 | whole | ky | Lit ReactiveElement | own code (whole − ky − Lit) |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
