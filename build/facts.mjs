// @ts-check
// The facts a user reads first, measured from the build and written by this script alone: the
// CDN file's Subresource Integrity (next to it, and in the README's script tag), its size and
// the size of the package bundled from npm, the error names the source can report, and the
// browsers the build's language level needs. `npm run build` runs it; `--check` only compares
// (the package check), naming every README block that differs from what it measures. What it
// measures is this package's own (its stubs, its error names): no tool knows these facts.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {parse} from 'acorn';
import {terserOptions} from '../rollup.config.mjs';
import {blocksIn, withBlocks, writeBlocks} from './marked-blocks.mjs';
import {bundledGzipBytes} from './bundle-bytes.mjs';
import {budgets, gzipBytes} from './size-budget.mjs';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const bytes = (/** @type {number} */ n) => `${n.toLocaleString('en')} B`;

/** Each CDN file's Subresource Integrity. */
export const integrities = {
	notifier: `sha384-${createHash('sha384').update(readFileSync(budgets.notifier.file)).digest('base64')}`,
	indicator: `sha384-${createHash('sha384').update(readFileSync(budgets.indicator.file)).digest('base64')}`,
};

/** A CDN file's script tag, pinned to this version, with its integrity. @param {'notifier' | 'indicator'} which */
const scriptTag = (which) =>
	[
		'```html',
		`<script src="https://cdn.jsdelivr.net/npm/connect-typing-notifier@${version}/${budgets[which].file}"`,
		`	integrity="${integrities[which]}" crossorigin="anonymous"></script>`,
		'```',
	].join('\n');

/** `import 'connect-typing-notifier'` as an app's bundler takes it: Lit and ky from npm, minified. */
const npmBundleBytes = () => {
	/** @type {import('rollup').Plugin} */
	const thisPackage = {name: 'this-package', resolveId: (id) => (id === 'connect-typing-notifier' ? new URL('../dist/index.js', import.meta.url).pathname : null)};
	return bundledGzipBytes({entry: `import 'connect-typing-notifier';`, plugins: [thisPackage, resolve({browser: true, exportConditions: ['production']}), terser(terserOptions)], format: 'es'});
};

/** Every error name the source can put in `connect-typing-error`'s `detail.name`, sorted. */
const errorNames = () => {
	const names = new Set();
	for (const file of readdirSync('src', {recursive: true, encoding: 'utf8'})) {
		if (!file.endsWith('.ts')) continue;
		for (const [, name] of readFileSync(`src/${file}`, 'utf8').matchAll(/'([A-Z][A-Za-z]+(?:Exception|Error))'/g)) names.add(name);
	}
	// Throttling is its own event, not an error.
	names.delete('ThrottlingException');
	return [...names].sort();
};

// The first browser versions that read the build's language level (build/browser-minimums.json:
// also what the suite checks each engine it runs against).
/** @type {{ecmaVersion: 2022, why: string, browsers: Record<string, number>}} */
const minimums = JSON.parse(readFileSync(new URL('browser-minimums.json', import.meta.url), 'utf8'));
const {ecmaVersion} = minimums;

/** The README's blocks this script owns, by name: `<!-- facts:name -->` … `<!-- /facts -->`. */
export const blocks = async () => ({
	'script-tag': scriptTag('notifier'),
	'indicator-script-tag': scriptTag('indicator'),
	size: [
		`The CDN file is **${bytes(await gzipBytes(budgets.notifier.file))} gzip -9**, Lit and ky inside; its budget is ${bytes(budgets.notifier.gzipBytes)}. The`,
		`indicator's is **${bytes(await gzipBytes(budgets.indicator.file))}**, Lit inside; its budget is ${bytes(budgets.indicator.gzipBytes)}. \`npm run build\` fails over either;`,
		`\`npm run build && npx size-limit --json\` measures them (zlib's gzip at level 9).`,
		`\`import 'connect-typing-notifier'\` bundled from npm with Lit and ky (rollup, terser) is **${bytes(await npmBundleBytes())} gzip -9**.`,
	].join('\n'),
	browsers: `${Object.entries(minimums.browsers)
		.map(([name, version]) => `${name} ${version}`)
		.join(', ')} or newer: the build is ES${ecmaVersion} (${minimums.why}).`,
	'error-names': errorNames()
		.map((name) => `\`${name}\``)
		.join(', '),
});

/** What differs between the README and the build: a line per block. */
export const staleFacts = async () => {
	const readme = readFileSync('README.md', 'utf8');
	const [now, then] = [blocksIn(withBlocks(readme, await blocks(), 'README.md')), blocksIn(readme)];
	return Object.keys(now)
		.filter((name) => now[name] !== then[name])
		.map((name) => `README.md's "${name}" facts differ from the build: run npm run build`);
};

if (import.meta.url === `file://${process.argv[1]}`) {
	// The CDN file is the language level the browsers above read.
	for (const {file} of Object.values(budgets)) parse(readFileSync(file, 'utf8'), {ecmaVersion, sourceType: 'script'});
	if (process.argv.includes('--check')) {
		const stale = await staleFacts();
		for (const line of stale) console.error(`✗ ${line}`);
		process.exitCode = stale.length ? 1 : 0;
	} else {
		for (const [which, {file}] of Object.entries(budgets)) writeFileSync(`${file}.integrity`, `${integrities[/** @type {'notifier' | 'indicator'} */ (which)]}\n`);
		writeBlocks('README.md', await blocks());
	}
}
