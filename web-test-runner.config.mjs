// Runs test/**/*.test.ts in real browsers against the Participant Service emulator.
import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {startEmulator} from './emulator/server.js';

const chromePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
	(path) => path && existsSync(path),
);
if (!chromePath) {
	throw new Error(
		'No Chrome or Chromium found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
	);
}

// The test pages' origin (any localhost port) is approved; the second emulator approves nobody,
// so a test can see what a browser sees when the service rejects the page's origin.
const localOrigin = (origin) => /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin);
let emulators;
const importedJson = (context) => context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script';

export default {
	files: ['test/**/*.test.ts'],
	nodeResolve: {browser: true, exportConditions: ['browser']},
	concurrency: 2,
	testFramework: {config: {timeout: 20_000}},
	browsers: [
		chromeLauncher({
			launchOptions: {
				executablePath: chromePath,
				args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
			},
		}),
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
