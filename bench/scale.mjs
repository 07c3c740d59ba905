// npm run bench (second part), or node bench/scale.mjs [--seconds 60] [--customers 10,50,100,200,300,400] [--write]:
// a contact center on one account with the published quota (SendEvent 10/s, burst 15, shared by
// every chat). N customers type in bursts at once; each policy runs on an account of its own
// against the emulator (a process of its own). Prints requests offered, 429s, and the share of
// typing time in which the agent's indicator (hidden 12 s after the last event) was on, a row at
// a time as each stage ends; a stage that cannot finish says so in its row. --write puts the
// table in bench/README.md.
import {Agent} from 'node:http';
import {parseArgs} from 'node:util';
import {ConnectParticipantClient, SendEventCommand} from '@aws-sdk/client-connectparticipant';
import {writeBlocks} from '../build/marked-blocks.mjs';
import {ContentTypes, ParticipantEventClient, TypingSchedule} from '../dist/client.js';
import {emulatorChatStarter} from '../back-end/start-chat-contact.mjs';
import {emulatorControls} from '../emulator/controls.js';
import {publishedQuotas} from '../emulator/quotas.js';
import {shownMs, spanMs} from './indicator.mjs';
import {upperBound} from './bound.mjs';
import {customerKeys} from './customers.mjs';
import {progress, runBench, startEmulatorProcess} from './setup.mjs';

const {values} = parseArgs({options: {seconds: {type: 'string', default: '60'}, customers: {type: 'string', default: '10,50,100,200,300,400'}, write: {type: 'boolean', default: false}}});
const durationMs = Number(values.seconds) * 1000;
const counts = values.customers.split(',').map(Number);
// ChatJS's throttle (TYPING_VALIDITY_TIME).
const chatJsInterval = 10_000;
const typing = ContentTypes.typing;

/**
 * The policies: each gets a customer's chat and gives what to do on a key, and when its typing
 * events were delivered (ms from the start).
 * @typedef {(chat: {connectionToken: string}, endpoint: string, start: number) => {key: (text: string) => void, delivered: number[]}} Policy
 */

/**
 * This element's policy, run by its own code: at each edit the element's typing path asks its
 * `TypingSchedule` for an attempt, sends it with its `ParticipantEventClient` (no 429 retried, no
 * retry past the next refresh) and tells the schedule how it ended; here a key does the same.
 * @type {Policy}
 */
const element = (chat, endpoint, start) => {
	const schedule = new TypingSchedule();
	const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint});
	/** @type {number[]} */ const delivered = [];
	return {
		delivered,
		key: (text) => {
			const attempt = schedule.edited(text) && schedule.claim();
			if (!attempt) return;
			client.sendEvent({contentType: typing, retryWithinMs: attempt.retryWithinMs, retryThrottled: false}).then(
				() => {
					schedule.delivered(attempt);
					delivered.push(Date.now() - start);
				},
				(error) => schedule.failed(attempt, error),
			);
		},
	};
};

/**
 * The official SDK's client with its default retry (3 attempts), sending on each key, or on a
 * 10 s leading edge without any pause after a 429 (ChatJS's policy, which sends through the SDK).
 * @param {boolean} everyKey
 * @returns {Policy}
 */
const sdk = (everyKey) => (chat, endpoint, start) => {
	// A browser's 6 connections per origin: a client of its own per customer, as on real pages,
	// without the SDK's 50 sockets each (400 customers would pass the bench's file limit).
	// Requests queue for a socket by design here: no warning for each.
	const requestHandler = {httpAgent: new Agent({keepAlive: true, maxSockets: 6}), socketAcquisitionWarningTimeout: 10 * 60_000};
	const client = new ConnectParticipantClient({region: 'us-east-1', endpoint, credentials: {accessKeyId: 'customer', secretAccessKey: 'customer'}, requestHandler});
	let sentAt = -Infinity;
	/** @type {number[]} */ const delivered = [];
	return {
		delivered,
		key: () => {
			if (!everyKey && Date.now() < sentAt + chatJsInterval) return;
			sentAt = Date.now();
			client.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing})).then(
				() => delivered.push(Date.now() - start),
				() => {},
			);
		},
	};
};

/** @type {Record<string, Policy>} */
const light = {
	'connect-typing-notifier': element,
	'ChatJS (modelled: 10 s leading edge, SDK retries, no pause on 429)': sdk(false),
};
/** @type {Record<string, Policy>} */
const heavy = {'AWS SDK, SendEvent per keystroke': sdk(true)};

const emulatorUrl = await startEmulatorProcess();
const startEmulatorChat = emulatorChatStarter(emulatorUrl);
const {configureAccount, connectCustomer} = emulatorControls(emulatorUrl);

/**
 * A control call to an emulator that a stage may still be saturating: tried again for up to a
 * minute while the connection fails, so that the counts wait for the emulator.
 * @template T @param {() => Promise<T>} call @returns {Promise<T>}
 */
const patiently = async (call) => {
	for (let wait = 250; ; wait *= 2) {
		try {
			return await call();
		} catch (error) {
			if (!(error instanceof TypeError) || wait > 32_000) throw error;
			await new Promise((resolve) => setTimeout(resolve, wait));
		}
	}
};

/**
 * Runs policies side by side, each on an account of its own, for N customers.
 * @param {Record<string, Policy>} policies @param {number} customers @param {string} run
 */
