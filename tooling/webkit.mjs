// @ts-check
// WebKit for the test runner: WebKitGTK's MiniBrowser driven through WebKitWebDriver (WebDriver
// classic), on a virtual display (Xvfb) unless the machine has one. Both processes end with
// the test run. Playwright's WebKit is a download; @web/test-runner-webdriver needs a running
// driver, and nothing starts WebKitGTK's, or a new session after its web process crashed.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {webdriverLauncher} from '@web/test-runner-webdriver';
/** @typedef {import('@web/test-runner-webdriver').WebdriverLauncher} WebdriverLauncher */
import {engines, requireBrowser} from './browsers.mjs';

/** @param {import('node:child_process').ChildProcess} child */
const endWithThisProcess = (child) => process.once('exit', () => child.kill());

/**
 * Keeps what WebKitWebDriver and the browser print (silent while all is well) and says its end
 * as the test run exits: when a web process crashes, the reason is there.
 * @param {import('node:child_process').ChildProcess} child
 */
const sayOnExit = (child) => {
	/** @type {string[]} */
	const lines = [];
	const keep = (/** @type {Buffer} */ data) => {
		lines.push(
			...String(data)
				.split('\n')
				.filter((line) => line.trim()),
		);
		lines.splice(0, lines.length - 40);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	process.once('exit', () => lines.length && process.stdout.write(`WebKit said:\n${lines.join('\n')}\n`));
};

const freePort = () =>
	new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});

/** A virtual display of its own: Xvfb picks a free number and writes it on fd 3. @returns {Promise<string>} */
const startDisplay = () =>
	new Promise((resolve, reject) => {
		const xvfb = spawn(requireBrowser(engines.xvfb), ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'pipe', 'pipe']});
		endWithThisProcess(xvfb);
		xvfb.on('error', reject);
		xvfb.stdio[3]?.once('data', (data) => resolve(`:${String(data).trim()}`));
	});

/** Resolves once the WebDriver server answers its status. @param {number} port */
const driverReady = async (port) => {
	const until = Date.now() + 20_000;
	for (;;) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > until) throw new Error(`WebKitWebDriver did not start on port ${port}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
};

/** Starts what WebKit needs and gives the test runner's launcher for it. */
export const startWebKit = async () => {
	const binary = requireBrowser(engines.webkit);
	const driver = requireBrowser(engines.webkitDriver);
	const display = process.env.DISPLAY || (await startDisplay());
	const port = /** @type {number} */ (await freePort());
	// Without a GPU, WebKitGTK composites in software OpenGL: an animation on a test page then keeps
	// the web process at 1.6 cores of a 2-core machine. Painting without compositing takes a tenth.
	const server = spawn(driver, [`--port=${port}`], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1'}});
	endWithThisProcess(server);
	sayOnExit(server);
	await driverReady(port);
	const options = {
		hostname: '127.0.0.1',
		port,
		path: '/',
		logLevel: /** @type {const} */ ('error'),
		// WebKitWebDriver speaks WebDriver classic only; `webkitgtk:` options are its own (webdriverio does not type them).
		capabilities: /** @type {WebdriverIO.Capabilities} */ ({
			'wdio:enforceWebDriverClassic': true,
			'webkitgtk:browserOptions': {binary, args: ['--automation']},
		}),
	};
	/** @type {Parameters<WebdriverLauncher['initialize']>[0] | undefined} */
	let config;
	let current = webdriverLauncher(options);
	// A crashed web process ends WebKit's WebDriver session, and a launcher would go on using it:
	// every later file would fail, and the run would stop on its first navigation. So the runner
	// holds this stand-in, which passes every call to the current launcher; when a session turns
	// out dead, the file that crashed fails, and the launcher is replaced through its public API:
	// `stop()` (which also clears its heartbeat timer), then a new one, initialized alike.
	const replace = async () => {
		const dead = current;
		current = webdriverLauncher(options);
		await own.initialize(/** @type {NonNullable<typeof config>} */ (config));
		await dead.stop();
	};
	/** @type {Pick<WebdriverLauncher, 'initialize' | 'stopSession'>} */
	const own = {
		// The counts line names the engine, not the binary.
		initialize: async (given) => {
			config = given;
			await current.initialize(given);
			current.name = 'WebKit';
		},
		stopSession: async (id) => {
			try {
				return await current.stopSession(id);
			} catch (error) {
				if (String(error).includes('invalid session id')) await replace();
				throw error;
			}
		},
	};
	const launcher = new Proxy(current, {
		get: (_, key) => {
			if (key in own) return own[/** @type {keyof typeof own} */ (key)];
			const value = Reflect.get(current, key);
			return typeof value === 'function' ? value.bind(current) : value;
		},
		set: (_, key, value) => Reflect.set(current, key, value),
	});
	return launcher;
};
