// Checks what `npm publish` would ship (the build has already held the CDN file to its size
// budget): a tarball with the built files, types, source maps and editor data but no tests or tooling, whose types
// resolve (attw) and whose package.json is sound (publint); the README's measured facts and the
// CDN file's integrity as the build has them; and that the build's stubs are checked against the
// modules they replace. attw and publint check the tarball; what is this package's own (its
// README's tables against its manifest, its facts, its stubs) is checked here.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {integrities, staleFacts} from '../../build/facts.mjs';
import {blocksIn} from '../../build/marked-blocks.mjs';
import {budgets} from '../../build/size-budget.mjs';
import {readInstalled, stubProblems, stubs} from '../../build/unreachable-modules.mjs';

const failures = [];

// A dependency's update that changes only a module's text builds; one that adds an export fails,
// naming every module at once.
const edited = stubProblems((name) => `// a comment line, as a patch release may add\n${readInstalled(name)}`);
if (edited.length) failures.push(`the stub check fails on modules whose text alone changed: ${edited.join('; ')}`);
const grown = stubProblems((name) => `${readInstalled(name)}\nexport const addedByAnUpdate = 1;`);
if (grown.length !== Object.keys(stubs).length || !grown.every((problem) => problem.includes('addedByAnUpdate'))) {
	failures.push(`the stub check does not name every module that gained an export: ${grown.join('; ')}`);
}
const gone = stubProblems(() => undefined);
if (gone.length !== Object.keys(stubs).length) failures.push('the stub check does not name every module that is gone');

