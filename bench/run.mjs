// npm run bench: connect-typing-notifier side by side with the AWS SDK (SendEventCommand) and
// Amazon Connect ChatJS, in one run, in Chromium, against the local emulator. Prints one
// markdown table. Ratios count more than absolute times on a shared machine.
import {readFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {startDevServer} from '@web/dev-server';
import {chatMiddleware} from '../back-end/start-chat-contact.mjs';
import {defaultInterval} from '../dist/core/typing-schedule.js';
import {shownMs, spanMs} from './indicator.mjs';
import {writeBlocks} from '../build/marked-blocks.mjs';
import {budgets, gzipBytes} from '../build/size-budget.mjs';
import {endWithBench, everyQuota, launchChromium, progress, runBench, startEmulatorProcess} from './setup.mjs';

const minuteMs = 60_000;
const keysPerSecond = 5;
// The element's default interval: one refresh per 11.5 s of typing.
const interval = defaultInterval;

const bytes = async (/** @type {string} */ file) => ({min: readFileSync(file).length, gzip: await gzipBytes(file)});

await runBench(async () => {
	// Quotas are not what this table measures: every account may call 1,000 times a second.
	const emulatorUrl = await startEmulatorProcess(['--origin', '*', ...everyQuota(1000, 1000)]);
	const server = await startDevServer({
		config: {
			rootDir: new URL('..', import.meta.url).pathname,
			port: 0,
			plugins: [esbuildPlugin({ts: true})],
			// The pages' back end: StartChatContact with the official AWS SDK.
			middleware: [chatMiddleware(emulatorUrl)],
		},
		readCliArgs: false,
		readFileConfig: false,
		logStartMessage: false,
	});
	endWithBench(() => server.stop());
	const address = server.server?.address();
	if (!address || typeof address === 'string') throw new Error('The bench pages are served on no port');
	const origin = `http://localhost:${address.port}`;
	const browser = await launchChromium();

	const open = async (/** @type {string} */ name) => {
		const page = await browser.newPage();
		page.on('pageerror', (error) => console.error(`[${name}] ${/** @type {Error} */ (error).message}`));
		await page.goto(`${origin}/bench/pages/${name}.html?emulator=${encodeURIComponent(emulatorUrl)}`);
		await page.waitForFunction(() => document.title === 'ready', {timeout: 30_000});
		return page;
	};

	const peers = {ours: await open('ours'), sdk: await open('sdk'), chatjs: await open('chatjs')};
	/**
	 * Runs one measurement of bench/pages/harness.js in a peer's page.
	 * @template {keyof Window['bench']} Measure
	 * @param {keyof typeof peers} peer @param {Measure} measure @param {Parameters<Window['bench'][Measure]>[0]} options
	 * @returns {Promise<Awaited<ReturnType<Window['bench'][Measure]>>>}
	 */
	const run = (peer, measure, options) => peers[peer].evaluate((measure, options) => /** @type {(options: unknown) => Promise<any>} */ (window.bench[measure])(options), measure, options);

	const names = /** @type {(keyof typeof peers)[]} */ (Object.keys(peers));
	/**
	 * One measurement in every peer's page at once, by peer.
	 * @template {keyof Window['bench']} Measure
	 * @param {Measure} measure @param {Parameters<Window['bench'][Measure]>[0]} options
	 */
	const everyPeer = async (measure, options) =>
		/** @type {Record<keyof typeof peers, Awaited<ReturnType<Window['bench'][Measure]>>>} */ (
			Object.fromEntries(await Promise.all(names.map(async (peer) => [peer, await run(peer, measure, options)])))
		);

	progress('1/5 typing for 60 s in two chats per peer, and a conversation in a third, all peers at once…');
	const [minute, conversation] = await Promise.all([everyPeer('typingMinute', {durationMs: minuteMs, keysPerSecond}), everyPeer('conversation', {durationMs: minuteMs, keysPerSecond, seed: 7})]);

	progress('2/5 first keystroke → request…');
	const firstKey = {ours: await run('ours', 'firstKeyLatency', {trials: 50}), sdk: await run('sdk', 'firstKeyLatency', {trials: 50}), chatjs: await run('chatjs', 'firstKeyLatency', {trials: 25})};

	progress('3/5 per-keystroke cost…');
	const keyCost = {ours: await run('ours', 'keyCost', {batches: 100}), chatjs: await run('chatjs', 'keyCost', {batches: 100})};

	progress('4/5 10,000 attach/detach cycles, of the notifier and of the indicator…');
	/**
	 * What a round of `cycles` leaves behind in `page`: a first round warms up the code the cycles
	 * run, so that compiled code is not counted as retained; the heap is read after forced GCs.
	 * @template Left
	 * @param {Awaited<ReturnType<typeof open>>} page @param {() => Promise<Left>} cycles
	 */
	const retainedBy = async (page, cycles) => {
		const cdp = await page.createCDPSession();
		const heap = async () => {
			for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).usedSize;
		};
		await cycles();
		const before = await heap();
		const left = await cycles();
		return {left, retained: (await heap()) - before};
	};
	const {left, retained} = await retainedBy(peers.ours, () => run('ours', 'cycles', {count: 10_000}));
	// The same for the indicator, in a page of its own with a ChatJS session.
	const indicatorPage = await open('indicator');
	const {left: indicatorLeft, retained: indicatorRetained} = await retainedBy(
		indicatorPage,
		/** @returns {Promise<{timers: number, subscriptions: number, total: number}>} */
		() => indicatorPage.evaluate(() => /** @type {any} */ (window).bench.indicatorCycles({count: 10_000})),
	);

	progress('5/5 acknowledgement latency…');
	const ack = {ours: await run('ours', 'ackLatency', {trials: 30}), sdk: await run('sdk', 'ackLatency', {trials: 30}), chatjs: await run('chatjs', 'ackLatency', {trials: 25})};

	const size = {
		ours: await bytes('dist/connect-typing-notifier.min.js'),
		sdk: await bytes('bench/dist/sdk-send-event.min.js'),
		chatjs: await bytes('node_modules/amazon-connect-chatjs/dist/amazon-connect-chat.js'),
	};

	const fixed = (/** @type {number} */ value, digits = 1) => value.toFixed(digits);
	const ms = (/** @type {number} */ value) => `${fixed(value)} ms`;
	const percent = (/** @type {number} */ value) => `${fixed(value * 100, 2)} %`;
	const times = (/** @type {number} */ ours, /** @type {number} */ peer) => `${fixed(peer / ours)}×`;
	/** A peer's typing events in one of its two chats. @param {keyof typeof peers} peer @param {number} chat */
	const eventsIn = (peer, chat) => minute[peer][chat] ?? [];
	const requests = (/** @type {keyof typeof peers} */ peer) => eventsIn(peer, 0).length;
	const cover = (/** @type {keyof typeof peers} */ peer, /** @type {number} */ chat) => shownMs([[0, minuteMs]], eventsIn(peer, chat)) / minuteMs;

	// The next messages' typing (every message after the first) that the agent sees: a message hides the indicator.
	const nextMessages = (/** @type {keyof typeof peers} */ peer) => {
		const {events, messages, spans} = conversation[peer];
		const later = spans.slice(1);
		return `${percent(shownMs(later, events, messages) / spanMs(later))} (${events.length} typing events, ${messages.length} messages)`;
	};

	const rows = [
		[
			'Bytes, min / gzip -9',
			`≤ ${budgets.notifier.gzipBytes.toLocaleString('en')} B gzip (the budget)`,
			`${size.ours.min} / ${size.ours.gzip} B`,
			`${size.sdk.min} / ${size.sdk.gzip} B`,
			`${size.chatjs.min} / ${size.chatjs.gzip} B`,
			`${times(size.ours.gzip, size.sdk.gzip)} smaller`,
			`${times(size.ours.gzip, size.chatjs.gzip)} smaller`,
		],
		['Requests, 60 s typing at 5 keys/s', `ceil(60/11.5) = ${Math.ceil(minuteMs / interval)}`, requests('ours'), `${requests('sdk')} (one per key: no schedule)`, requests('chatjs'), '', ''],
		['Agent indicator coverage (12 s hide)', '100 %', percent(cover('ours', 0)), percent(cover('sdk', 0)), percent(cover('chatjs', 0)), '', ''],
		['Second chat on the page: coverage', '100 %', percent(cover('ours', 1)), percent(cover('sdk', 1)), `${percent(cover('chatjs', 1))} (${eventsIn('chatjs', 1).length} requests)`, '', ''],
		["Conversation, messages 2–8 s apart: next messages' typing shown", '100 %', nextMessages('ours'), nextMessages('sdk'), nextMessages('chatjs'), '', ''],
		[
			'First key → request start, median / p95',
			'lower',
			`${ms(firstKey.ours.median)} / ${ms(firstKey.ours.p95)}`,
			`${ms(firstKey.sdk.median)} / ${ms(firstKey.sdk.p95)}`,
			`${ms(firstKey.chatjs.median)} / ${ms(firstKey.chatjs.p95)}`,
			times(firstKey.ours.median, firstKey.sdk.median),
			times(firstKey.ours.median, firstKey.chatjs.median),
		],
		[
			'Per-key main-thread cost vs bare listener (median of 100 × 1,000 events)',
			'≤ 1.5×',
			`${fixed(keyCost.ours.boundMicroseconds / keyCost.ours.bareMicroseconds, 2)}× (${fixed(keyCost.ours.boundMicroseconds, 2)} vs ${fixed(keyCost.ours.bareMicroseconds, 2)} ms)`,
			'n/a (a request per key)',
			`${fixed(keyCost.chatjs.boundMicroseconds / keyCost.chatjs.bareMicroseconds, 2)}× (${fixed(keyCost.chatjs.boundMicroseconds, 2)} vs ${fixed(keyCost.chatjs.bareMicroseconds, 2)} ms)`,
			'',
			'',
		],
		[
			'Heap retained after 10,000 attach/detach (forced GC)',
			'≈ 0',
			`${retained} B; left: ${left.inputListeners} listeners, ${left.observers} observers, ${left.timers} timers, ${left.requests} requests`,
			'n/a',
			'n/a',
			'',
			'',
		],
		[
			'Indicator with a ChatJS session: heap retained after 10,000 attach/detach (forced GC)',
			'≈ 0',
			`${indicatorRetained} B; left: ${indicatorLeft.timers} timers, ${indicatorLeft.subscriptions} new ChatJS subscriptions (${indicatorLeft.total} in all: one set per session)`,
			'n/a',
			'n/a (no indicator)',
			'',
			'',
		],
		[
			'Connected → acknowledgement request, median',
			'lower',
			ms(ack.ours.request),
			`${ms(ack.sdk.request)} (send() called)`,
			`${ms(ack.chatjs.request)} (sendEvent() called)`,
			times(ack.ours.request, ack.sdk.request),
			times(ack.ours.request, ack.chatjs.request),
		],
		[
			'Connected → outcome (sent), median',
			'lower',
			ms(ack.ours.outcome),
			ms(ack.sdk.outcome),
			ms(ack.chatjs.outcome),
			times(ack.ours.outcome, ack.sdk.outcome),
			times(ack.ours.outcome, ack.chatjs.outcome),
		],
	];

	const table = [
		`| | goal | connect-typing-notifier | AWS SDK (SendEventCommand) | ChatJS ${JSON.parse(readFileSync('node_modules/amazon-connect-chatjs/package.json', 'utf8')).version} | SDK ÷ ours | ChatJS ÷ ours |`,
		'|---|---|---|---|---|---|---|',
		...rows.map((row) => `| ${row.join(' | ')} |`),
		'',
		`${await browser.version()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}; \`npm run bench\``,
	].join('\n');
	console.log(`\n${table}`);
	writeBlocks(new URL('README.md', import.meta.url).pathname, {'browser-table': table});
});
