// The element's invariants (docs/behaviour.md, "Invariants"), each held on pages built the way real sites
// are built: late fields, re-renders, moves, frameworks that render before the definition.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {requestTimeoutMs} from '../../src/core/timing.js';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest} from '../support/clock.js';
import {acknowledged, configureAccount, emulatorUrl, eventsOf, newAccount, requestsOf, startCustomerChat, typing, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {urlsTriedOffline} from '../support/offline.js';
import {installProbe} from '../../tooling/probe.js';
import type {TypingErrorDetail} from '../../src/index.js';
import {ConnectTypingNotifierElement, target} from '../support/target.js';

const probe = installProbe();

describe(`invariants (${target})`, function () {
	this.timeout(30_000);

	describe('1. the acknowledgement: once per token, retried by its backoff only', () => {
		const time = fakeClockPerTest();

		it('keystrokes never trigger one while the service fails: its backoff does, and the outage is said once', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 503, times: 1_000, operation: 'event'});
			const {seen, type} = await mountNotifier({chat, acknowledge: true});
			await seen.until(1);
			// Three requests a round (the client's retries); the backoff doubles: 1 s, 2 s, 4 s, then 8 s.
			for (const [round, backoff] of [
				[2, 1_000],
				[3, 2_000],
				[4, 4_000],
			] as const) {
				await time.clock.tickAsync(backoff);
				await waitFor(async () => (await requestsOf(chat, acknowledged)).length === 3 * round, `round ${round}`);
			}
			await probe.settled();
			for (let key = 1; key <= 20; key++) type('x'.repeat(key));
			await probe.settled();
			expect(await requestsOf(chat, acknowledged), 'keystrokes send none').to.have.length(12);
			await time.clock.tickAsync(8_000);
			await waitFor(async () => (await requestsOf(chat, acknowledged)).length === 15, 'the backoff sends the next three');
			await probe.settled();
			expect(
				seen.errors.filter((error) => error.contentType === acknowledged),
				'one outage, one event',
			).to.have.length(1);
		});

		it('is sent when the element can, without a field and without a keystroke', async () => {
			const chat = await startCustomerChat();
			const {seen} = await mountNotifier({chat, acknowledge: true, attributes: {for: 'not-there-yet'}});
			await seen.until(1);
			expect(seen.sent.map((detail) => detail.contentType)).to.deep.equal([acknowledged]);
		});

		for (const [what, move] of [
			['moved to another parent', (notifier: HTMLElement, page: HTMLElement) => page.prepend(notifier)],
			[
				'removed and put back',
				async (notifier: HTMLElement, page: HTMLElement) => {
					notifier.remove();
					await probe.idle();
					page.append(notifier);
				},
			],
		] as const) {
			it(`is delivered once when the element is ${what} while the request is in flight`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({latencyMs: 500});
				const {notifier, page, seen} = await mountNotifier({chat, acknowledge: true, token: false});
				const requested = probe.nextRequest();
				notifier.connectionToken = chat.connectionToken;
				await requested;
				await move(notifier, page);
				await waitFor(() => seen.sent.length === 1, 'the acknowledgement delivered');
				const attempts = await requestsOf(chat, acknowledged);
				expect(new Set(attempts.map((attempt) => attempt.clientToken)).size, 'one ClientToken').to.equal(1);
				expect(await eventsOf(chat, acknowledged)).to.have.length(1);
			});
		}

		it('acknowledges once per token: a keystroke, or an option that does not move the endpoint, sends no second one', async () => {
			const {chat, notifier, field} = await mountNotifier({acknowledge: true});
			await waitFor(async () => (await chat.events()).some((event) => event.ContentType === acknowledged));
			type(field, 'a');
			await waitFor(async () => (await typingRequests(chat)).length === 1, 'the keystroke sent');
			// endpoint is set: region, fips and dualstack change nothing about where requests go.
			Object.assign(notifier, {region: 'us-west-2', fips: true, dualstack: true});
			await notifier.updateComplete;
			type(field, 'ab');
			await probe.settled();
			expect(await requestsOf(chat, acknowledged), 'one acknowledgement').to.have.length(1);
			expect(await typingRequests(chat), 'the schedule went on: no key within the interval sends').to.have.length(1);
		});

		it('acknowledges again for a new token', async () => {
			const {chat, notifier} = await mountNotifier({acknowledge: true});
			await waitFor(async () => (await chat.events()).length === 1);
			notifier.connectionToken = await chat.connect();
			await waitFor(async () => (await chat.events()).filter((event) => event.ContentType === acknowledged).length === 2);
		});

		it('tries an acknowledgement again after a transient failure, and delivers it once', async () => {
			const {chat, field, seen} = await mountNotifier({acknowledge: true, interval: 60_000});
			await waitFor(() => seen.errors.length || seen.sent.length);
			expect(seen.sent.map((detail) => detail.contentType)).to.deep.equal([acknowledged]);
			await chat.fault({status: 503, times: 3});
			// A new token whose acknowledgement meets three 503s: retries are spent, the error is retryable.
			const {notifier} = {notifier: field.parentElement!.querySelector('connect-typing-notifier')!};
			notifier.connectionToken = await chat.connect();
			await waitFor(() => seen.errors.length);
			expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['InternalServerException', 503, true]]);
			type(field, 'a');
			await waitFor(() => seen.sent.filter((detail) => detail.contentType === acknowledged).length === 2);
			expect((await chat.events()).filter((event) => event.ContentType === acknowledged)).to.have.length(2);
		});

		it('sends nothing with no-acknowledge', async () => {
			const {chat} = await mountNotifier();
			// A second element without it, made at the same time: once its acknowledgement is delivered,
			// the first one's would have been, too.
			const {seen} = await mountNotifier({acknowledge: true});
			await waitFor(() => seen.sent.length === 1, "the other element's acknowledgement");
			await probe.settled();
			expect(await chat.requests()).to.have.length(0);
		});

		it("two elements with the same token and endpoint send one acknowledgement between them; either one's acknowledge() still sends", async () => {
			const chat = await startCustomerChat();
			const first = await mountNotifier({chat, acknowledge: true});
			const second = await mountNotifier({chat, acknowledge: true});
			await waitFor(() => first.seen.sent.length + second.seen.sent.length === 1, 'one acknowledgement');
			// Either element re-mounted by a framework finds the token acknowledged.
			first.notifier.remove();
			first.page.append(first.notifier);
			await first.notifier.updateComplete;
			await probe.settled();
			expect(await requestsOf(chat, acknowledged)).to.have.length(1);
			await second.notifier.acknowledge();
			expect(await requestsOf(chat, acknowledged)).to.have.length(2);
		});

		it('the element that sends the shared acknowledgement leaves while it is in flight: the other sends it', async () => {
			const chat = await startCustomerChat();
			await chat.fault({latencyMs: 2_000});
			const first = await mountNotifier({chat, acknowledge: true});
			await waitFor(async () => (await requestsOf(chat, acknowledged)).length === 1, 'the first attempt');
			const second = await mountNotifier({chat, acknowledge: true});
			first.notifier.remove();
			// The other element looks again once the attempt in flight may have ended.
			await time.clock.tickAsync(requestTimeoutMs);
			await waitFor(() => second.seen.sent.some((sent) => sent.contentType === acknowledged), 'the other element sent it');
			expect(new Set((await requestsOf(chat, acknowledged)).map((request) => request.clientToken)).size, 'one ClientToken').to.equal(1);
		});

		it('acknowledge() sends on request, and sendTyping() follows the schedule', async () => {
			const {chat, notifier} = await mountNotifier();
			await notifier.acknowledge();
			expect(await notifier.sendTyping()).to.equal(true);
			expect(await notifier.sendTyping()).to.equal(false);
			expect((await chat.events()).map((event) => event.ContentType)).to.deep.equal([acknowledged, typing]);
		});
	});

	describe('2. said once', () => {
		const time = fakeClockPerTest();

		it('three typing requests in flight refused with 403: one error', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 403, latencyMs: 200, times: 3});
			const {seen, type} = await mountNotifier({chat});
			// Three messages in quick succession: each one's first key sends, whatever is in flight.
			for (const text of ['a', 'b', 'c']) {
				const requested = probe.nextRequest();
				type('');
				type(text);
				await requested;
			}
			await probe.idle();
			await seen.until(1);
			expect(seen.errors.map((error) => [error.name, error.status])).to.deep.equal([['AccessDeniedException', 403]]);
		});

		it('a for= naming a <select> is reported once, however often it changes', async () => {
			const page = await fixture<HTMLDivElement>(
				html`<div>
					<select id="s">
						<option>a</option>
						<option>b</option>
					</select>
				</div>`,
			);
			const notifier = document.createElement('connect-typing-notifier');
			notifier.setAttribute('for', 's');
			const seen = recordOutcomes(notifier);
			page.append(notifier);
			await notifier.updateComplete;
			const select = page.querySelector('select')!;
			select.value = 'b';
			select.dispatchEvent(new Event('input', {bubbles: true}));
			notifier.requestUpdate();
			await notifier.updateComplete;
			expect(seen.errors.map((error) => error.name)).to.deep.equal(['ValidationException']);
			expect(seen.errors[0]!.message).to.contain('<select id="s"> is not a text field');
		});

		it('stops after a 403, says so once, and starts again when the token changes', async () => {
			const {chat, notifier, field, seen} = await mountNotifier();
			await chat.expire();
			type(field, 'a');
			await waitFor(() => seen.errors.length, 'the 403');
			const refused = (await typingRequests(chat)).length;
			// Once the 403 is known, keystrokes past the interval send nothing and say nothing more.
			for (const text of ['ab', 'abc']) {
				await time.clock.tickAsync(defaultInterval);
				type(field, text);
			}
			await probe.settled();
			expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['AccessDeniedException', 403, false]]);
			expect(await typingRequests(chat)).to.have.length(refused);
			notifier.connectionToken = await chat.connect();
			await notifier.updateComplete;
			type(field, 'abcd');
			await waitFor(() => seen.sent.length === 1);
		});
	});

	describe("3. cool-down: a throttle's cool-down is kept, and is what the event said", () => {
		const time = fakeClockPerTest();

		for (const [what, disturb] of [
			['a re-rendered field', (page: HTMLElement) => page.querySelector('textarea')!.replaceWith(Object.assign(document.createElement('textarea'), {id: 'msg'}))],
			[
				'a changed for=',
				(page: HTMLElement, notifier: HTMLElement) => {
					page.append(Object.assign(document.createElement('input'), {id: 'other'}));
					notifier.setAttribute('for', 'other');
				},
			],
			['a moved element', (page: HTMLElement, notifier: HTMLElement) => page.prepend(notifier)],
		] as const) {
			it(`survives ${what}`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({status: 429, retryAfter: '2'});
				const {notifier, page, seen, type: typeInto} = await mountNotifier({chat});
				typeInto('a');
				await seen.until(1);
				expect(seen.throttled).to.deep.equal([{contentType: typing, retryAfterMs: 2_000}]);
				disturb(page, notifier);
				await notifier.updateComplete;
				const field = page.querySelector<HTMLElement>(`#${notifier.getAttribute('for')}`)!;
				await time.clock.tickAsync(1_500);
				type(field, 'typed during the cool-down');
				await probe.settled();
				expect(await requestsOf(chat, typing), 'nothing during the cool-down').to.have.length(1);
				await time.clock.tickAsync(500);
				type(field, 'typed after the cool-down');
				await waitFor(() => seen.sent.length === 1, 'a typing event once the cool-down is over');
			});
		}

		it('an acknowledgement throttled without Retry-After says the backoff it keeps, and keeps it', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 429, times: 3});
			const {seen} = await mountNotifier({chat, acknowledge: true});
			await seen.until(1);
			expect(seen.throttled).to.deep.equal([{contentType: acknowledged, retryAfterMs: 1_000}]);
			// Counted where the page starts them, at once: asking the emulator would let the clock move on.
			const sendEventRequests = () => probe.urls().filter((url) => url.endsWith('/participant/event')).length;
			const requests = sendEventRequests();
			await time.clock.tickAsync(500);
			expect(sendEventRequests(), 'nothing within the backoff').to.equal(requests);
			await time.clock.tickAsync(500);
			await seen.until(2);
			expect(seen.sent.map((detail) => detail.contentType)).to.deep.equal([acknowledged]);
		});

		it("under the account's shared quota, without Retry-After: the throttled customers cool down 0.5–1 s, then their next keystroke sends", async () => {
			// Twenty customers of one account type at once; SendEvent's burst of 15, refilled too slowly to matter.
			const account = await newAccount({quotas: {SendEvent: {perSecond: 0.01, burst: 15}}});
			const chats = await Promise.all(Array.from({length: 20}, () => startCustomerChat({account})));
			const page = await fixture<HTMLDivElement>(html`<div></div>`);
			const customers = chats.map((chat, index) => {
				const field = Object.assign(document.createElement('textarea'), {id: `customer-${index}`});
				const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
				for (const [name, value] of Object.entries({for: field.id, endpoint: emulatorUrl, interval: '2000', 'no-acknowledge': ''})) notifier.setAttribute(name, value);
				notifier.connectionToken = chat.connectionToken;
				page.append(field, notifier);
				return {field, seen: recordOutcomes(notifier)};
			});
			for (const {field} of customers) type(field, 'a');
			await waitFor(() => customers.every(({seen}) => seen.outcomes.length === 1), 'an outcome for every customer');
			const throttled = customers.filter(({seen}) => seen.throttled.length);
			expect([customers.length - throttled.length, throttled.length]).to.deep.equal([15, 5]);
			// Not retried: each says the cool-down it keeps.
			for (const {seen} of throttled) expect(seen.throttled[0]!.retryAfterMs).to.be.within(500, 1_000);
			// The quota has room again (other chats of the account ended).
			await configureAccount(account, {quotas: {SendEvent: {perSecond: 10, burst: 15}}});
			await time.clock.tickAsync(Math.max(...throttled.map(({seen}) => seen.throttled[0]!.retryAfterMs)));
			for (const {field} of throttled) type(field, 'ab');
			await waitFor(() => throttled.every(({seen}) => seen.sent.length === 1), 'a typing event from each throttled customer');
		});
	});

	describe('4. the token', () => {
		const time = fakeClockPerTest();

		it('the token is in no URL, attribute, markup, event, error message or console output', async () => {
			const chat = await startCustomerChat();
			const logged: unknown[] = [];
			const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
			const originals = methods.map((method) => console[method]);
			methods.forEach((method) => (console[method] = (...args: unknown[]) => logged.push(args)));
			const details: unknown[] = [];
			try {
				const {notifier, field, page} = await mountNotifier({token: false, acknowledge: true});
				for (const type of ['connect-typing-sent', 'connect-typing-error', 'connect-typing-throttled']) notifier.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
				notifier.setAttribute('connection-token', chat.connectionToken);
				await chat.fault({status: 429, retryAfter: '0', times: 3});
				type(field, 'a');
				await waitFor(() => details.length >= 2);
				await chat.expire();
				await time.clock.tickAsync(defaultInterval);
				type(field, 'ab');
				await waitFor(() => details.some((detail) => (detail as TypingErrorDetail).status === 403));
				const everything = JSON.stringify({details, logged, urls: probe.urls(), markup: page.outerHTML, location: location.href, attributes: notifier.getAttributeNames()});
				expect(everything).not.to.contain(chat.connectionToken);
			} finally {
				methods.forEach((method, i) => (console[method] = originals[i]!));
			}
		});

		it('set as the lower-cased attribute by a framework that rendered before the definition: read, removed, used', async () => {
			const chat = await startCustomerChat();
			const tag = `late-notifier-${Math.random().toString(36).slice(2)}`;
			const page = await fixture<HTMLDivElement>(html`<div><textarea id="m"></textarea></div>`);
			page.insertAdjacentHTML('beforeend', `<${tag} for="m" no-acknowledge endpoint="${emulatorUrl}"></${tag}>`);
			// What React 19 does with connectionToken={token} on an element it does not know yet.
			page.lastElementChild!.setAttribute('connectionToken', chat.connectionToken);
			expect(page.innerHTML).to.contain('connectiontoken=');
			class LateNotifier extends ConnectTypingNotifierElement {}
			LateNotifier.define(tag);
			const notifier = page.lastElementChild as InstanceType<typeof LateNotifier>;
			expect(page.innerHTML).not.to.contain(chat.connectionToken);
			expect(notifier.connectionToken).to.equal(chat.connectionToken);
			const sent = oneEvent(notifier, 'connect-typing-sent');
			type(page.querySelector('textarea')!, 'hello');
			await sent;
		});

		for (const [what, token] of [
			['a line break', 'abc\r\ndef'],
			['a character above U+00FF', 'abc\u2028def€'],
			['a space at an end', 'abcdef '],
		]) {
			it(`one a header cannot carry (${what}) is a ValidationException that does not quote it`, async () => {
				const {notifier, seen, type} = await mountNotifier({token: false});
				notifier.connectionToken = token!;
				type('a');
				type('ab');
				await seen.until(1);
				expect(seen.errors.map((error) => [error.name, error.status])).to.deep.equal([['ValidationException', 0]]);
				expect(seen.errors[0]!.message).to.contain('header').and.not.contain('abc');
			});
		}
	});

	describe('5. binding', () => {
		it('with no for= or target, skips hidden inputs, file pickers and checkboxes for the first text field', async () => {
			const chat = await startCustomerChat();
			const notifier = await fixture<InstanceType<typeof ConnectTypingNotifierElement>>(html`
				<connect-typing-notifier endpoint=${emulatorUrl} no-acknowledge .connectionToken=${chat.connectionToken}>
					<input type="hidden" value="x" /><input type="file" /><input type="checkbox" /><textarea></textarea>
				</connect-typing-notifier>
			`);
			const seen = recordOutcomes(notifier);
			type(notifier.querySelector('textarea')!, 'found');
			await seen.until(1);
			expect(seen.outcomes.map(([kind]) => kind)).to.deep.equal(['sent']);
		});

		it('a for= naming a field in another root binds nothing there, and says so once when the customer types in that field', async () => {
			const host = await fixture<HTMLDivElement>(html`<div></div>`);
			host.attachShadow({mode: 'open'}).innerHTML = '<textarea id="shadowed"></textarea>';
			const {chat, seen} = await mountNotifier({attributes: {for: 'shadowed'}});
			const field = host.shadowRoot!.querySelector('textarea')!;
			type(field, 'not ours');
			type(field, 'not ours either');
			await probe.settled();
			expect(await typingRequests(chat), 'nothing sent').to.have.length(0);
			expect(seen.errors.map((error) => error.name)).to.deep.equal(['ValidationException']);
			expect(seen.errors[0]!.message).to.equal('for="shadowed" names nothing, but the customer types in <textarea id="shadowed">: set for to its id');
		});
	});

	describe('region names, as the AWS SDKs take them', () => {
		it('US-EAST-1 is us-east-1, and a missing region and endpoint says so', async () => {
			const {notifier, seen, type} = await mountNotifier({token: false, attributes: {endpoint: ''}});
			notifier.connectionToken = 'token';
			type('a');
			await seen.until(1);
			expect(seen.errors[0]!.message).to.contain('No region and no endpoint');
			notifier.region = 'US-EAST-1';
			const urls = await urlsTriedOffline(() => notifier.sendTyping());
			expect(urls).to.deep.equal(new Set(['https://participant.connect.us-east-1.amazonaws.com/participant/event']));
		});
	});
});
