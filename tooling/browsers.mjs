// @ts-check
// The one place that finds the system browsers, for the tests, the bench and CI. Test tools
// never download a browser here: each engine comes from the system, or from a variable. The test
// runner's launchers find only the browsers they download (Puppeteer, Playwright).
//   node tooling/browsers.mjs --missing   prints the Debian packages of the engines not found
import {existsSync, readdirSync} from 'node:fs';

/**
 * @typedef {object} Engine
 * @property {string} name how the test output names it
 * @property {string} variable the environment variable that points at its executable
 * @property {string[]} paths where Debian, Ubuntu and the vendors put it
 * @property {string} install what to install on Debian/Ubuntu
 */

// WebKitGTK's MiniBrowser lives under the architecture's library folder.
const miniBrowsers = () => {
	try {
		return readdirSync('/usr/lib').map((folder) => `/usr/lib/${folder}/webkit2gtk-4.1/MiniBrowser`);
	} catch {
		return [];
	}
};

/** @type {Record<'chromium' | 'firefox' | 'webkit' | 'webkitDriver' | 'xvfb', Engine>} */
export const engines = {
	chromium: {
		name: 'Chromium',
		variable: 'CHROME_PATH',
		paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
		install: 'chromium',
	},
	firefox: {name: 'Firefox', variable: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], install: 'firefox-esr'},
	// WebKit, Safari's engine: WebKitGTK's MiniBrowser, driven by its WebDriver, on a virtual display.
	webkit: {name: 'WebKit', variable: 'WEBKIT_BROWSER_PATH', paths: miniBrowsers(), install: 'webkit2gtk-driver'},
	webkitDriver: {name: 'WebKitWebDriver', variable: 'WEBKIT_WEBDRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver'], install: 'webkit2gtk-driver'},
	xvfb: {name: 'Xvfb', variable: 'XVFB_PATH', paths: ['/usr/bin/Xvfb'], install: 'xvfb'},
};

/** The engine's executable, or undefined. @param {Engine} engine */
export const findBrowser = (engine) => [process.env[engine.variable], ...engine.paths].find((path) => path && existsSync(path));

/** What to tell someone whose machine lacks the engine. @param {Engine} engine */
export const installAdvice = (engine) => `No ${engine.name} found. Install it (Debian/Ubuntu: apt-get install ${engine.install}) or set ${engine.variable} to its executable.`;

/** The executable, or an error that says what to install. @param {Engine} engine */
export const requireBrowser = (engine) => {
	const path = findBrowser(engine);
	if (!path) throw new Error(installAdvice(engine));
	return path;
};

if (process.argv[1] === new URL(import.meta.url).pathname && process.argv.includes('--missing')) {
	console.log(
		[
			...new Set(
				Object.values(engines)
					.filter((engine) => !findBrowser(engine))
					.map((engine) => engine.install),
			),
		].join(' '),
	);
}
