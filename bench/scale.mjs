// npm run bench (second part), or node bench/scale.mjs [--seconds 60] [--customers 10,50,100,200,300,400]:
// a contact center on one account with the published quota (SendEvent 10/s, burst 15, shared by
// every chat). N customers type in bursts at once; each policy runs on an account of its own
// against the emulator (a process of its own). Prints requests offered, 429s, and the share of
// typing time in which the agent's indicator (hidden 12 s after the last event) was on.
import {parseArgs} from 'node:util';
import {ConnectParticipantClient, SendEventCommand} from '@aws-sdk/client-connectparticipant';
import {ContentTypes, ParticipantEventClient, TypingSchedule} from '../dist/client.js';
import {emulatorChatStarter} from '../back-end/start-chat-contact.mjs';
import {emulatorControls} from '../emulator/controls.js';
import {publishedQuotas} from '../emulator/quotas.js';
import {shownMs, spanMs} from './indicator.mjs';
import {upperBound} from './bound.mjs';
import {customerKeys} from './customers.mjs';
import {progress, runBench, startEmulatorProcess} from './setup.mjs';

const {values} = parseArgs({options: {seconds: {type: 'string', default: '60'}, customers: {type: 'string', default: '10,50,100,200,300,400'}}});
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
 * This element's policy, run by its own code: at each edit the element asks its
 * `TypingSchedule` and sends through `schedule.send()` with its `ParticipantEventClient`;
 * here a key does the same.
 * @type {Policy}
 */
const element = (chat, endpoint, start) => {
	const schedule = new TypingSchedule();
	const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint});
	/** @type {number[]} */ const delivered = [];
	return {
		delivered,
		key: (text) => {
			if (schedule.edited(text)) void schedule.send(client).then((result) => result.output && delivered.push(Date.now() - start));
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
	const client = new ConnectParticipantClient({region: 'us-east-1', endpoint, credentials: {accessKeyId: 'customer', secretAccessKey: 'customer'}});
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
				const requests = await chat.requests();
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

/** @type {Awaited<ReturnType<typeof simulate>>} */
const results = [];
await runBench(async () => {
	for (const [index, customers] of counts.entries()) {
		progress(`${index + 1}/${counts.length} ${customers} customers, ${durationMs / 1000} s: this element and ChatJS's policy, side by side…`);
		results.push(...(await simulate(light, customers, `${customers}-light`)));
		progress(`${index + 1}/${counts.length} ${customers} customers, ${durationMs / 1000} s: the SDK per keystroke…`);
		results.push(...(await simulate(heavy, customers, `${customers}-heavy`)));
	}
});
if (process.exitCode) process.exit();

// The reference: one scheduler for the account, over the same customers (a round trip of 5 ms, as
// the emulator's on loopback).
const boundName = 'upper bound (one scheduler for the account, no foresight)';
for (const customers of counts) {
	const bound = upperBound(
		Array.from({length: customers}, (_, index) => customerKeys(index + 1, durationMs)),
		{durationMs, ...publishedQuotas.SendEvent, roundTripMs: 5},
	);
	results.push({name: boundName, customers, throttled: 0, ...bound});
}

const names = [boundName, ...Object.keys(light), ...Object.keys(heavy)];
console.log(`\nOne account, SendEvent quota ${publishedQuotas.SendEvent.perSecond}/s burst ${publishedQuotas.SendEvent.burst}; customers type in bursts for ${durationMs / 1000} s; the indicator hides 12 s after the last event.\n`);
console.log('| customers (typing at once, mean) | policy | requests/s offered | 429s | indicator on, share of typing time | share of the bound |');
console.log('|---|---|---|---|---|---|');
for (const customers of counts) {
	const bound = results.find((candidate) => candidate.customers === customers && candidate.name === boundName);
	for (const name of names) {
		const result = results.find((candidate) => candidate.customers === customers && candidate.name === name);
		if (!result) continue;
		const ofBound = bound ? `${((result.coverage / bound.coverage) * 100).toFixed(1)} %` : '';
		console.log(`| ${customers} (${result.typingAtOnce.toFixed(0)}) | ${name} | ${result.offered.toFixed(1)} | ${result.throttled} | ${(result.coverage * 100).toFixed(1)} % | ${ofBound} |`);
	}
}
console.log('\nMost customers at once with the indicator on ≥ 90 % of typing time:');
for (const name of names) {
	const fine = results.filter((result) => result.name === name && result.coverage >= 0.9).map((result) => result.customers);
	console.log(`- ${name}: ${fine.length ? Math.max(...fine) : `fewer than ${counts[0]}`}`);
}
