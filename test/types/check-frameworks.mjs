// @ts-check
// Each framework's own type checker over the package's typings for it: every usage file passes,
// and every wrong usage is flagged (tsc and vue-tsc by their expect-error comments; svelte-check,
// which has none in markup, by the `expect-error:` comments in test/types/svelte/Wrong.svelte).
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const failures = [];
/** @param {string} what @param {string[]} command @param {string} [cwd] */
const run = (what, command, cwd = here) => {
	try {
		return execFileSync('npx', command, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	} catch (error) {
		const {stdout = '', stderr = ''} = /** @type {{stdout?: string, stderr?: string}} */ (error);
		failures.push(`${what}:\n${stdout}${stderr}`);
		return stdout;
	}
};

run('tsc, Preact JSX', ['tsc', '-p', 'preact']);
run('tsc, Solid JSX', ['tsc', '-p', 'solid']);
run('vue-tsc, Vue templates (test/types/vue and examples/vue)', ['vue-tsc', '--noEmit', '-p', 'vue']);

// svelte-check: errors in Chat.svelte fail; Wrong.svelte's must be exactly the expected ones.
const reported = [];
try {
	execFileSync('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'], {cwd: `${here}svelte`, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
} catch (error) {
	const {stdout = ''} = /** @type {{stdout?: string}} */ (error);
	for (const [, file, line, message] of stdout.matchAll(/ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)) reported.push({file, line: Number(line), message: message ?? ''});
}
const expected = readFileSync(`${here}svelte/Wrong.svelte`, 'utf8')
	.split('\n')
	.flatMap((text, index) => [...(/<!-- expect-error: (.*) -->/.exec(text) ?? [])].slice(1).map((message) => ({file: 'Wrong.svelte', line: index + 2, message})));
for (const error of reported) {
	if (!expected.some((want) => want.file === error.file && want.line === error.line && error.message.includes(want.message)))
		failures.push(`svelte-check: ${error.file}:${error.line} ${error.message}`);
}
for (const want of expected) {
	if (!reported.some((error) => error.file === want.file && error.line === want.line)) failures.push(`svelte-check does not flag ${want.file}:${want.line} (${want.message})`);
}

if (failures.length) {
	console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
	process.exit(1);
}
console.log('framework typings: Preact, Solid (tsc), Vue (vue-tsc), Svelte (svelte-check) as expected');
