// @ts-check
// One test file in one browser, against src/, the CDN file, or both (a suite of test/element or
// test/client runs against both; any other runs once):
//   npm run test:one -- test/element/misuse.test.ts [--browser chromium|firefox|webkit] [--target src|cdn]
// Builds what the file needs first, as npm test does, so it runs on a fresh clone: the package
// (unless only src/ is wanted), the suites' editor pages, and for test/integration the examples.
// The runner's --files and --group select; they do not build.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({allowPositionals: true, options: {browser: {type: 'string', default: 'chromium'}, target: {type: 'string'}}});
const [file] = positionals;
if (!file || !existsSync(file) || positionals.length > 1) {
	console.error('Usage: npm run test:one -- <test file> [--browser chromium|firefox|webkit] [--target src|cdn]');
	process.exit(2);
}
if (values.target && !['src', 'cdn'].includes(values.target)) {
	console.error(`--target is src or cdn, not ${values.target}`);
	process.exit(2);
}
/** @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
const run = (command, args, env = process.env) => {
	const {status} = spawnSync(command, args, {stdio: 'inherit', env});
	if (status !== 0) process.exit(status ?? 1);
};
const integration = file.replace(/^\.\//, '').startsWith('test/integration/');
if (values.target !== 'src' || integration) run('npm', ['run', '--silent', 'build']);
run('node', ['test/fixtures/build.mjs']);
if (integration) run('node', ['examples/build.mjs']);
// The runner's groups: `default` is src/, `cdn` the CDN file.
const group = values.target === 'src' ? ['--group', 'default'] : values.target === 'cdn' ? ['--group', 'cdn'] : [];
run('npx', ['web-test-runner', ...group], {...process.env, TEST_FILES: file, TEST_BROWSERS: values.browser});