const simulate = async (policies, customers, run) => {
	const prepared = await Promise.all(
		Object.entries(policies).map(async ([name, policy], index) => {
			const account = `scale-${run}-${index}`;
			// Connecting hundreds of customers at 6/s would take the minute: the set-up is not measured.
			await configureAccount(account, {quotas: {CreateParticipantConnection: {perSecond: 1000, burst: 1000}}});
			const chats = await Promise.all(Array.from({length: customers}, async () => connectCustomer(await startEmulatorChat({account}))));
			await configureAccount(account, {quotas: publishedQuotas});
			return {name, policy, chats};
		}),
	);
	const start = Date.now();
	const runs = prepared.map(({name, policy, chats}) => {
		const customersOf = chats.map((chat, index) => {
			const {keys, bursts} = customerKeys(index + 1, durationMs);
			const customer = policy(chat, emulatorUrl, start);
			let text = '';
			for (const at of keys) setTimeout(() => customer.key((text += 'a')), at);
			return {chat, bursts, delivered: customer.delivered};
		});
		return {name, customers: customersOf};
	});
	// The last key, then time for retries in flight to end.
	await new Promise((resolve) => setTimeout(resolve, durationMs + 3_000));
	return Promise.all(
		runs.map(async ({name, customers: all}) => {
			let attempts = 0;
			let throttled = 0;
			let typingMs = 0;
			let covered = 0;
			for (const {chat, bursts, delivered} of all) {
				const requests = await patiently(() => chat.requests());
				attempts += requests.length;
				throttled += requests.filter((request) => request.status === 429).length;
				typingMs += spanMs(bursts);
				covered += shownMs(bursts, delivered);
			}
			const typingAtOnce = typingMs / durationMs;
			return {name, customers, typingAtOnce, offered: attempts / (durationMs / 1000), throttled, coverage: covered / typingMs};
		}),
	);
};

const boundName = 'upper bound (one scheduler for the account, no foresight)';
const names = [boundName, ...Object.keys(light), ...Object.keys(heavy)];
/** @type {{name: string, customers: number, coverage: number}[]} */
const results = [];
const table = [
	`One account, SendEvent quota ${publishedQuotas.SendEvent.perSecond}/s burst ${publishedQuotas.SendEvent.burst}; customers type in bursts for ${durationMs / 1000} s; the indicator hides 12 s after the last event.`,
	'',
	'| customers (typing at once, mean) | policy | requests/s offered | 429s | indicator on, share of typing time | share of the bound |',
	'|---|---|---|---|---|---|',
];
console.log(`\n${table.join('\n')}`);
/** Prints a row now, and keeps it for the README. @param {string[]} cells */
const row = (cells) => {
	const line = `| ${cells.join(' | ')} |`;
	console.log(line);
	table.push(line);
};
const startedAt = Date.now();
await runBench(async () => {
	for (const [index, customers] of counts.entries()) {
		// The reference: one scheduler for the account, over the same customers (a round trip of
		// 5 ms, as the emulator's on loopback). It sends nothing, so it is the same on every run.
		const bound = {
			name: boundName,
			customers,
			throttled: 0,
			...upperBound(
				Array.from({length: customers}, (_, customer) => customerKeys(customer + 1, durationMs)),
				{durationMs, ...publishedQuotas.SendEvent, roundTripMs: 5},
			),
		};
		/** @param {{name: string, typingAtOnce: number, offered: number, throttled: number, coverage: number}} result */
		const measured = (result) => {
			results.push({...result, customers});
			row([
				`${customers} (${result.typingAtOnce.toFixed(0)})`,
				result.name,
				result.offered.toFixed(1),
				String(result.throttled),
				`${(result.coverage * 100).toFixed(1)} %`,
				`${((result.coverage / bound.coverage) * 100).toFixed(1)} %`,
			]);
		};
		measured(bound);
		for (const [what, policies, run] of /** @type {const} */ ([
			["this element and ChatJS's policy, side by side", light, 'light'],
			['the SDK per keystroke', heavy, 'heavy'],
		])) {
			progress(`${index + 1}/${counts.length} ${customers} customers, ${durationMs / 1000} s: ${what}…`);
			try {
				for (const result of await simulate(policies, customers, `${customers}-${run}`)) measured(result);
			} catch (error) {
				// The stage is lost, not the run: its rows say why.
				for (const name of Object.keys(policies)) row([String(customers), name, '—', '—', `did not finish: ${error instanceof Error ? error.message : error}`, '—']);
			}
		}
	}
});
if (process.exitCode) process.exit();

console.log('\nMost customers at once with the indicator on ≥ 90 % of typing time:');
for (const name of names) {
	const fine = results.filter((result) => result.name === name && result.coverage >= 0.9).map((result) => result.customers);
	console.log(`- ${name}: ${fine.length ? Math.max(...fine) : `fewer than ${counts[0]}`}`);
}
const ran = `\`npm run bench:scale -- --seconds ${durationMs / 1000} --customers ${counts.join(',')}\`, ${new Date().toISOString().slice(0, 10)}, ${Math.round((Date.now() - startedAt) / 60_000)} min`;
if (values.write) writeBlocks(new URL('README.md', import.meta.url).pathname, {'scale-table': `${ran}:\n\n${table.join('\n')}`});
