// Every failure the service or the network can hand the element, for a typing event and for
// the acknowledgement: one outcome event per send, retries only where the contract allows,
// the same ClientToken on every attempt, nothing unhandled.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {TypingErrorDetail, TypingSentDetail, TypingThrottledDetail} from '../src/index.js';
import {acknowledged, emulatorUrl, foreignEmulatorUrl, startChat, typing, waitFor, type Fault} from './emulator.js';

type Outcome = ['sent', TypingSentDetail] | ['throttled', TypingThrottledDetail] | ['error', TypingErrorDetail];

interface Case {
	fault: Fault | 'cors';
	/** The first outcome: the event name, and for failures the error name, status and retryable. */
	outcome: ['sent'] | ['throttled', number] | ['error', string, number, boolean];
	/** Attempts that reached the service for that outcome. */
	attempts?: number;
	/** Only for typing, with this interval (ms). */
	interval?: number;
}

const httpDate = (msFromNow: number) => new Date(Date.now() + msFromNow).toUTCString();

const cases: Record<string, Case> = {
	'429 without Retry-After, every attempt': {fault: {status: 429, times: 3}, outcome: ['throttled', 60_000], attempts: 3},
	'429 with Retry-After in seconds, once': {fault: {status: 429, retryAfter: '1'}, outcome: ['sent'], attempts: 2},
	'429 with Retry-After as an HTTP date, once': {fault: {status: 429, retryAfter: httpDate(2_000)}, outcome: ['sent'], attempts: 2},
	'500 once': {fault: {status: 500}, outcome: ['sent'], attempts: 2},
	'500 on every attempt': {fault: {status: 500, times: 3}, outcome: ['error', 'InternalServerException', 500, true], attempts: 3},
	'502 on every attempt': {fault: {status: 502, times: 3}, outcome: ['error', 'InternalServerException', 502, true], attempts: 3},
	'503 on every attempt': {fault: {status: 503, times: 3}, outcome: ['error', 'InternalServerException', 503, true], attempts: 3},
	'504 on every attempt': {fault: {status: 504, times: 3}, outcome: ['error', 'InternalServerException', 504, true], attempts: 3},
	'a request timeout, once': {fault: {latencyMs: 5_300}, outcome: ['sent'], attempts: 2},
	'a connection reset, once': {fault: {drop: true}, outcome: ['sent'], attempts: 2},
	// The browser itself tries a reset keep-alive connection again, so it meets more resets than ky's 3 attempts.
	'a connection reset on every attempt': {fault: {drop: true, times: 10}, outcome: ['error', 'NetworkError', 0, true]},
	'a 200 with an HTML body': {fault: {body: 'html'}, outcome: ['error', 'InvalidResponseError', 200, false], attempts: 1},
	'a 200 with a cut-off body': {fault: {body: 'truncated'}, outcome: ['error', 'InvalidResponseError', 200, false], attempts: 1},
	'a 4xx with a non-JSON body': {fault: {status: 400, body: 'html'}, outcome: ['error', 'ValidationException', 400, false], attempts: 1},
	'a CORS rejection': {fault: 'cors', outcome: ['error', 'NetworkError', 0, true]},
	'400': {fault: {status: 400}, outcome: ['error', 'ValidationException', 400, false], attempts: 1},
	'403': {fault: {status: 403}, outcome: ['error', 'AccessDeniedException', 403, false], attempts: 1},
	'409': {fault: {status: 409}, outcome: ['error', 'ConflictException', 409, false], attempts: 1},
};

// A typing event whose Retry-After lands after its interval is stale: not retried.
const typingOnly: Record<string, Case> = {
	'429 with a Retry-After past the interval': {fault: {status: 429, retryAfter: '30'}, outcome: ['throttled', 30_000], attempts: 1, interval: 2_000},
};

const unhandled: unknown[] = [];
const consoleErrors: unknown[][] = [];
const originalError = console.error;
before(() => {
	addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
	console.error = (...args) => {
		consoleErrors.push(args);
		originalError(...args);
	};
});
after(() => {
	console.error = originalError;
});

