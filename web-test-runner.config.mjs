// Runs test/**/*.test.ts in real browsers against the Participant Service emulator, and the
// behaviour suites a second time against the built CDN file (group "cdn").
import {readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {contentSecurityPolicy} from './demo/content-security-policy.js';
import {chatMiddleware} from './back-end/start-chat-contact.mjs';
import {everyOperation} from './emulator/quotas.js';
import {startEmulator} from './emulator/server.js';
import {startNextExample} from './examples/next/server.mjs';
import {engines, findBrowser, installAdvice, requireBrowser} from './tooling/browsers.mjs';
import {inputCommands} from './test/support/input-commands.mjs';
import {startWebKit} from './tooling/webkit.mjs';

// TEST_BROWSERS=chromium,firefox,webkit picks engines (all by default). Each one asked for must
// be installed; on CI all three are.
const wanted = (process.env.TEST_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const chromePath = wanted.includes('chromium') ? requireBrowser(engines.chromium) : undefined;
// Firefox (through WebDriver BiDi) and WebKit run too where they are installed; CI installs
// them and must not skip them.
const firefoxPath = !wanted.includes('firefox') ? undefined : process.env.CI || process.env.TEST_BROWSERS ? requireBrowser(engines.firefox) : findBrowser(engines.firefox);
if (wanted.includes('firefox') && !firefoxPath) console.warn(`${installAdvice(engines.firefox)} Testing without Firefox.`);
const webkitMissing = [engines.webkit, engines.webkitDriver, ...(process.env.DISPLAY ? [] : [engines.xvfb])].find((engine) => !findBrowser(engine));
if (wanted.includes('webkit') && webkitMissing && (process.env.CI || process.env.TEST_BROWSERS)) requireBrowser(webkitMissing);
if (wanted.includes('webkit') && webkitMissing) console.warn(`${installAdvice(webkitMissing)} Testing without WebKit.`);
const webkit = wanted.includes('webkit') && !webkitMissing ? await startWebKit() : undefined;

// The element's and the client's suites run against src/ and against the CDN file users load:
// every file in those folders, so a new suite cannot skip the shipped file.
const behaviourFolders = ['test/element/', 'test/client/'];
// TEST_FILES=<file>[,<file>] narrows both runs to those files (npm run test:one).
const only = process.env.TEST_FILES?.split(',').map((file) => file.replace(/^\.\//, ''));
const cdnFiles = only ? only.filter((file) => behaviourFolders.some((folder) => file.startsWith(folder))) : behaviourFolders.map((folder) => `${folder}**/*.test.ts`);

// The test pages' origin (any localhost port) is approved; the second emulator approves nobody,
// so a test can see what a browser sees when the service rejects the page's origin.
const localOrigin = (origin) => /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin);
let emulators;
/** A loopback URL where nothing listens: a service that refuses connections. */
let closedUrl;
/** The pages' back end: StartChatContact with the official AWS SDK, against the first emulator. */
let chatRoute;
/** The Next.js example under `next start`, started by the first request for it (only its suite needs it built). */
let nextExample;

/**
 * Ends the output with a line of counts per browser, then the overall line. Written as the
 * process exits, so the lines come last even when a browser crashes and the runner dies mid-run.
 * The runner's own reporters (default, summary, dot) print progress bars or test names, not
 * these lines, and print nothing once the runner has died.
 */
const countsLines = () => {
	const count = (suite, into) => {
		for (const test of suite?.tests ?? []) into[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
		for (const child of suite?.suites ?? []) count(child, into);
	};
	const format = ({passed, failed, skipped}) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
	const lines = (sessions) => {
		const byBrowser = new Map();
		const all = {passed: 0, failed: 0, skipped: 0};
		for (const session of sessions) {
			const name = session.browser.name;
			if (!byBrowser.has(name)) byBrowser.set(name, {passed: 0, failed: 0, skipped: 0});
			const counts = {passed: 0, failed: 0, skipped: 0};
			count(session.testResults, counts);
			// A file that failed to load, timed out or never ran to its end has no failed test, maybe: count it.
			if ((session.status !== 'FINISHED' || !session.passed) && !counts.failed) counts.failed++;
			for (const into of [byBrowser.get(name), all]) for (const key of Object.keys(counts)) into[key] += counts[key];
		}
		return [...[...byBrowser].map(([name, counts]) => `${name}: ${format(counts)}`), format(all)];
	};
	return {
		start({sessions}) {
			// The runner's terminal owns the screen until it stops; write once the process is done with it.
			process.once('exit', () => process.stdout.write(`${lines(sessions.all()).join('\n')}\n`));
		},
	};
};
/** The test page: the emulators' URLs, and which build of the library the suites load. */
const testPage = (target) => (testFramework) => `<!doctype html>
<html>
	<body>
		<script>window.EMULATOR = ${JSON.stringify({url: emulators[0].url, foreignUrl: emulators[1].url, closedUrl})}; window.TARGET = '${target}';</script>
		<script type="module" src="${testFramework}"></script>
	</body>
</html>`;
const importedJson = (context) => context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script';

export default {
	files: only ?? ['test/**/*.test.ts'],
	nodeResolve: {browser: true, exportConditions: ['browser']},
	// One page at a time: pages in background tabs get throttled timers and no keyboard focus,
	// and these tests time real retries and type real keys.
	concurrency: 1,
	testsFinishTimeout: 180_000,
	reporters: [defaultReporter(), countsLines()],
	testFramework: {config: {timeout: 20_000}},
	browsers: [
		...(chromePath
			? [
					chromeLauncher({
						launchOptions: {
							executablePath: chromePath,
							args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
						},
					}),
				]
			: []),
		...(firefoxPath ? [puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true}})] : []),
		...(webkit ? [webkit] : []),
	],
	plugins: [
		esbuildPlugin({ts: true, tsconfig: './tsconfig.json', define: {PACKAGE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version)}}),
		inputCommands(),
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
			// The demo under the policy npm start serves it with.
			name: 'demo-csp',
			transform(context) {
				if (context.path === '/demo/index.html') return {headers: {'content-security-policy': contentSecurityPolicy(emulators[0].url)}};
			},
		},
		{
			name: 'participant-service-emulator',
			async serverStart() {
				// Every account may take 1,000 calls a second, so that suites running side by side in three
				// browsers never throttle each other; a test of the quotas sets its own account's.
				const quotas = everyOperation({perSecond: 1000, burst: 1000});
				emulators = await Promise.all([startEmulator({origins: localOrigin, quotas}), startEmulator({origins: []})]);
				// A port the system gave and took back: connections to it are refused.
				const server = createServer().listen(0, '127.0.0.1');
				await new Promise((resolve) => server.once('listening', resolve));
				closedUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
				await new Promise((resolve) => server.close(resolve));
				chatRoute = chatMiddleware(emulators[0].url, ['/chat', '/examples/back-end/chat']);
			},
			async serverStop() {
				(await nextExample)?.close();
				await Promise.all(emulators.map((emulator) => emulator.close()));
			},
		},
	],
	// The Next.js example, under `next start`, served on the test pages' origin (the emulator approves it).
	// The pages' back end (`POST /chat`, and the back-end example's own route): StartChatContact
	// with the official AWS SDK, against the emulator. The back-end example's page loads the CDN
	// file as examples/back-end/server.mjs serves it.
	middleware: [
		(context, next) => chatRoute(context, next),
		async (context, next) => {
			if (!/^\/examples\/next(\/|$)/.test(context.path)) return next();
			nextExample ??= startNextExample(emulators[0].url);
			const headers = Object.entries(context.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : []));
			const answer = await (await nextExample).forward(new Request(`http://${context.host}${context.url}`, {method: context.method, headers}));
			context.status = answer.status;
			context.set(Object.fromEntries(answer.headers));
			context.body = Buffer.from(await answer.arrayBuffer());
		},
		async (context, next) => {
			if (context.path === '/examples/back-end/connect-typing-notifier.min.js') context.url = '/dist/connect-typing-notifier.min.js';
			await next();
		},
	],
	testRunnerHtml: testPage('src'),
	groups: cdnFiles.length ? [{name: 'cdn', files: cdnFiles, testRunnerHtml: testPage('cdn')}] : [],
};
