// The measuring side of a bench page: each peer page sets `window.peer`, this drives it the
// same way for every peer. Runs in the browser; bench/run.mjs calls it and prints the table.
import {emulatorControls} from '/emulator/controls.js';
import {installProbe} from '/tooling/probe.ts';
import {random} from '/bench/random.mjs';

// Before any peer's code puts an element or a listener on the page.
const probe = installProbe();

const params = new URLSearchParams(location.search);
const emulator = params.get('emulator') ?? '';
const {startCustomerChat} = emulatorControls(emulator);
const typing = 'application/vnd.amazonaws.connect.event.typing';
const acknowledged = 'application/vnd.amazonaws.connect.event.connection.acknowledged';
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// When the first SendEvent request after `after` started (fetch called), in performance.now() ms.
/** @param {number} after */
const nextRequestStart = async (after) => {
	for (let i = 0; i < 500; i++) {
		const start = probe.started().find(({url, at}) => at >= after && url.endsWith('/participant/event'));
		if (start) return start.at;
		await sleep(2);
	}
	throw new Error('no request started');
};

const newField = () => {
	const field = document.createElement('textarea');
	field.id = `field-${Math.random().toString(36).slice(2)}`;
	document.body.append(field);
	return field;
};

/** @param {HTMLTextAreaElement} field @param {string} text */
const key = (field, text) => {
	field.value = text;
	field.dispatchEvent(new InputEvent('input'));
};

/** When the chat's typing events reached the agent, in ms from `started`. @param {import('/emulator/controls.js').CustomerChat} chat @param {number} started */
const typingEventTimes = async (chat, started) => (await chat.events()).filter((event) => event.ContentType === typing).map((event) => Date.parse(event.AbsoluteTime) - started);

const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const percentile = (/** @type {number[]} */ values, /** @type {number} */ p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export const bench = {
	/** Types into two chats at once for `durationMs` at `keysPerSecond`; gives each chat's typing events (ms from the first key). */
	/** @param {{durationMs: number, keysPerSecond: number}} options */
	async typingMinute({durationMs, keysPerSecond}) {
		const chats = await Promise.all([0, 1].map(() => startCustomerChat()));
		const fields = [];
		for (const [index, chat] of chats.entries()) {
			const field = newField();
			await window.peer.bind(field, chat, {region: 'us-east-1', index});
			fields.push(field);
		}
		const started = Date.now();
		let text = '';
		for (let at = 0; at < durationMs; at += 1000 / keysPerSecond) {
			await sleep(Math.max(0, started + at - Date.now()));
			text += 'a';
			for (const field of fields) key(field, text);
		}
		await sleep(1500);
		return Promise.all(chats.map((chat) => typingEventTimes(chat, started)));
	},

	/**
	 * A conversation for `durationMs`: messages that take 2–8 s each to type (seeded), each sent
	 * with Enter, whose handler empties the field in script, as chat widgets do. Gives the typing
	 * events, when each message was sent, and each message's typing span (ms from the first key).
	 */
	/** @param {{durationMs: number, keysPerSecond: number, seed: number}} options */
	async conversation({durationMs, keysPerSecond, seed}) {
		const chat = await startCustomerChat();
		const field = newField();
		// A region of its own: ChatJS throttles per region for the whole page, and the typing minute runs beside this.
		await window.peer.bind(field, chat, {region: window.peer.regionFor(2), index: 2});
		field.addEventListener('keydown', (event) => {
			if (event.key === 'Enter') field.value = '';
		});
		const next = random(seed);
		/** @type {number[]} */ const messages = [];
		/** @type {[number, number][]} */ const spans = [];
		const started = Date.now();
		for (let at = 0; at < durationMs;) {
			const from = at;
			let text = '';
			for (const end = from + 2_000 + next() * 6_000; at < end; at += 1000 / keysPerSecond) {
				await sleep(Math.max(0, started + at - Date.now()));
				text += 'a';
				key(field, text);
			}
			await sleep(Math.max(0, started + at - Date.now()));
			field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
			messages.push(Date.now() - started);
			spans.push([from, at]);
		}
		await sleep(1500);
		return {events: await typingEventTimes(chat, started), messages, spans};
	},

	/** First keystroke → request start, over `trials` fresh chats. */
	/** @param {{trials: number}} options */
	async firstKeyLatency({trials}) {
		const latencies = [];
		for (let trial = 0; trial < trials; trial++) {
			const chat = await startCustomerChat();
			const field = newField();
			const unbind = await window.peer.bind(field, chat, {region: window.peer.regionFor(trial), index: trial});
			await sleep(20);
			const pressed = performance.now();
			key(field, 'h');
			latencies.push((await nextRequestStart(pressed)) - pressed);
			await sleep(50);
			await unbind();
			field.remove();
		}
		return {median: median(latencies), p95: percentile(latencies, 0.95), trials};
	},

	/** Median time of `batches` × 1,000 input events on a bound field and on a field with a bare listener. */
	/** @param {{batches: number}} options */
	async keyCost({batches}) {
		const chat = await startCustomerChat();
		const bound = newField();
		await window.peer.bind(bound, chat, {region: 'us-east-1', index: 0});
		const bare = newField();
		bare.addEventListener('input', () => bare.value);
		/** @param {HTMLTextAreaElement} field @param {number} batch */
		const run = (field, batch) => {
			const base = `batch ${batch} `;
			const started = performance.now();
			for (let i = 0; i < 1000; i++) key(field, base + i);
			return performance.now() - started;
		};
		const times = {bound: /** @type {number[]} */ ([]), bare: /** @type {number[]} */ ([])};
		for (let batch = 0; batch < batches; batch++) {
			times.bound.push(run(bound, batch));
			times.bare.push(run(bare, batch));
		}
		return {boundMicroseconds: median(times.bound), bareMicroseconds: median(times.bare)};
	},

	/** 10,000 create/attach/detach cycles; what stays behind is measured from outside (heap) and by the probe. */
	/** @param {{count: number}} options */
	async cycles({count}) {
		const chat = await startCustomerChat();
		const field = newField();
		const before = {observers: probe.observers(), timers: probe.timers()};
		for (let i = 0; i < count; i++) {
			const unbind = await window.peer.bind(field, chat, {region: 'us-east-1', index: i, offline: true});
			await unbind();
		}
		await sleep(100);
		return {
			inputListeners: probe.inputListeners(field),
			observers: probe.observers() - before.observers,
			timers: probe.timers() - before.timers,
			requests: probe.requests(),
		};
	},

	/** Connected → acknowledgement request start, and → the outcome, over `trials` fresh chats. */
	/** @param {{trials: number}} options */
	async ackLatency({trials}) {
		const toRequest = [];
		const toOutcome = [];
		for (let trial = 0; trial < trials; trial++) {
			const chat = await startCustomerChat();
			const {started, done} = await window.peer.acknowledge(chat, {region: window.peer.regionFor(trial)});
			toRequest.push((await nextRequestStart(started)) - started);
			toOutcome.push((await done) - started);
		}
		return {request: median(toRequest), outcome: median(toOutcome), trials};
	},
};

window.bench = bench;

export {acknowledged, emulator, typing};
