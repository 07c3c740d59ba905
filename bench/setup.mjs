// @ts-check
// The benches' one set-up: the emulator in a process of its own (the load a bench makes must not
// slow the service's clock), Chromium, and one way to stop: Ctrl+C or a failure ends the bench
// with a non-zero exit, so `npm run bench` starts no further stage.
import {fork} from 'node:child_process';
import {once} from 'node:events';
import puppeteer from 'puppeteer-core';
import {operations} from '../emulator/quotas.js';
import {engines, requireBrowser} from '../tooling/browsers.mjs';

/** What to end when the bench stops, in any way. @type {(() => unknown)[]} */
const cleanups = [];
const cleanUp = async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		process.stderr.write(`\nStopped (${signal}): no table.\n`);
		void cleanUp().finally(() => process.exit(130));
	});
}

/**
 * Runs a bench's body, then ends what it started; a failure exits with 1 after saying why.
 * @param {() => Promise<void>} body
 */
export const runBench = async (body) => {
	try {
		await body();
	} catch (error) {
		console.error(error);
		process.exitCode = 1;
	} finally {
		await cleanUp();
	}
};

/** Says on stderr what the bench is doing, so that the table alone goes to stdout. @param {string} text */
export const progress = (text) => process.stderr.write(`${text}\n`);

/** The CLI arguments that give every account `perSecond`/`burst` for every operation. @param {number} perSecond @param {number} burst */
export const everyQuota = (perSecond, burst) => operations.flatMap((operation) => ['--quota', `${operation}=${perSecond}/${burst}`]);

/**
 * `npm run emulator` in a process of its own on a free port, with these CLI arguments.
 * @param {string[]} [args]
 */
export const startEmulatorProcess = async (args = []) => {
	const child = fork(new URL('../emulator/cli.js', import.meta.url).pathname, ['--port', '0', ...args], {stdio: ['ignore', 'pipe', 'inherit', 'ipc']});
	cleanups.push(() => child.kill());
	const [line] = await once(/** @type {import('node:stream').Readable} */ (child.stdout), 'data');
	const url = /http:\/\/\S+/.exec(String(line))?.[0];
	if (!url) throw new Error(`The emulator did not start: ${line}`);
	return url;
};

/** The system's Chromium, headless, with timers that run at full speed in every tab. */
export const launchChromium = async () => {
	const browser = await puppeteer.launch({
		executablePath: requireBrowser(engines.chromium),
		// Ctrl+C is this module's to handle: the bench must end non-zero, not carry on.
		handleSIGINT: false,
		handleSIGTERM: false,
		args: [
			'--no-sandbox',
			'--headless=new',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-timer-throttling',
			'--disable-renderer-backgrounding',
			'--disable-backgrounding-occluded-windows',
			'--js-flags=--expose-gc',
		],
	});
	cleanups.push(() => browser.close());
	return browser;
};

/** Ends `close` with the bench. @param {() => unknown} close */
export const endWithBench = (close) => cleanups.push(close);
