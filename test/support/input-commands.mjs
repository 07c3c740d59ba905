// @ts-check
// Test-runner commands for input that comes without key events, through Chromium's DevTools
// protocol: text inserted as dictation or predictive text inserts it (`Input.insertText`), and an
// IME's composition (`Input.imeSetComposition`, committed by `Input.insertText`). Other engines'
// automation offers no such input; the suites use the nearest each has, and name it.

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export const inputCommands = () => ({
	name: 'input-commands',
	async executeCommand({command, payload, session}) {
		if (command !== 'insert-text' && command !== 'ime-set-composition') return undefined;
		const browser = /** @type {any} */ (session.browser);
		if (browser.type !== 'puppeteer' || browser.name !== 'Chrome') throw new Error(`${command} needs Chromium's DevTools protocol; ${browser.name} has none`);
		const page = browser.getPage(session.id);
		if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
		const cdp = await /** @type {Promise<import('puppeteer-core').CDPSession>} */ (sessions.get(page));
		const {text} = /** @type {{text: string}} */ (payload);
		if (command === 'insert-text') await cdp.send('Input.insertText', {text});
		else await cdp.send('Input.imeSetComposition', {text, selectionStart: text.length, selectionEnd: text.length});
		return true;
	},
});
