// Checks what `npm publish` would ship: the CDN file within its size budget, and a tarball
// with the built files, types and source maps but no tests or tooling.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('size-budget.json', import.meta.url), 'utf8'));
const failures = [];
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

// The manifest tells editors and Storybook the element's API: exactly the public one.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((/** @type {any} */ module) => module.declarations ?? []).find((/** @type {any} */ declaration) => declaration.tagName === 'connect-typing-notifier');
const publicApi = {
	attributes: ['connection-token', 'for', 'region', 'fips', 'dualstack', 'endpoint', 'interval', 'no-acknowledge'],
	events: ['connect-typing-sent', 'connect-typing-throttled', 'connect-typing-error'],
	members: ['version', 'define', 'htmlFor', 'target', 'region', 'fips', 'dualstack', 'endpoint', 'interval', 'noAcknowledge', 'connectionToken', 'sendTyping', 'messageSent', 'acknowledge'],
};
if (!element) failures.push('custom-elements.json does not describe <connect-typing-notifier>');
for (const [kind, expected] of Object.entries(publicApi)) {
	const listed = (element?.[kind] ?? []).map((/** @type {{name: string}} */ entry) => entry.name);
	if (JSON.stringify([...listed].sort()) !== JSON.stringify([...expected].sort())) {
		failures.push(`custom-elements.json lists the ${kind} ${listed.join(', ')}; the public API is ${expected.join(', ')}`);
	}
}

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
