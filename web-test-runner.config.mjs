// Runs test/**/*.test.ts in real browsers against the Participant Service emulator.
import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {startEmulator} from './emulator/server.js';

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
	(path) => path && existsSync(path),
);
if (!chromePath) {
	throw new Error(
		'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
	);
}
// Firefox runs too where it is installed (through WebDriver BiDi); CI installs it and must not skip it.
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
if (!firefoxPath) {
	const help = 'No Firefox found (Debian/Ubuntu: apt-get install firefox-esr, or set FIREFOX_PATH).';
	if (process.env.CI) throw new Error(help);
	console.warn(`${help} Testing in Chromium only.`);
}

// The test pages' origin (any localhost port) is approved; the second emulator approves nobody,
// so a test can see what a browser sees when the service rejects the page's origin.
const localOrigin = (origin) => /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin);
let emulators;

/** Ends the output with one plain line of counts, after the runner's own summary. */
const countsLine = () => {
	let counts;
	const count = (suite, into) => {
		for (const test of suite?.tests ?? []) test.skipped ? into.skipped++ : test.passed ? into.passed++ : into.failed++;
		for (const child of suite?.suites ?? []) count(child, into);
	};
	return {
		onTestRunFinished({sessions}) {
			counts = {passed: 0, failed: 0, skipped: 0};
			for (const session of sessions) {
				count(session.testResults, counts);
				// A file that failed to load or timed out has errors but maybe no failed test: count it.
				if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) counts.failed++;
			}
		},
		stop() {
			// The runner's terminal owns the screen until it stops; write once the process is done with it.
			process.once('exit', () => counts && process.stdout.write(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`));
		},
	};
};
const importedJson = (context) => context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script';

export default {
	files: ['test/**/*.test.ts'],
	nodeResolve: {browser: true, exportConditions: ['browser']},
	// One page at a time: pages in background tabs get throttled timers and no keyboard focus,
	// and these tests time real retries and type real keys.
	concurrency: 1,
	testsFinishTimeout: 180_000,
	reporters: [defaultReporter(), countsLine()],
	testFramework: {config: {timeout: 20_000}},
	browsers: [
		chromeLauncher({
			launchOptions: {
				executablePath: chromePath,
				args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
			},
		}),
		...(firefoxPath ? [puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true}})] : []),
	],
	plugins: [
		esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
		{
			// The AWS SDK imports its package.json, as bundlers allow: serve JSON that a script imports as a module.
			name: 'json-imports',
			resolveMimeType: (context) => (importedJson(context) ? 'js' : undefined),
			transform: (context) => (importedJson(context) ? `export default ${context.body};` : undefined),
		},
		{
			// A page under a strict Content-Security-Policy, sent as a real header, that loads the CDN file.
			name: 'strict-csp-page',
			serve(context) {
				if (context.path !== '/strict-csp.html') return;
				const {url} = emulators[0];
				return {
					type: 'html',
					headers: {
						'content-security-policy': `default-src 'none'; script-src 'self'; connect-src ${url}; require-trusted-types-for 'script'; trusted-types 'none'`,
					},
					body: `<!doctype html><meta charset="utf-8">
<script src="/test/fixtures/record-violations.js"></script>
<script src="/dist/connect-typing-notifier.min.js"></script>
<textarea id="msg"></textarea>
<connect-typing-notifier for="msg" endpoint="${url}"></connect-typing-notifier>`,
				};
			},
		},
		{
			name: 'participant-service-emulator',
			async serverStart() {
				emulators = await Promise.all([startEmulator({origins: localOrigin}), startEmulator({origins: []})]);
			},
			async serverStop() {
				await Promise.all(emulators.map((emulator) => emulator.close()));
			},
		},
	],
	testRunnerHtml: (testFramework) => `<!doctype html>
<html>
	<body>
		<script>window.EMULATOR = ${JSON.stringify({url: emulators[0].url, foreignUrl: emulators[1].url})};</script>
		<script type="module" src="${testFramework}"></script>
	</body>
</html>`,
};
