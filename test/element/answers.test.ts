// What the network gives passes one boundary (src/core/answers.ts): one deadline for the whole
// answer, its body included, a cap on what is read, and every string a server sent made safe to
// tell (README, "Events": none carries the token; docs/behaviour.md, invariants 4 and 8).
import {expect} from '@open-wc/testing';
import {requestTimeoutMs} from '../../src/core/timing.js';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest} from '../support/clock.js';
import {consolePerTest} from '../support/console.js';
import {splitAcrossLines} from '../support/echoes.js';
import {acknowledged, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target} from '../support/target.js';

const probe = installProbe();

describe(`what the network gives (${target})`, function () {
	this.timeout(30_000);
	const time = fakeClockPerTest();
	const consoleLines = consolePerTest();

	it('a 200 whose body stalls after the headers, on every attempt: a TimeoutError within the deadline, and typing again in the same message', async () => {
		const chat = await startCustomerChat();
		await chat.fault({body: 'stalled', times: 3});
		const {seen, type} = await mountNotifier({chat});
		type('hello');
		// Each attempt times out on the test's clock, once it has reached the service.
		for (let attempt = 1; attempt <= 3; attempt++) {
			await waitFor(async () => (await typingRequests(chat)).length >= attempt, `attempt ${attempt}`);
			await time.clock.tickAsync(requestTimeoutMs);
		}
		await seen.until(1);
		expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['TimeoutError', 0, true]]);
		expect(seen.errors[0]!.message).to.match(/^No whole answer from .*\/participant\/event within 5000 ms$/);
		// The attempt is released: at the refresh after it, the same message's typing goes again, and arrives.
		await time.clock.tickAsync(defaultInterval);
		type('hello again');
		await waitFor(() => seen.sent.length === 1, 'typing again in the same message');
	});

	it('the acknowledgement meets a stalled body: it ends, and is tried again by its backoff until delivered', async () => {
		const chat = await startCustomerChat();
		await chat.fault({body: 'trickling', times: 3});
		const {seen} = await mountNotifier({chat, acknowledge: true});
		for (let attempt = 1; attempt <= 3; attempt++) {
			await waitFor(async () => (await chat.requests()).length >= attempt, `attempt ${attempt}`);
			await time.clock.tickAsync(requestTimeoutMs);
		}
		await seen.until(1);
		expect(seen.errors.map((error) => [error.name, error.contentType])).to.deep.equal([['TimeoutError', acknowledged]]);
		await time.clock.tickAsync(1_000);
		await waitFor(() => seen.sent.length === 1, 'the acknowledgement, after its backoff');
	});

	describe('a proxy that echoes the token', () => {
		for (const [form, echo] of [
			['as sent', (token: string) => token],
			['in base64', (token: string) => btoa(token)],
			['in base64, without padding', (token: string) => btoa(token).replace(/=+$/, '')],
			['split across lines', splitAcrossLines],
		] as const) {
			it(`in a 200's Id, ${form}: the sent event carries none of it, for typing and for the acknowledgement`, async () => {
				const chat = await startCustomerChat();
				const id = `id-${echo(chat.connectionToken)}`;
				await chat.fault({status: 200, json: {Id: id, AbsoluteTime: '2026-12-06T10:00:00.000Z'}, times: 2});
				const {seen, type} = await mountNotifier({chat, acknowledge: true});
				await waitFor(() => seen.sent.length === 1, 'the acknowledgement');
				type('a');
				await waitFor(() => seen.sent.length === 2, 'the typing event');
				expect(seen.sent.map((sent) => sent.id)).to.deep.equal(['id-[ConnectionToken]', 'id-[ConnectionToken]']);
				expect(JSON.stringify(seen.outcomes)).not.to.contain(chat.connectionToken);
			});

			it(`in an error's message and request id, ${form}: neither the event nor the console carries it`, async () => {
				const chat = await startCustomerChat();
				const said = echo(chat.connectionToken);
				// A header cannot hold a line break: the request id echoes it as sent.
				await chat.fault({status: 400, json: {message: `Token ${said} refused`}, headers: {'x-amzn-RequestId': chat.connectionToken}});
				const {seen, type} = await mountNotifier({chat});
				type('a');
				await seen.until(1);
				expect([seen.errors[0]!.message, seen.errors[0]!.requestId]).to.deep.equal(['Token [ConnectionToken] refused', '[ConnectionToken]']);
				expect(JSON.stringify({outcomes: seen.outcomes, consoleLines})).not.to.contain(chat.connectionToken);
			});
		}
	});

	it('server strings are capped: a 6,000-character error name and message reach the event as 1,000', async () => {
		const chat = await startCustomerChat();
		// Within the 16 KiB of a body that are read.
		await chat.fault({status: 400, json: {__type: 'N'.repeat(6_000), message: 'M'.repeat(6_000)}});
		const {seen, type} = await mountNotifier({chat});
		type('a');
		await seen.until(1);
		expect([seen.errors[0]!.name, seen.errors[0]!.message]).to.deep.equal(['N'.repeat(1_000), 'M'.repeat(1_000)]);
	});

	it('a 1 MiB error body is read no further than its start: the error is named by its status, and retried as a 500', async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 500, body: 'huge', times: 3});
		const {seen, type} = await mountNotifier({chat});
		type('a');
		await seen.until(1);
		expect(seen.errors.map((error) => [error.name, error.status, error.message])).to.deep.equal([['InternalServerException', 500, '500 Internal Server Error']]);
		await probe.settled();
		expect(await typingRequests(chat)).to.have.length(3);
	});
});
