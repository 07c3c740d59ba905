// The element against time, re-mounts and hostile answers (docs/behaviour.md, invariants 4, 8, 9, 10):
// no quota burned by re-renders, no typing stalled by a clock that jumps, no token sent or
// echoed where the page did not point it. Each case is staged against the emulator, with a
// clock the test moves.
import {expect} from '@open-wc/testing';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest, nextTask} from '../support/clock.js';
import {acknowledged, emulatorUrl, requestsOf, startCustomerChat, typingRequests, waitFor, type CustomerChat} from '../support/emulator.js';
import {mountNotifier} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target} from '../support/target.js';

type Mounted = Awaited<ReturnType<typeof mountNotifier>>;

const probe = installProbe();
const hourMs = 3_600_000;

describe(`hardened against time, re-mounts and hostile answers (${target})`, function () {
	this.timeout(30_000);
	const time = fakeClockPerTest();

	/**
	 * How many typing events the element decided to send (one ClientToken each, however many
	 * attempts it took), and every attempt, to say when a count is wrong.
	 */
	const typingEvents = async (chat: CustomerChat) => {
		const attempts = (await typingRequests(chat)).map(({status, clientToken, at}) => ({status, clientToken, at}));
		return {count: new Set(attempts.map((attempt) => attempt.clientToken)).size, attempts: JSON.stringify(attempts)};
	};

	/**
	 * Types a key at least every `everyMs` until `forMs` have passed on the test's clock (which also
	 * moves with real time while a request is answered), each key changing the text. Time jumps only
	 * once what a key sent has its outcome: a jump while an answer is read would look like a slow
	 * round trip to the schedule.
	 */
	const typeFor = async ({type, seen}: Pick<Mounted, 'type' | 'seen'>, forMs: number, everyMs = 500) => {
		const start = performance.now();
		let text = 'typing on';
		while (performance.now() - start < forMs) {
			const [requests, outcomes] = [probe.urls().length, seen.outcomes.length];
			type((text += 'a'));
			await probe.settled();
			if (probe.urls().length > requests) await waitFor(() => seen.outcomes.length > outcomes, 'the outcome of what the key sent');
			await time.clock.tickAsync(everyMs);
		}
	};

	describe('1. an attempt counts whether or not its answer arrived', () => {
		it('re-mounted after each key while its request is in flight (a framework re-render): one typing request, not one per key', async () => {
			const chat = await startCustomerChat();
			await chat.fault({latencyMs: 400, times: 1_000});
			const {notifier, page, type, seen} = await mountNotifier({chat});
			let text = '';
			for (let key = 0; key < 30; key++) {
				type((text += 'a'));
				// The first key's request reaches the service, then stays in flight for 400 ms.
				if (key === 0) await waitFor(async () => (await typingRequests(chat)).length === 1, 'the first request at the service');
				// The framework renders again a task later, and puts the same element back, as React and Vue do.
				await nextTask();
				notifier.remove();
				page.append(notifier);
			}
			await probe.idle();
			const {count, attempts} = await typingEvents(chat);
			expect(count, `typing events for 30 keys: ${attempts}`).to.equal(1);
			// The cut-off attempt counts as shown: the refresh comes an interval after it.
			await time.clock.tickAsync(defaultInterval);
			type(`${text}!`);
			await waitFor(() => seen.sent.length === 1, 'the refresh');
			expect(await typingRequests(chat)).to.have.length(2);
		});
	});

	describe('2. a wall clock set back an hour', () => {
		it('typing goes on: the refresh comes an interval after the last event', async () => {
			const {chat, type, seen} = await mountNotifier();
			type('a');
			await waitFor(() => seen.sent.length === 1);
			time.clock.setSystemTime(Date.now() - hourMs);
			await typeFor({type, seen}, 15_000);
			const {count, attempts} = await typingEvents(chat);
			expect(count, `typing events in 15 s of typing: ${attempts}`).to.equal(2);
		});

		it("a throttle's cool-down ends when the event said it would, for a new message too", async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 429, retryAfter: '2'});
			const {type, seen} = await mountNotifier({chat});
			type('a');
			await waitFor(() => seen.throttled.length === 1);
			expect(seen.throttled[0]!.retryAfterMs).to.equal(2_000);
			time.clock.setSystemTime(Date.now() - hourMs);
			await time.clock.tickAsync(2_000);
			type('');
			type('a new message');
			await waitFor(() => seen.sent.length === 1, 'the first key after the cool-down');
		});

		it("the acknowledgement's backoff ends when it said it would", async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 503, times: 3});
			const {seen} = await mountNotifier({chat, acknowledge: true});
			await seen.until(1);
			time.clock.setSystemTime(Date.now() - hourMs);
			await time.clock.tickAsync(1_000);
			await waitFor(() => seen.sent.length === 1, 'the acknowledgement after its 1 s backoff');
			expect(await requestsOf(chat, acknowledged)).to.have.length(4);
		});
	});

	describe("3. a clock that jumps forward (a laptop's sleep)", () => {
		it('during a request: the hour it seems to take teaches the schedule nothing, and typing goes on at one event per interval', async () => {
			const chat = await startCustomerChat();
			await chat.fault({latencyMs: 300});
			const {type, seen} = await mountNotifier({chat});
			type('a');
			await waitFor(async () => (await typingRequests(chat)).length === 1, 'the request in flight');
			// Linux and macOS: the wall clock moves on, the monotonic one stands still.
			time.clock.setSystemTime(Date.now() + hourMs);
			await waitFor(() => seen.sent.length === 1, 'the answer, after the sleep');
			await typeFor({type, seen}, 30_000);
			// The first key after waking (the indicator lapsed meanwhile), then a refresh every 11.5 s.
			const {count, attempts} = await typingEvents(chat);
			expect(count, `typing events in 30 s of typing: ${attempts}`).to.equal(4);
		});

		for (const [platform, suspend] of [
			['the monotonic clock stands still (Linux, macOS)', () => time.clock.setSystemTime(Date.now() + 10 * 60_000)],
			['the monotonic clock counts it (Windows)', () => time.clock.jump(10 * 60_000)],
		] as const) {
			it(`the first key after waking sends at once: the agent's indicator lapsed meanwhile (${platform})`, async () => {
				const {chat, type, seen} = await mountNotifier();
				type('a');
				await waitFor(() => seen.sent.length === 1);
				await time.clock.tickAsync(1_000);
				suspend();
				type('ab');
				await waitFor(() => seen.sent.length === 2, 'the first key after waking');
				expect(await typingRequests(chat)).to.have.length(2);
			});
		}
	});

	describe('4. the token goes only where the page pointed it', () => {
		for (const status of [301, 302, 307, 308]) {
			it(`a ${status} to another host is not followed: an error that names the endpoint`, async () => {
				const chat = await startCustomerChat();
				const elsewhere = new URL(emulatorUrl);
				elsewhere.hostname = elsewhere.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
				await chat.fault({status, redirect: `${elsewhere.origin}/participant/event`});
				const {type, seen} = await mountNotifier({chat});
				type('a');
				await seen.until(1);
				expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['UnknownException', 0, false]]);
				expect(seen.errors[0]!.message).to.equal(`${emulatorUrl}/participant/event answered with a redirect, not followed: the token goes nowhere else`);
				expect(await chat.requests(), 'requests with the token').to.have.length(1);
			});
		}
	});

	it("5. a 503 with RateLimit-Reset: 30 is retried after the client's backoff, before the next refresh", async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 503, headers: {'RateLimit-Reset': '30'}});
		const {type, seen} = await mountNotifier({chat});
		type('a');
		// Time goes on as it does: the backoff is at most 100 ms; 30 s would time this test out.
		await waitFor(() => seen.sent.length === 1, 'the retry delivered');
		expect((await typingRequests(chat)).map((request) => request.status)).to.deep.equal([503, 200]);
	});

	for (const status of [400, 403, 500]) {
		it(`6. a ${status} that echoes the token: the event carries none of it`, async () => {
			const chat = await startCustomerChat();
			await chat.fault({status, echoToken: true, times: 3});
			const {type, seen} = await mountNotifier({chat});
			type('a');
			await seen.until(1);
			expect(JSON.stringify(seen.outcomes)).not.to.contain(chat.connectionToken);
			expect([seen.errors[0]!.message, seen.errors[0]!.requestId]).to.deep.equal(['Token [ConnectionToken] refused', '[ConnectionToken]']);
		});
	}

	it('7. a cool-down is a minute at most, whatever Retry-After says, and the event says the minute', async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 429, retryAfter: '99999'});
		const {type, seen} = await mountNotifier({chat});
		type('a');
		await waitFor(() => seen.throttled.length === 1);
		expect(seen.throttled[0]!.retryAfterMs).to.equal(60_000);
		await time.clock.tickAsync(59_000);
		type('');
		type('a new message');
		await probe.settled();
		expect(await typingRequests(chat), 'within the minute').to.have.length(1);
		await time.clock.tickAsync(1_000);
		type('');
		type('another');
		await waitFor(() => seen.sent.length === 1, 'after the minute');
	});

	it('8. a 204 answer is reported with its own status', async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 204});
		const {type, seen} = await mountNotifier({chat});
		type('a');
		await seen.until(1);
		expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['InvalidResponseError', 204, false]]);
	});
});
