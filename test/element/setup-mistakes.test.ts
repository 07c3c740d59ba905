// The first hour with the element: each set-up mistake a developer makes is said once, in words
// that name the fix, and the normal start-up race (typing before the token) is no error
// (docs/behaviour.md, "What each situation dispatches", invariants 2 and 5).
import {expect, fixture, html} from '@open-wc/testing';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest} from '../support/clock.js';
import {consolePerTest} from '../support/console.js';
import {acknowledged, closedUrl, emulatorUrl, foreignEmulatorUrl, requestsOf, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

describe(`set-up mistakes (${target})`, function () {
	this.timeout(30_000);
	const time = fakeClockPerTest();
	const consoleLines = consolePerTest();

	it('1. a for= that names nothing: said once the customer types in the page, naming the id and the field; it binds once the element appears', async () => {
		const {chat, page, field, seen} = await mountNotifier({attributes: {for: 'nope'}});
		type(field, 'h');
		type(field, 'he');
		await probe.settled();
		const message = 'for="nope" names nothing, but the customer types in <textarea id="msg">: set for to its id';
		expect(seen.errors.map((error) => [error.name, error.message, error.retryable])).to.deep.equal([['ValidationException', message, false]]);
		// Pages with no listener see it in the console, once.
		expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);
		expect(await typingRequests(chat)).to.have.length(0);
		const late = page.appendChild(Object.assign(document.createElement('textarea'), {id: 'nope'}));
		type(late, 'x');
		await waitFor(() => seen.sent.length === 1, 'typing once the element appears');
		expect(seen.errors).to.have.length(1);
	});

	for (const region of ['us-east1', 'useast1', 'foo']) {
		it(`2. region="${region}": a ValidationException that names the region, not retryable, no request`, async () => {
			const {notifier, seen, type} = await mountNotifier({token: false, attributes: {endpoint: '', region}});
			const urls = probe.urls().length;
			notifier.connectionToken = 'token';
			type('a');
			await seen.until(1);
			expect(seen.errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['ValidationException', 0, false]]);
			expect(seen.errors[0]!.message).to.equal(`region "${region}" is not an AWS region name: set your Connect instance's region, such as us-east-1`);
			expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${seen.errors[0]!.message}`]]);
			expect(probe.urls()).to.have.length(urls);
		});
	}

	describe('3. a service that does not answer', () => {
		for (const [what, endpoint] of [
			['nothing listens there', closedUrl],
			['it does not allow the page’s origin (CORS)', foreignEmulatorUrl],
		] as const) {
			it(`${what}: a NetworkError that names the endpoint and the usual causes`, async () => {
				const {seen, type} = await mountNotifier({attributes: {endpoint}});
				type('a');
				await seen.until(1);
				const [error] = seen.errors;
				expect([error!.name, error!.status, error!.retryable]).to.deep.equal(['NetworkError', 0, true]);
				expect(error!.message).to.contain(`No response from ${endpoint}/participant/event`);
				for (const cause of ['offline', 'no such host', 'CORS', 'Content-Security-Policy']) expect(error!.message).to.contain(cause);
			});
		}

		it("one outage, one event: the acknowledgement's retries and the typing say it once each, and the owed acknowledgement goes when the service is back", async () => {
			const chat = await startCustomerChat();
			// Every connection reset: the service is unreachable.
			await chat.fault({drop: true, times: 1_000, operation: 'event'});
			const {seen, type} = await mountNotifier({chat, acknowledge: true});
			await seen.until(1);
			// Two more rounds of the acknowledgement (its backoff: 1 s, then 2 s), and three messages typed meanwhile.
			for (const [backoff, message] of [
				[1_000, 'hello'],
				[2_000, 'are you there'],
				[0, 'hello?'],
			] as const) {
				type('');
				type(message);
				await time.clock.tickAsync(backoff);
				await probe.settled();
			}
			expect(await requestsOf(chat, acknowledged), 'the acknowledgement was tried again').to.have.length.above(3);
			await waitFor(() => seen.errors.length === 2, 'a failure on each path');
			await probe.settled();
			expect(seen.errors.map((error) => [error.name, error.contentType])).to.have.deep.members([
				['NetworkError', acknowledged],
				['NetworkError', 'application/vnd.amazonaws.connect.event.typing'],
			]);
			expect(seen.errors).to.have.length(2);
			await chat.clearFaults();
			await time.clock.tickAsync(4_000);
			await waitFor(() => seen.sent.some((sent) => sent.contentType === acknowledged), 'the acknowledgement, once the service is back');
		});
	});

	it('4. typing before the token: no error event, one console line; once the token is set, the next key sends at once', async () => {
		const chat = await startCustomerChat();
		const {notifier, seen, type} = await mountNotifier({chat, token: false});
		for (const text of ['h', 'he', 'hel']) {
			type(text);
			await time.clock.tickAsync(defaultInterval);
		}
		expect(await notifier.sendTyping(), 'sendTyping() without a token').to.equal(false);
		await probe.settled();
		expect(seen.outcomes).to.deep.equal([]);
		expect(consoleLines).to.deep.equal([['info', '<connect-typing-notifier> has no connectionToken yet: nothing is sent until the page sets it']]);
		notifier.connectionToken = chat.connectionToken;
		await notifier.updateComplete;
		type('hell');
		await waitFor(() => seen.sent.length === 1, 'the first key after the token');
	});

	it('5. options that do not move the endpoint make no new connection: one acknowledgement, one ClientToken, the schedule goes on', async () => {
		const {chat, notifier, seen, type} = await mountNotifier({acknowledge: true});
		await waitFor(() => seen.sent.length === 1, 'the acknowledgement');
		type('a');
		await waitFor(() => seen.sent.length === 2, 'the first key');
		// endpoint is set: region, fips and dualstack change nothing about where requests go, nor does a trailing slash.
		for (const change of [{dualstack: true}, {fips: true}, {region: 'eu-west-2'}, {endpoint: `${emulatorUrl}/`}]) {
			Object.assign(notifier, change);
			await notifier.updateComplete;
		}
		type('ab');
		await probe.settled();
		const acknowledgements = await requestsOf(chat, acknowledged);
		expect(acknowledgements).to.have.length(1);
		expect(await typingRequests(chat), 'no key within the interval sends').to.have.length(1);
		// A new token is a new connection: acknowledged, and its first key sends at once.
		notifier.connectionToken = await chat.connect();
		await notifier.updateComplete;
		type('abc');
		await waitFor(() => seen.sent.length === 4, 'the new token acknowledged, and its first key');
	});

	it('6. sendTyping() resolves false when it attempted nothing: off the page, disabled, within the interval', async () => {
		const {notifier, page, seen} = await mountNotifier();
		expect(await notifier.sendTyping(), 'the first').to.equal(true);
		expect(await notifier.sendTyping(), 'within the interval').to.equal(false);
		notifier.disabled = true;
		expect(await notifier.sendTyping(), 'disabled').to.equal(false);
		notifier.disabled = false;
		notifier.remove();
		expect(await notifier.sendTyping(), 'off the page').to.equal(false);
		expect(seen.sent).to.have.length(1);
		expect(seen.errors.map((error) => error.message)).to.deep.equal(['Not on the page']);
		page.append(notifier);
	});

	describe('7. typing outside the bound element', () => {
		it("typing outside the bound element, never typed in (CKEditor's attachTo hides it and edits a sibling): one console line names both", async () => {
			const {page, seen, notifier} = await mountNotifier({attributes: {for: 'editor'}});
			const given = page.appendChild(Object.assign(document.createElement('div'), {id: 'editor', hidden: true}));
			const editable = page.appendChild(Object.assign(document.createElement('div'), {contentEditable: 'true', className: 'ck-editor__editable'}));
			await notifier.updateComplete;
			type(editable, 'h');
			type(editable, 'he');
			await probe.settled();
			expect(given.hidden).to.equal(true);
			expect(seen.outcomes).to.deep.equal([]);
			expect(consoleLines).to.deep.equal([
				['warn', '<connect-typing-notifier> is bound to <div id="editor">, never typed in, but the customer types in <div class="ck-editor__editable">: bind that field'],
			]);
		});

		it('no such line for a field another notifier is bound to (two chats on one page)', async () => {
			const page = await fixture<HTMLDivElement>(html`
				<div>
					<input id="a" /><connect-typing-notifier for="a" endpoint=${emulatorUrl} no-acknowledge></connect-typing-notifier> <input id="b" /><connect-typing-notifier
						for="b"
						endpoint=${emulatorUrl}
						no-acknowledge
					></connect-typing-notifier>
				</div>
			`);
			const [first, second] = [await startCustomerChat(), await startCustomerChat()];
			const [a, b] = page.querySelectorAll('connect-typing-notifier');
			a!.connectionToken = first.connectionToken;
			b!.connectionToken = second.connectionToken;
			// Both chats on, so that either would say typing elsewhere.
			await Promise.all([a!.updateComplete, b!.updateComplete]);
			type(page.querySelector('#a')!, 'x');
			await waitFor(async () => (await typingRequests(first)).length === 1);
			expect(consoleLines).to.deep.equal([]);
		});
	});

	it('8. the element in a shadow root, for naming a field only the document has, and the customer types there: said once, with the fix', async () => {
		const chat = await startCustomerChat();
		const page = await fixture<HTMLDivElement>(html`<div><textarea id="msg"></textarea><x-chat></x-chat></div>`);
		const root = page.querySelector('x-chat')!.attachShadow({mode: 'open'});
		const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		const seen = recordOutcomes(notifier);
		Object.assign(notifier, {htmlFor: 'msg', endpoint: emulatorUrl, noAcknowledge: true});
		root.append(notifier);
		notifier.connectionToken = chat.connectionToken;
		await notifier.updateComplete;
		type(page.querySelector('textarea')!, 'h');
		type(page.querySelector('textarea')!, 'hi');
		await probe.settled();
		const message = 'for="msg" names a field outside the shadow root of <x-chat>, where the element is: set target to that field';
		expect(seen.errors.map((error) => [error.name, error.message])).to.deep.equal([['ValidationException', message]]);
		expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);
		expect(await typingRequests(chat)).to.have.length(0);
	});

	it('9. no for, no target and no field inside, and the customer types in a field of the page: said once; a page that drives the element with sendTyping() hears nothing', async () => {
		const chat = await startCustomerChat();
		const page = await fixture<HTMLDivElement>(html`<div><textarea id="msg"></textarea></div>`);
		const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		const seen = recordOutcomes(notifier);
		Object.assign(notifier, {endpoint: emulatorUrl, noAcknowledge: true});
		page.append(notifier);
		notifier.connectionToken = chat.connectionToken;
		await notifier.updateComplete;
		const field = page.querySelector('textarea')!;
		type(field, 'h');
		type(field, 'hi');
		await probe.settled();
		const message = 'binds nothing, but the customer types in <textarea id="msg">: set for to its id';
		expect(seen.errors.map((error) => error.message)).to.deep.equal([message]);
		expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);

		// The same page, driving the element itself: its own input listener calls sendTyping().
		const driven = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		const drivenSeen = recordOutcomes(driven);
		Object.assign(driven, {endpoint: emulatorUrl, noAcknowledge: true});
		page.append(driven);
		driven.connectionToken = (await startCustomerChat()).connectionToken;
		await driven.updateComplete;
		field.addEventListener('input', () => void driven.sendTyping());
		type(field, 'driven');
		await waitFor(() => drivenSeen.sent.length === 1, 'the typing event the page asked for');
		expect(drivenSeen.errors).to.deep.equal([]);
	});

	for (const endpoint of ['127.0.0.1:8041', 'localhost:8041']) {
		it(`10. endpoint="${endpoint}", without a scheme: said once, quoting it, with "add https://"`, async () => {
			const {notifier, seen, type} = await mountNotifier({token: false, acknowledge: true, attributes: {endpoint}});
			notifier.connectionToken = 'token';
			await seen.until(1);
			type('a');
			await probe.settled();
			const message = `endpoint "${endpoint}" has no scheme: add https:// (http:// on loopback)`;
			expect(seen.errors.map((error) => [error.name, error.message])).to.deep.equal([['ValidationException', message]]);
			expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);
		});
	}

	it("11. an endpoint whose path doubles the service's (…/participant/event): the 404 names the URL that answered and the fix, once", async () => {
		const {seen, type} = await mountNotifier({attributes: {endpoint: `${emulatorUrl}/participant/event`}});
		type('a');
		await seen.until(1);
		const message = `Unknown operation: ${emulatorUrl}/participant/event/participant/event answered 404; endpoint is the base URL, without /participant/event`;
		expect(seen.errors.map((error) => [error.name, error.status, error.retryable, error.message])).to.deep.equal([['UnknownOperationException', 404, false, message]]);
		expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> UnknownOperationException: ${message}`]]);
	});

	it('12. the customer types in a login field before the chat: no hint; once the chat is on and typing goes elsewhere, one', async () => {
		const page = await fixture<HTMLDivElement>(html`<div><input id="email" /><textarea id="msg"></textarea></div>`);
		const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		Object.assign(notifier, {htmlFor: 'msg', endpoint: emulatorUrl, noAcknowledge: true});
		page.append(notifier);
		await notifier.updateComplete;
		const email = page.querySelector<HTMLInputElement>('#email')!;
		type(email, 'me@example.com');
		await probe.settled();
		expect(consoleLines, 'before the chat').to.deep.equal([]);
		notifier.connectionToken = (await startCustomerChat()).connectionToken;
		await notifier.updateComplete;
		type(email, 'me@example.org');
		expect(consoleLines).to.deep.equal([['warn', '<connect-typing-notifier> is bound to <textarea id="msg">, never typed in, but the customer types in <input id="email">: bind that field']]);
	});
});
