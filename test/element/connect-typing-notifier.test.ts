import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest} from '../support/clock.js';
import {acknowledged, emulatorUrl, startCustomerChat, typing, typingEvents, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier, type} from '../support/fixture.js';
import {urlsTriedOffline} from '../support/offline.js';
import {installProbe} from '../../tooling/probe.js';
import {ConnectTypingNotifierElement, target} from '../support/target.js';

const probe = installProbe();

describe(`<connect-typing-notifier> (${target})`, () => {
	describe('typing', () => {
		const time = fakeClockPerTest();

		it('sends a typing event at once on the first keystroke, and reports it', async () => {
			const {chat, field, seen} = await mountNotifier();
			field.focus();
			await sendKeys({type: 'h'});
			await waitFor(() => seen.sent.length);
			const [event] = await typingEvents(chat);
			expect(seen.sent).to.deep.equal([{contentType: typing, id: event!.Id, absoluteTime: event!.AbsoluteTime, clientToken: event!.ClientToken}]);
		});

		it('sends at most one more per interval while typing goes on', async () => {
			const {chat, field, seen} = await mountNotifier();
			let text = '';
			const key = () => type(field, (text += 'a'));
			// Leading edge, then keys within the interval send nothing; once it has passed, one more, and so on.
			for (let round = 1; round <= 3; round++) {
				key();
				await waitFor(() => seen.sent.length === round, `event ${round}`);
				await time.clock.tickAsync(defaultInterval - 1_000);
				key();
				await probe.settled();
				expect(await typingRequests(chat), 'within the interval').to.have.length(round);
				await time.clock.tickAsync(1_000);
			}
		});

		it('sends nothing for keys that do not change the text, nor when the field is cleared', async () => {
			const {chat, field, seen} = await mountNotifier();
			type(field, 'hi');
			await waitFor(() => seen.sent.length === 1);
			// Past the interval: any change would send now.
			await time.clock.tickAsync(defaultInterval);
			field.focus();
			await sendKeys({press: 'ArrowLeft'});
			field.dispatchEvent(new InputEvent('input'));
			type(field, '');
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(1);
		});

		it('sends no typing event while disabled, still acknowledges, and sends at the first keystroke once enabled', async () => {
			const {notifier, chat, field, seen} = await mountNotifier({acknowledge: true, attributes: {disabled: ''}});
			expect(notifier.disabled).to.equal(true);
			await waitFor(() => seen.sent.some(({contentType}) => contentType === acknowledged), 'the acknowledgement');
			type(field, 'h');
			expect(await notifier.sendTyping()).to.equal(false);
			notifier.disabled = false;
			await notifier.updateComplete;
			type(field, 'hi');
			await waitFor(async () => (await typingRequests(chat)).length === 1, 'a typing event once enabled');
			// Disabled again within the interval, then enabled: the next key goes at once, not at the refresh.
			notifier.setAttribute('disabled', '');
			type(field, 'hi ');
			notifier.removeAttribute('disabled');
			await notifier.updateComplete;
			type(field, 'hi t');
			await waitFor(() => seen.sent.filter(({contentType}) => contentType === typing).length === 2, 'a second typing event');
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(2);
			expect(seen.errors).to.deep.equal([]);
		});

		it('keeps a schedule per element: two chats on one page both see typing', async () => {
			const [first, second] = [await startCustomerChat(), await startCustomerChat()];
			const page = await fixture<HTMLDivElement>(html`
				<div>
					<input id="a" /><connect-typing-notifier for="a" endpoint=${emulatorUrl} no-acknowledge .connectionToken=${first.connectionToken}></connect-typing-notifier>
					<input id="b" /><connect-typing-notifier for="b" endpoint=${emulatorUrl} no-acknowledge .connectionToken=${second.connectionToken}></connect-typing-notifier>
				</div>
			`);
			const [a, b] = page.querySelectorAll('input');
			type(a!, 'x');
			type(b!, 'y');
			await waitFor(async () => (await typingEvents(first)).length && (await typingEvents(second)).length);
		});

		it('takes a positive interval as it is, and each interval that is not a positive number as the default 11500', async () => {
			const {notifier, field, chat, seen} = await mountNotifier();
			for (const [interval, refreshAfter] of [
				[2_000, 2_000],
				[0, defaultInterval],
				[-5, defaultInterval],
				[Number.NaN, defaultInterval],
				[Infinity, defaultInterval],
			]) {
				notifier.interval = interval!;
				await notifier.updateComplete;
				// A new message: its first key sends at once.
				type(field, '');
				type(field, 'a');
				const sent = seen.sent.length + 1;
				await waitFor(() => seen.sent.length === sent, `the first key with interval ${interval}`);
				// A second short of the refresh, whatever time the answer and this test took meanwhile.
				await time.clock.tickAsync(refreshAfter! - 1_000);
				type(field, 'ab');
				await probe.settled();
				expect(await typingRequests(chat), `nothing before ${refreshAfter} ms with interval ${interval}`).to.have.length(sent);
				await time.clock.tickAsync(1_000);
				type(field, 'abc');
				await waitFor(() => seen.sent.length === sent + 1, `the refresh at ${refreshAfter} ms with interval ${interval}`);
			}
		});
	});

	describe('binding', () => {
		const time = fakeClockPerTest();

		it('resolves for= in its own shadow root, like <label for>', async () => {
			const chat = await startCustomerChat();
			const host = await fixture<HTMLDivElement>(html`<div><textarea id="msg"></textarea></div>`);
			const root = host.attachShadow({mode: 'open'});
			root.innerHTML = `<textarea id="msg"></textarea><connect-typing-notifier for="msg" no-acknowledge endpoint="${emulatorUrl}"></connect-typing-notifier>`;
			const notifier = root.querySelector('connect-typing-notifier')!;
			notifier.connectionToken = chat.connectionToken;
			await notifier.updateComplete;
			type(host.querySelector('textarea')!, 'outside');
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(0);
			type(root.querySelector('textarea')!, 'inside');
			await waitFor(async () => (await typingRequests(chat)).length === 1);
		});

		it('binds to the target property, which wins over for=', async () => {
			const {chat, notifier, page} = await mountNotifier();
			const other = document.createElement('input');
			page.append(other);
			notifier.target = other;
			await notifier.updateComplete;
			type(page.querySelector('textarea')!, 'ignored');
			type(other, 'typed');
			await waitFor(async () => (await typingRequests(chat)).length === 1);
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(1);
		});

		it('binds when the field with that id appears later, and follows a replaced field', async () => {
			const chat = await startCustomerChat();
			const page = await fixture<HTMLDivElement>(html`
				<div><connect-typing-notifier for="late" endpoint=${emulatorUrl} no-acknowledge .connectionToken=${chat.connectionToken}></connect-typing-notifier></div>
			`);
			const first = Object.assign(document.createElement('textarea'), {id: 'late'});
			page.append(first);
			await nextFrame();
			type(first, 'a');
			await waitFor(async () => (await typingRequests(chat)).length === 1);
			// A framework re-render replaces the field with a new one of the same id.
			first.remove();
			const second = Object.assign(document.createElement('textarea'), {id: 'late'});
			page.append(second);
			await nextFrame();
			await time.clock.tickAsync(defaultInterval);
			type(second, 'b');
			await waitFor(async () => (await typingRequests(chat)).length === 2);
		});

		it('rebinds when for= changes: the old field no longer sends', async () => {
			const {chat, notifier, page} = await mountNotifier();
			const other = Object.assign(document.createElement('input'), {id: 'other'});
			page.append(other);
			notifier.htmlFor = 'other';
			await notifier.updateComplete;
			type(page.querySelector('textarea')!, 'old');
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(0);
			type(other, 'new');
			await waitFor(async () => (await typingRequests(chat)).length === 1);
		});

		it('works again when put back on the page', async () => {
			const {chat, notifier, field, page} = await mountNotifier();
			notifier.remove();
			page.append(notifier);
			await notifier.updateComplete;
			type(field, 'back');
			await waitFor(async () => (await typingRequests(chat)).length === 1);
		});
	});

	describe('endpoint', () => {
		// A real AWS host name: the request is stopped where it would leave the machine.
		it('sends to the endpoint that region, fips and dualstack name', async () => {
			for (const [attributes, expected] of [
				[{region: 'eu-west-2'}, 'https://participant.connect.eu-west-2.amazonaws.com'],
				[{region: 'us-gov-west-1', fips: true}, 'https://participant.connect.us-gov-west-1.amazonaws.com'],
				[{region: 'cn-north-1', dualstack: true}, 'https://participant.connect.cn-north-1.api.amazonwebservices.com.cn'],
				[{region: 'us-east-1', fips: true, dualstack: true}, 'https://participant.connect-fips.us-east-1.api.aws'],
			] as const) {
				const notifier = document.createElement('connect-typing-notifier');
				Object.assign(notifier, {htmlFor: 'nowhere', noAcknowledge: true, ...attributes});
				document.body.append(notifier);
				notifier.connectionToken = 'token';
				expect(await urlsTriedOffline(() => notifier.sendTyping())).to.deep.equal(new Set([`${expected}/participant/event`]));
				notifier.remove();
			}
		});
	});

	describe('token', () => {
		it('reads the connection-token attribute and takes it out of the DOM', async () => {
			const chat = await startCustomerChat();
			const page = await fixture<HTMLDivElement>(html`
				<div><input id="m" /><connect-typing-notifier for="m" endpoint=${emulatorUrl} connection-token=${chat.connectionToken}></connect-typing-notifier></div>
			`);
			const notifier = page.querySelector('connect-typing-notifier')!;
			expect(notifier.connectionToken).to.equal(chat.connectionToken);
			expect(notifier.hasAttribute('connection-token')).to.equal(false);
			expect(page.outerHTML).not.to.contain(chat.connectionToken);
			await waitFor(async () => (await chat.events()).length === 1);
		});
	});

	describe('events', () => {
		it('bubble out of a shadow root to the document (composed)', async () => {
			const chat = await startCustomerChat();
			const host = await fixture<HTMLDivElement>(html`<div></div>`);
			const root = host.attachShadow({mode: 'open'});
			root.innerHTML = `<input id="m"><connect-typing-notifier for="m" no-acknowledge endpoint="${emulatorUrl}"></connect-typing-notifier>`;
			const received = oneEvent(document, 'connect-typing-sent');
			root.querySelector('connect-typing-notifier')!.connectionToken = chat.connectionToken;
			type(root.querySelector('input')!, 'x');
			expect((await received).detail.contentType).to.equal(typing);
		});
	});

	describe('throttling', () => {
		const time = fakeClockPerTest();

		it('cools down until Retry-After has passed, then sends again', async () => {
			const {chat, field, seen} = await mountNotifier();
			await chat.fault({status: 429, retryAfter: '1'});
			type(field, 'a');
			await waitFor(() => seen.throttled.length);
			expect(seen.throttled).to.deep.equal([{contentType: typing, retryAfterMs: 1000}]);
			type(field, 'ab');
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(1);
			// The cool-down began before the event was dispatched: it is over a second from now.
			await time.clock.tickAsync(1_000);
			type(field, 'abc');
			await waitFor(() => seen.sent.length === 1);
			expect(seen.errors).to.have.length(0);
		});
	});

	describe('two copies on one page', () => {
		const warnings: unknown[][] = [];
		const {warn} = console;
		beforeEach(() => {
			warnings.length = 0;
			console.warn = (...args: unknown[]) => warnings.push(args);
		});
		afterEach(() => {
			console.warn = warn;
		});

		it('a second definition of the same version steps aside without a word', () => {
			expect(() => ConnectTypingNotifierElement.define()).not.to.throw();
			expect(customElements.get('connect-typing-notifier')).to.equal(ConnectTypingNotifierElement);
			expect(warnings).to.deep.equal([]);
		});

		it('a copy of another version steps aside and says so in one line', () => {
			const tag = `older-typing-notifier-${Math.random().toString(36).slice(2)}`;
			const older = class extends HTMLElement {
				static version = '0.0.1';
			};
			customElements.define(tag, older);
			ConnectTypingNotifierElement.define(tag);
			expect(customElements.get(tag)).to.equal(older);
			expect(warnings).to.deep.equal([[`<${tag}> 0.0.1 is defined; connect-typing-notifier ${ConnectTypingNotifierElement.version} steps aside`]]);
		});
	});

	it('takes only its two token attributes as the token: its other attributes keep their meaning and stay', async () => {
		const {notifier, chat} = await mountNotifier();
		notifier.setAttribute('region', 'us-west-2');
		notifier.setAttribute('for', 'elsewhere');
		await notifier.updateComplete;
		expect([notifier.region, notifier.htmlFor, notifier.getAttribute('region'), notifier.getAttribute('for')]).to.deep.equal(['us-west-2', 'elsewhere', 'us-west-2', 'elsewhere']);
		expect(notifier.connectionToken).to.equal(chat.connectionToken);
	});
});