const packed = mkdtempSync(join(tmpdir(), 'connect-typing-notifier-pack-'));
const [{files, filename}] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], {encoding: 'utf8'}));
const shipped = files.map((/** @type {{path: string}} */ file) => file.path);
const tarball = join(packed, filename);
/** Runs a checker on the tarball; its own output says what is wrong. @param {string} what @param {string[]} command */
const passes = (what, command) => {
	try {
		execFileSync('npx', [...command, tarball], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		failures.push(`${what} fails on the tarball:\n${/** @type {{stdout?: string}} */ (error).stdout ?? error}`);
	}
};
// The package is ESM only: CommonJS and node10 resolution are not promised.
passes('attw', ['attw', '--profile', 'esm-only']);
passes('publint', ['publint', 'run', '--strict']);
rmSync(packed, {recursive: true});
const required = [
	'LICENSE',
	'README.md',
	'custom-elements.json',
	'dist/index.js',
	'dist/index.d.ts',
	'dist/index.js.map',
	'dist/client.js',
	'dist/client.d.ts',
	'dist/react.d.ts',
	'dist/vue.d.ts',
	'dist/preact.d.ts',
	'dist/solid.d.ts',
	'dist/svelte.d.ts',
	'dist/connect-typing-notifier.min.js',
	'dist/connect-typing-notifier.min.js.map',
	'dist/connect-typing-notifier.min.js.integrity',
	'dist/cdn.d.ts',
	'dist/indicator.js',
	'dist/indicator.d.ts',
	'dist/connect-typing-indicator.min.js',
	'dist/connect-typing-indicator.min.js.map',
	'dist/connect-typing-indicator.min.js.integrity',
	'dist/indicator-cdn.d.ts',
	'dist/vscode.html-custom-data.json',
	'dist/web-types.json',
];
for (const file of required) if (!shipped.includes(file)) failures.push(`the package lacks ${file}`);
for (const file of shipped) if (/^(test|emulator|demo|examples|bench|\.ci|node_modules)\//.test(file)) failures.push(`the package ships ${file}`);

// The manifest tells editors and Storybook each element's API, as the element declares it; the
// documents' tables tell users (the notifier's in README.md, the indicator's in docs/indicator.md).
// Each public property, attribute, event and method is in both, with the same attribute and
// default, and nothing else is: a new attribute fails here until its document has its row.
const declarations = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((/** @type {any} */ module) => module.declarations ?? []);
const readme = readFileSync('README.md', 'utf8');
/** The rows of the table under `heading` in `text`, as arrays of cells. @param {string} text @param {string} heading */
const tableIn = (text, heading) => {
	const section = text.split(`\n${heading}\n`)[1] ?? '';
	const lines = section.slice(section.indexOf('\n|')).split('\n').slice(1);
	const rows = lines
		.slice(
			0,
			lines.findIndex((line) => !line.startsWith('|')),
		)
		.slice(2);
	return rows.map((line) =>
		line
			.split(/(?<!\\)\|/)
			.slice(1, -1)
			.map((cell) => cell.trim()),
	);
};
const code = (/** @type {string} */ cell) => /^`([^`]*)`/.exec(cell)?.[1];
// A default the README shows as —: none, or null.
/** @param {string | undefined} source */
const defaultValue = (source) => (source === undefined || source === 'null' ? '—' : source);

/**
 * Compares an element's manifest entry with the tables of the document `file` that gives its API.
 * @param {string} tag @param {string} file @param {{properties: string, events: string, methods: string}} headings
 */
const checkAgainstDocument = (tag, file, headings) => {
	const text = readFileSync(file, 'utf8');
	const table = (/** @type {string} */ heading) => tableIn(text, heading);
	const element = declarations.find((/** @type {any} */ entry) => entry.tagName === tag);
	if (!element) return failures.push(`custom-elements.json does not describe <${tag}>`);
	/** @param {string} what @param {string[]} declared @param {string[]} documented */
	const same = (what, declared, documented) => {
		for (const name of declared) if (!documented.includes(name)) failures.push(`${file} documents no ${what} ${name} of <${tag}>, which it declares`);
		for (const name of documented) if (!declared.includes(name)) failures.push(`${file} documents the ${what} ${name} of <${tag}>, which it does not declare`);
	};
	const members = element.members ?? [];
	const fields = members.filter((/** @type {any} */ member) => member.kind === 'field' && !member.static);
	const properties = table(headings.properties);
	same(
		'property',
		fields.map((/** @type {any} */ field) => field.name),
		properties.map(([, property]) => code(property ?? '') ?? ''),
	);
	for (const field of fields) {
		const row = properties.find(([, property]) => code(property ?? '') === field.name);
		if (!row) continue;
		if ((code(row[0] ?? '') ?? undefined) !== field.attribute) failures.push(`${file} gives ${field.name} of <${tag}> the attribute ${row[0]}; its own is ${field.attribute ?? 'none'}`);
		const documented = code(row[3] ?? '') ?? row[3];
		if (documented !== defaultValue(field.default)) failures.push(`${file} gives ${field.name} of <${tag}> the default ${row[3]}; its own is ${defaultValue(field.default)}`);
	}
	// A property's own attribute has its row; the lower-cased names server renderers write follow the
	// elements' rule (README, "Attributes and properties"), and have none.
	const ownAttribute = (/** @type {any} */ attribute) => fields.find((/** @type {any} */ field) => field.name === attribute.fieldName)?.attribute === attribute.name;
	same(
		'attribute',
		(element.attributes ?? []).filter(ownAttribute).map((/** @type {any} */ attribute) => attribute.name),
		properties.map(([attribute]) => code(attribute ?? '')).filter((name) => name !== undefined),
	);
	same(
		'event',
		(element.events ?? []).map((/** @type {any} */ event) => event.name),
		table(headings.events).map(([event]) => code(event ?? '') ?? ''),
	);
	same(
		'method',
		members.filter((/** @type {any} */ member) => member.kind === 'method').map((/** @type {any} */ method) => method.name),
		table(headings.methods).map(([method]) => /(\w+)\(/.exec(method ?? '')?.[1] ?? ''),
	);
};
checkAgainstDocument('connect-typing-notifier', 'README.md', {properties: '### Attributes and properties', events: '### Events', methods: '### Methods'});
checkAgainstDocument('connect-typing-indicator', 'docs/indicator.md', {properties: '## Attributes and properties', events: '## Events', methods: '## Methods'});

// What the build measured is what the README says (the budget, the sizes, the error names, the
// script tag's integrity), and the integrity next to the CDN file is the file's.
failures.push(...(await staleFacts()));
// The build writes those facts into the working tree; on CI, the committed README must already say them.
if (process.env.CI) {
	try {
		const committed = blocksIn(execFileSync('git', ['show', 'HEAD:README.md'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
		const built = blocksIn(readme);
		for (const name of Object.keys(built))
			if (committed[name] !== built[name]) failures.push(`the committed README.md's "${name}" facts are not what the build measures: commit what npm run build wrote`);
	} catch (error) {
		failures.push(`cannot read the committed README.md (git show HEAD:README.md): ${error}`);
	}
}
for (const [which, {file}] of Object.entries(budgets))
	if (readFileSync(`${file}.integrity`, 'utf8').trim() !== integrities[/** @type {'notifier' | 'indicator'} */ (which)])
		failures.push(`${file}.integrity is not the file's sha384: run npm run build`);
// The editor data names the attributes the manifest names, no more and no fewer, for each element.
const vscodeTags = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags;
const webTypesElements = JSON.parse(readFileSync('dist/web-types.json', 'utf8')).contributions.html.elements;
for (const tag of ['connect-typing-notifier', 'connect-typing-indicator']) {
	const element = declarations.find((/** @type {any} */ entry) => entry.tagName === tag);
	const attributeNames = JSON.stringify((element?.attributes ?? []).map((/** @type {any} */ attribute) => attribute.name).sort());
	for (const [file, entry] of [
		['dist/vscode.html-custom-data.json', vscodeTags.find((/** @type {any} */ entry) => entry.name === tag)],
		['dist/web-types.json', webTypesElements.find((/** @type {any} */ entry) => entry.name === tag)],
	]) {
		const names = JSON.stringify((entry?.attributes ?? []).map((/** @type {any} */ attribute) => attribute.name).sort());
		if (names !== attributeNames) failures.push(`${file} names the attributes ${names} for <${tag}>, the manifest ${attributeNames}: run npm run build`);
	}
}

// The version is written once: the built element tells the package's.
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
if (!readFileSync('dist/connect-typing-notifier.js', 'utf8').includes(`const version = ${JSON.stringify(version)}`))
	failures.push(`dist/connect-typing-notifier.js does not carry package.json's version ${version}`);

console.log(`package: ${shipped.length} files`);
if (failures.length) {
	console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
	process.exit(1);
}
