// Checks what `npm publish` would ship: the CDN file within its size budget, and a tarball
// with the built files, types and source maps but no tests or tooling; and that the build's
// stubs are checked against the modules they replace.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {cdnBudget, sizeBudget as budget} from '../../build/size-budget.mjs';
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
const rows = [];

for (const [file, limit] of Object.entries(budget.gzipBytes)) {
	const bytes = readFileSync(file);
	const gzipped = gzipSync(bytes, {level: 9}).length;
	rows.push([file, bytes.length, gzipped, limit]);
	if (gzipped > limit) failures.push(`${file} is ${gzipped} B gzipped, over its budget of ${limit} B`);
}

const [{files}] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const shipped = files.map((/** @type {{path: string}} */ file) => file.path);
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
	'dist/connect-typing-notifier.min.js',
	'dist/connect-typing-notifier.min.js.map',
];
for (const file of required) if (!shipped.includes(file)) failures.push(`the package lacks ${file}`);
for (const file of shipped) if (/^(test|emulator|demo|examples|bench|\.ci|node_modules)\//.test(file)) failures.push(`the package ships ${file}`);

// The manifest tells editors and Storybook the element's API, as the element declares it; the
// README's tables tell users. Each public property, attribute, event and method is in both, with
// the same attribute and default, and nothing else is: a new attribute fails here until the
// README has its row.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((/** @type {any} */ module) => module.declarations ?? []).find((/** @type {any} */ declaration) => declaration.tagName === 'connect-typing-notifier');
if (!element) failures.push('custom-elements.json does not describe <connect-typing-notifier>');
const readme = readFileSync('README.md', 'utf8');
/** The rows of the README table under `heading`, as arrays of cells. @param {string} heading */
const readmeTable = (heading) => {
	const section = readme.split(`\n${heading}\n`)[1] ?? '';
	const lines = section.slice(section.indexOf('\n|')).split('\n').slice(1);
	const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith('|'))).slice(2);
	return rows.map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
};
const code = (/** @type {string} */ cell) => /^`([^`]*)`/.exec(cell)?.[1];
/** @param {string} what @param {string[]} declared @param {string[]} documented */
const same = (what, declared, documented) => {
	for (const name of declared) if (!documented.includes(name)) failures.push(`README.md documents no ${what} ${name}, which the element declares`);
	for (const name of documented) if (!declared.includes(name)) failures.push(`README.md documents the ${what} ${name}, which the element does not declare`);
};
// What a default in the source stands for: a literal, or a constant of the module that defines it.
const typingSchedule = await import('../../dist/core/typing-schedule.js');
/** @param {string | undefined} source */
const defaultValue = (source) => (source === undefined || source === 'null' ? '—' : source in typingSchedule ? String(typingSchedule[/** @type {keyof typeof typingSchedule} */ (source)]) : source);
const members = element?.members ?? [];
const fields = members.filter((/** @type {any} */ member) => member.kind === 'field' && !member.static);
const properties = readmeTable('### Attributes and properties');
same('property', fields.map((/** @type {any} */ field) => field.name), properties.map(([, property]) => code(property ?? '') ?? ''));
for (const field of fields) {
	const row = properties.find(([, property]) => code(property ?? '') === field.name);
	if (!row) continue;
	const attribute = field.attribute ?? element.attributes.find((/** @type {any} */ entry) => !entry.fieldName && entry.description?.includes(`\`${field.name}\``))?.name;
	if ((code(row[0] ?? '') ?? undefined) !== attribute) failures.push(`README.md gives ${field.name} the attribute ${row[0]}; the element's is ${attribute ?? 'none'}`);
	const documented = code(row[3] ?? '') ?? row[3];
	if (documented !== defaultValue(field.default)) failures.push(`README.md gives ${field.name} the default ${row[3]}; the element's is ${defaultValue(field.default)}`);
}
same('attribute', element?.attributes.map((/** @type {any} */ attribute) => attribute.name) ?? [], properties.map(([attribute]) => code(attribute ?? '')).filter((name) => name !== undefined));
same('event', element?.events.map((/** @type {any} */ event) => event.name) ?? [], readmeTable('### Events').map(([event]) => code(event ?? '') ?? ''));
same(
	'method',
	members.filter((/** @type {any} */ member) => member.kind === 'method').map((/** @type {any} */ method) => method.name),
	readmeTable('### Methods').map(([method]) => /(\w+)\(/.exec(method ?? '')?.[1] ?? ''),
);

// The README states the budget that build/size-budget.json holds.
if (!readme.includes(`${cdnBudget.toLocaleString('en')} B gzip -9`)) failures.push(`README.md does not state the CDN file's budget as build/size-budget.json has it (${cdnBudget.toLocaleString('en')} B gzip -9)`);

// The version the element tells another copy on the page is the package's.
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const sourceVersion = /const version = '([^']*)'/.exec(readFileSync('src/connect-typing-notifier.ts', 'utf8'))?.[1];
if (sourceVersion !== version) failures.push(`src/connect-typing-notifier.ts says version ${sourceVersion}, package.json ${version}`);

console.log('| file | bytes | gzip -9 | budget |\n|---|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`package: ${shipped.length} files`);
if (failures.length) {
	console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
	process.exit(1);
}
