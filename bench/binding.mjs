// @ts-check
// npm run bench:binding: the element's way of finding its field, against the one it replaced,
// in one Chromium run. "root listener" is this checkout's CDN file (one capturing `input`
// listener on the root, `for` looked up per keystroke); "MutationObserver" is the CDN file of
// the last commit that bound that way (an observer on the whole root, a listener on the field),
// built from git. Prints one markdown table.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {engines, requireBrowser} from '../test/support/browsers.mjs';

/** The last commit whose element bound through a document-wide MutationObserver. */
const observerCommit = 'dfc4b94';

const buildObserverVersion = () => {
	const dir = mkdtempSync(join(tmpdir(), 'binding-'));
	execFileSync('sh', ['-c', `git archive ${observerCommit} src rollup.config.mjs tsconfig.json | tar -x -C ${dir}`]);
	symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
	execFileSync('npx', ['rollup', '-c', '--silent'], {cwd: dir, stdio: 'inherit'});
	const code = readFileSync(join(dir, 'dist/connect-typing-notifier.min.js'), 'utf8');
	rmSync(dir, {recursive: true, force: true});
	return code;
};

const versions = {
	'root listener (this element)': readFileSync('dist/connect-typing-notifier.min.js', 'utf8'),
	'MutationObserver (before)': buildObserverVersion(),
};

const browser = await puppeteer.launch({
	executablePath: requireBrowser(engines.chromium),
	args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
});

/** Runs in the page: medians of per-key cost and of unrelated DOM mutations, with and without the element. */
const measure = async () => {
	const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
	const field = /** @type {HTMLTextAreaElement} */ (document.querySelector('#msg'));
	const bare = /** @type {HTMLTextAreaElement} */ (document.querySelector('#bare'));
	bare.addEventListener('input', () => bare.value);
	/** @param {HTMLTextAreaElement} target @param {number} batch */
	const keys = (target, batch) => {
		const started = performance.now();
		for (let i = 0; i < 1000; i++) {
			target.value = `batch ${batch} ${i}`;
			target.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
		}
		return performance.now() - started;
	};
	// 10,000 unrelated mutations in 1,000 batches, as a page that renders a list makes them; each
	// batch is timed up to the end of its microtasks, where a MutationObserver's callback runs.
	const mutations = async () => {
		const list = document.createElement('ul');
		document.body.append(list);
		let elapsed = 0;
		for (let batch = 0; batch < 1000; batch++) {
			const started = performance.now();
			for (let i = 0; i < 5; i++) list.append(document.createElement('li'));
			for (let i = 0; i < 5; i++) list.firstChild?.remove();
			await Promise.resolve();
			elapsed += performance.now() - started;
		}
		list.remove();
		return elapsed;
	};
	const bound = [];
	const bareKeys = [];
	for (let batch = 0; batch < 100; batch++) {
		bound.push(keys(field, batch));
		bareKeys.push(keys(bare, batch));
	}
	const withElement = [];
	for (let round = 0; round < 9; round++) withElement.push(await mutations());
	document.querySelector('connect-typing-notifier')?.remove();
	const withoutElement = [];
	for (let round = 0; round < 9; round++) withoutElement.push(await mutations());
	return {keyMs: median(bound), bareKeyMs: median(bareKeys), mutationsMs: median(withElement), mutationsBareMs: median(withoutElement)};
};

const rows = [];
const version = await browser.version();
try {
	for (const [name, code] of Object.entries(versions)) {
		const page = await browser.newPage();
		await page.setContent(`<!doctype html><textarea id="msg"></textarea><textarea id="bare"></textarea>
			<connect-typing-notifier for="msg" no-acknowledge endpoint="https://127.0.0.1:9"></connect-typing-notifier>`);
		await page.addScriptTag({content: code});
		await page.evaluate(() => {
			const notifier = /** @type {any} */ (document.querySelector('connect-typing-notifier'));
			notifier.connectionToken = 'bench';
			return notifier.updateComplete;
		});
		const result = await page.evaluate(measure);
		rows.push([
			name,
			`${(result.keyMs / result.bareKeyMs).toFixed(2)}× (${result.keyMs.toFixed(2)} vs ${result.bareKeyMs.toFixed(2)} ms)`,
			`${(result.mutationsMs / result.mutationsBareMs).toFixed(2)}× (${result.mutationsMs.toFixed(1)} vs ${result.mutationsBareMs.toFixed(1)} ms)`,
		]);
		await page.close();
	}
} finally {
	await browser.close();
}
console.log('| binding | per-key cost vs bare listener (median of 100 × 1,000 events) | 10,000 unrelated DOM mutations (1,000 batches): time with the element vs without, median of 9 |');
console.log('|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\n${version}; ${new Date().toISOString().slice(0, 10)}; npm run bench:binding`);