const run = async (contentType: string, {fault, interval = 60_000}: Case) => {
	const chat = await startChat();
	const isTyping = contentType === typing;
	const page = await fixture<HTMLDivElement>(html`
		<div>
			<input id="m" />
			<connect-typing-notifier for="m" interval=${interval} ?no-acknowledge=${isTyping} endpoint=${fault === 'cors' ? foreignEmulatorUrl : emulatorUrl}></connect-typing-notifier>
		</div>
	`);
	const notifier = page.querySelector('connect-typing-notifier')!;
	const outcomes: Outcome[] = [];
	notifier.addEventListener('connect-typing-sent', ({detail}) => outcomes.push(['sent', detail]));
	notifier.addEventListener('connect-typing-throttled', ({detail}) => outcomes.push(['throttled', detail]));
	notifier.addEventListener('connect-typing-error', ({detail}) => outcomes.push(['error', detail]));
	if (fault !== 'cors') await chat.fault({...fault, operation: 'event'});
	notifier.connectionToken = chat.connectionToken;
	if (isTyping) {
		const field = page.querySelector('input')!;
		field.value = 'a';
		field.dispatchEvent(new InputEvent('input'));
	}
	await waitFor(() => outcomes.length, 15_000);
	// Room for a second outcome, which must not come.
	await new Promise((resolve) => setTimeout(resolve, 300));
	return {chat, notifier, outcomes, requests: (await chat.requests()).filter((request) => request.contentType === contentType)};
};

const describeOutcome = ([kind, detail]: Outcome): Case['outcome'] =>
	kind === 'sent' ? ['sent'] : kind === 'throttled' ? ['throttled', detail.retryAfterMs] : ['error', detail.name, detail.status, detail.retryable];

for (const [contentType, label] of [[typing, 'typing event'], [acknowledged, 'acknowledgement']] as const) {
	describe(`fault matrix: the ${label}`, function () {
		this.timeout(30_000);
		const all = contentType === typing ? {...cases, ...typingOnly} : cases;
		for (const [name, testCase] of Object.entries(all)) {
			it(name, async () => {
				unhandled.length = consoleErrors.length = 0;
				const {outcomes, requests, chat, notifier} = await run(contentType, testCase);
				expect(outcomes.map(describeOutcome)).to.deep.equal([testCase.outcome]);
				if (testCase.attempts !== undefined) expect(requests.length, 'attempts').to.equal(testCase.attempts);
				expect(new Set(requests.map((request) => request.clientToken)).size, 'one ClientToken for all attempts').to.be.at.most(1);
				expect(unhandled, 'unhandled rejections').to.deep.equal([]);
				expect(consoleErrors, 'console errors').to.deep.equal([]);
				const [kind, detail] = outcomes[0]!;
				const passing = kind === 'throttled' || (kind === 'error' && detail.retryable);
				if (contentType === acknowledged && passing && testCase.fault !== 'cors') {
					// A passing failure: the acknowledgement is tried again by itself and lands once.
					await waitFor(() => outcomes.some(([kind]) => kind === 'sent'), 10_000);
					expect((await chat.events()).filter((event) => event.ContentType === acknowledged)).to.have.length(1);
				}
				notifier.remove();
			});
		}
	});
}

describe('tokens and requests in flight', () => {
	it('a token swapped while a request is in flight is used next, and the old 403 is not blamed on it', async () => {
		const chat = await startChat();
		const page = await fixture<HTMLDivElement>(html`<div><input id="m" /><connect-typing-notifier for="m" interval="1" no-acknowledge endpoint=${emulatorUrl}></connect-typing-notifier></div>`);
		const notifier = page.querySelector('connect-typing-notifier')!;
		const field = page.querySelector('input')!;
		const outcomes: string[] = [];
		notifier.addEventListener('connect-typing-sent', () => outcomes.push('sent'));
		notifier.addEventListener('connect-typing-error', ({detail}) => outcomes.push(detail.name));
		notifier.connectionToken = chat.connectionToken;
		await chat.fault({status: 403, latencyMs: 300});
		field.value = 'a';
		field.dispatchEvent(new InputEvent('input'));
		await new Promise((resolve) => setTimeout(resolve, 50));
		notifier.connectionToken = await chat.connect();
		await waitFor(() => outcomes.length);
		expect(outcomes).to.deep.equal(['AccessDeniedException']);
		field.value = 'ab';
		field.dispatchEvent(new InputEvent('input'));
		await waitFor(() => outcomes.length === 2);
		expect(outcomes).to.deep.equal(['AccessDeniedException', 'sent']);
	});
});
