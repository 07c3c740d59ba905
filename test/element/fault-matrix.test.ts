// Every failure the service or the network can hand the element, for a typing event and for
// the acknowledgement: one outcome event per send, retries only where the contract allows,
// the same ClientToken on every attempt, nothing unhandled.
import {expect} from '@open-wc/testing';
import {requestTimeoutMs} from '../../src/core/timing.js';
import {fakeClockPerTest} from '../support/clock.js';
import {acknowledged, foreignEmulatorUrl, startCustomerChat, typing, waitFor, type FaultRequest} from '../support/emulator.js';
import {mountNotifier, type Outcome} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target} from '../support/target.js';

const probe = installProbe();

interface Case {
	fault: FaultRequest | 'cors';
	/**
	 * The first outcome: the event name, and for failures the error name, status and retryable;
	 * for a throttle, its `retryAfterMs`, or the range it falls in.
	 */
	outcome: ['sent'] | ['throttled', number | [number, number]] | ['error', string, number, boolean];
	/** Attempts that reached the service for that outcome. */
	attempts?: number;
	/** A typing event's outcome and attempts where they differ: a 429 is not retried. */
	typing?: Pick<Case, 'outcome' | 'attempts'>;
}

const httpDate = (msFromNow: number) => new Date(Date.now() + msFromNow).toUTCString();

const cases: Record<string, Case> = {
	// The acknowledgement is retried, then keeps its own backoff, and says which; typing is not
	// retried and pauses for the service's Retry-After, else 0.5–1 s.
	'429 without Retry-After, every attempt': {fault: {status: 429, times: 3}, outcome: ['throttled', 1_000], attempts: 3, typing: {outcome: ['throttled', [500, 1_000]], attempts: 1}},
	'429 with Retry-After in seconds, once': {fault: {status: 429, retryAfter: '1'}, outcome: ['sent'], attempts: 2, typing: {outcome: ['throttled', 1_000], attempts: 1}},
	'429 with Retry-After as an HTTP date, once': {
		fault: {status: 429, retryAfter: httpDate(2_000)},
		outcome: ['sent'],
		attempts: 2,
		// An HTTP date has whole seconds.
		typing: {outcome: ['throttled', [0, 2_000]], attempts: 1},
	},
	'500 once': {fault: {status: 500}, outcome: ['sent'], attempts: 2},
	'500 on every attempt': {fault: {status: 500, times: 3}, outcome: ['error', 'InternalServerException', 500, true], attempts: 3},
	'502 on every attempt': {fault: {status: 502, times: 3}, outcome: ['error', 'InternalServerException', 502, true], attempts: 3},
	'503 on every attempt': {fault: {status: 503, times: 3}, outcome: ['error', 'InternalServerException', 503, true], attempts: 3},
	'504 on every attempt': {fault: {status: 504, times: 3}, outcome: ['error', 'InternalServerException', 504, true], attempts: 3},
	'a request timeout, once': {fault: {latencyMs: 5_300}, outcome: ['sent'], attempts: 2},
	// A proxy that sends the headers and then stalls the body, or trickles it: the deadline covers the whole answer.
	'a 200 whose body stalls after the headers, once': {fault: {body: 'stalled'}, outcome: ['sent'], attempts: 2},
	'a 200 whose body stalls after the headers, every attempt': {fault: {body: 'stalled', times: 3}, outcome: ['error', 'TimeoutError', 0, true], attempts: 3},
	'a 200 whose body trickles a byte a second, every attempt': {fault: {body: 'trickling', times: 3}, outcome: ['error', 'TimeoutError', 0, true], attempts: 3},
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

const time = fakeClockPerTest();

const run = async (contentType: string, {fault}: Case) => {
	const chat = await startCustomerChat();
	const isTyping = contentType === typing;
	if (fault !== 'cors') await chat.fault({...fault, operation: 'event'});
	const {notifier, seen, type} = await mountNotifier({
		chat,
		interval: 60_000,
		acknowledge: !isTyping,
		attributes: fault === 'cors' ? {endpoint: foreignEmulatorUrl} : {},
	});
	if (isTyping) type('a');
	const slow = fault !== 'cors' && ((fault.latencyMs ?? 0) > requestTimeoutMs || fault.body === 'stalled' || fault.body === 'trickling');
	// Each slow attempt times out on the test's clock, not on the wall's: moved once the attempt reached the service.
	for (let attempt = 1; slow && attempt <= (fault.times ?? 1); attempt++) {
		await waitFor(async () => (await chat.requests()).length >= attempt, `slow attempt ${attempt}`);
		await time.clock.tickAsync(requestTimeoutMs);
	}
	await seen.until(1);
	// The outcome ends the send; anything else the element started has left and been answered.
	await probe.settled();
	return {chat, notifier, outcomes: seen.outcomes, requests: (await chat.requests()).filter((request) => request.contentType === contentType)};
};

/** An outcome as the case says it: a throttle's pause as the range the case gives, if it falls in it. */
const describeOutcome = ([kind, detail]: Outcome, expected: Case['outcome']): Case['outcome'] => {
	if (kind === 'sent') return ['sent'];
	if (kind === 'error') return ['error', detail.name, detail.status, detail.retryable];
	const range = expected[1];
	const inRange = Array.isArray(range) && detail.retryAfterMs >= range[0] && detail.retryAfterMs <= range[1];
	return ['throttled', inRange ? range : detail.retryAfterMs];
};

for (const [contentType, label] of [
	[typing, 'typing event'],
	[acknowledged, 'acknowledgement'],
] as const) {
	describe(`fault matrix: the ${label} (${target})`, function () {
		this.timeout(30_000);
		for (const [name, testCase] of Object.entries(cases)) {
			it(name, async () => {
				unhandled.length = consoleErrors.length = 0;
				const {outcomes, requests, chat, notifier} = await run(contentType, testCase);
				const {outcome: expected, attempts} = (contentType === typing && testCase.typing) || testCase;
				expect(outcomes.map((outcome) => describeOutcome(outcome, expected))).to.deep.equal([expected]);
				if (attempts !== undefined) expect(requests.length, 'attempts').to.equal(attempts);
				expect(new Set(requests.map((request) => request.clientToken)).size, 'one ClientToken for all attempts').to.be.at.most(1);
				expect(unhandled, 'unhandled rejections').to.deep.equal([]);
				const [kind, detail] = outcomes[0]!;
				// What time will not mend (but a refused token, a warning) is said in the console too, in the event's words, once.
				const mendless = kind === 'error' && !detail.retryable && detail.status !== 403;
				expect(consoleErrors, 'console errors').to.deep.equal(mendless ? [[`<connect-typing-notifier> ${detail.name}: ${detail.message}`]] : []);
				const passing = kind === 'throttled' || (kind === 'error' && detail.retryable);
				if (contentType === acknowledged && passing && testCase.fault !== 'cors') {
					// A passing failure: the acknowledgement is tried again by itself, at the end of its backoff, and lands once.
					await time.clock.tickAsync(kind === 'throttled' ? detail.retryAfterMs : 1_000);
					await waitFor(() => outcomes.some(([kind]) => kind === 'sent'), 'the acknowledgement delivered by its retry');
					expect((await chat.events()).filter((event) => event.ContentType === acknowledged)).to.have.length(1);
				}
				notifier.remove();
			});
		}
	});
}

describe(`tokens and requests in flight (${target})`, () => {
	it('a token swapped while a request is in flight is used next, and the old 403 is not blamed on it', async () => {
		const chat = await startCustomerChat();
		const {notifier, seen, type} = await mountNotifier({chat});
		await chat.fault({status: 403, latencyMs: 300});
		type('a');
		await waitFor(() => chat.requests().then((requests) => requests.length === 1), 'the first request reached the service');
		notifier.connectionToken = await chat.connect();
		await seen.until(1);
		expect(seen.errors.map((error) => error.name)).to.deep.equal(['AccessDeniedException']);
		type('ab');
		await seen.until(2);
		expect(seen.outcomes.map(([kind]) => kind)).to.deep.equal(['error', 'sent']);
	});
});
