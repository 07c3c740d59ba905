// What the page gives passes one boundary (src/element/options.ts): every property and attribute,
// in whatever type a page, a framework or a server renderer gives it, is read into something the
// element can use, or said once as a ValidationException, event and console line, and never
// becomes an exception in the page (docs/behaviour.md, "What each situation dispatches").
import {expect, fixture, html} from '@open-wc/testing';
import {fakeClockPerTest} from '../support/clock.js';
import {consolePerTest} from '../support/console.js';
import {acknowledged, emulatorUrl, requestsOf, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

/** A value that cannot be turned into text or a number: its toString and valueOf throw. */
const hostile = () => ({
	toString() {
		throw new Error('toString');
	},
	valueOf() {
		throw new Error('valueOf');
	},
});

/** Records the page's uncaught exceptions for each test. */
const pageErrorsPerTest = () => {
	const errors: unknown[] = [];
	const record = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
	beforeEach(() => {
		errors.length = 0;
		addEventListener('error', record);
		addEventListener('unhandledrejection', record);
	});
	afterEach(() => {
		removeEventListener('error', record);
		removeEventListener('unhandledrejection', record);
	});
	return errors;
};

describe(`what the page gives (${target})`, function () {
	this.timeout(30_000);
	const time = fakeClockPerTest();
	const consoleLines = consolePerTest();
	const pageErrors = pageErrorsPerTest();

	describe("a server renderer's attributes", () => {
		it('htmlfor, noacknowledge and connectiontoken (React writes the prop names, the HTML parser lowers them) are read before the definition, the token removed', async () => {
			const chat = await startCustomerChat();
			const tag = `rendered-notifier-${Math.random().toString(36).slice(2)}`;
			const page = await fixture<HTMLDivElement>(html`<div><textarea id="m"></textarea></div>`);
			// As the parser leaves renderToString's output: the element is not defined yet.
			page.insertAdjacentHTML('beforeend', `<${tag} htmlFor="m" noAcknowledge="" endpoint="${emulatorUrl}" connectionToken="${chat.connectionToken}"></${tag}>`);
			class RenderedNotifier extends (customElements.get('connect-typing-notifier') as typeof ConnectTypingNotifierElement) {}
			RenderedNotifier.define(tag);
			const notifier = page.lastElementChild as ConnectTypingNotifierElement;
			expect([notifier.htmlFor, notifier.noAcknowledge, notifier.connectionToken]).to.deep.equal(['m', true, chat.connectionToken]);
			expect(page.innerHTML).not.to.contain(chat.connectionToken);
			const seen = recordOutcomes(notifier);
			type(page.querySelector('textarea')!, 'hello');
			await waitFor(() => seen.sent.length === 1, 'typing from the server-rendered htmlfor');
			await probe.settled();
			expect(await requestsOf(chat, acknowledged), 'no acknowledgement').to.have.length(0);
		});

		it('a property the framework sets later wins over the attribute', async () => {
			const {notifier, page, chat, seen} = await mountNotifier({attributes: {for: '', htmlfor: 'msg'}});
			const other = page.appendChild(Object.assign(document.createElement('textarea'), {id: 'other'}));
			notifier.htmlFor = 'other';
			await notifier.updateComplete;
			type(page.querySelector<HTMLTextAreaElement>('#msg')!, 'not bound');
			type(other, 'bound');
			await waitFor(() => seen.sent.length === 1);
			await probe.settled();
			expect(await typingRequests(chat)).to.have.length(1);
		});

		for (const [attribute, value] of [
			['no-acknowledge', 'false'],
			['noacknowledge', 'false'],
			['noAcknowledge', 'FALSE'],
		] as const) {
			it(`${attribute}="${value}" (Vue and Svelte render a false prop so) is false: it acknowledges`, async () => {
				const {notifier, seen} = await mountNotifier({acknowledge: true, attributes: {[attribute]: value}});
				expect(notifier.noAcknowledge).to.equal(false);
				await waitFor(() => seen.sent.length === 1, 'the acknowledgement');
			});
		}

		it('disabled="false" is false: typing is sent', async () => {
			const {notifier, seen, type} = await mountNotifier({attributes: {disabled: 'false'}});
			expect(notifier.disabled).to.equal(false);
			type('a');
			await waitFor(() => seen.sent.length === 1);
		});
	});

	describe('values that cannot be used: one ValidationException, in the event and the console, and no exception in the page', () => {
		const unusable: [string, (notifier: ConnectTypingNotifierElement) => void, string][] = [
			// React sets target="msg" as the property.
			['target="msg", text', (notifier) => (notifier.target = 'msg' as unknown as HTMLElement), 'target is not an element ("msg"): give it the field itself, or set for to its id'],
			['target, a number', (notifier) => (notifier.target = 5 as unknown as HTMLElement), 'target is not an element (number): give it the field itself, or set for to its id'],
			['for, a Symbol', (notifier) => (notifier.htmlFor = Symbol('msg') as unknown as string), 'for is not text (symbol)'],
			['for, a value whose toString throws', (notifier) => (notifier.htmlFor = hostile() as unknown as string), 'for is not text (object)'],
			['interval, a Symbol', (notifier) => (notifier.interval = Symbol('fast') as unknown as number), 'interval cannot be read: it counts as 11500'],
			['interval, a value whose valueOf throws', (notifier) => (notifier.interval = hostile() as unknown as number), 'interval cannot be read: it counts as 11500'],
			['interval="fast"', (notifier) => notifier.setAttribute('interval', 'fast'), 'interval NaN is not a number of ms: it counts as 11500'],
			['connectionToken, a Symbol', (notifier) => (notifier.connectionToken = Symbol('token') as unknown as string), 'connectionToken is not text (symbol)'],
			['connectionToken, a value whose toString throws', (notifier) => (notifier.connectionToken = hostile() as unknown as string), 'connectionToken is not text (object)'],
		];
		for (const [what, set, message] of unusable) {
			it(what, async () => {
				const {notifier, seen, field} = await mountNotifier({token: false});
				set(notifier);
				await notifier.updateComplete;
				for (const text of ['a', 'ab', 'abc']) type(field, text);
				await notifier.sendTyping();
				await probe.settled();
				expect(pageErrors, 'no exception in the page').to.deep.equal([]);
				expect(seen.errors.map((error) => [error.name, error.status, error.retryable, error.message])).to.deep.equal([['ValidationException', 0, false, message]]);
				expect(consoleLines.filter(([level]) => level === 'error')).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);
			});
		}

		it('the rest of the set-up goes on: an unusable interval is the default, and typing is sent', async () => {
			const {notifier, seen, type} = await mountNotifier();
			notifier.interval = Symbol('fast') as unknown as number;
			await notifier.updateComplete;
			type('a');
			await waitFor(() => seen.sent.length === 1);
			expect(seen.errors).to.have.length(1);
		});
	});

	describe('interval, in ms, with a floor', () => {
		it('interval="11.5" (seconds written where ms are meant): said once, and at most one typing request a second while the customer types 9 keys a second', async () => {
			const {chat, seen, field} = await mountNotifier({interval: 11.5});
			const earlier = probe.started().length;
			const began = performance.now();
			let text = '';
			// Ten seconds of keys, 111 ms apart, each changing the text; the test's clock moves (and
			// goes on with real time, more of it on a busy machine).
			for (let key = 0; key < 90; key++) {
				type(field, (text += 'a'));
				await time.clock.tickAsync(111);
				await probe.settled();
			}
			// When each typing request started, on the page's clock (the test's).
			const starts = probe
				.started()
				.slice(earlier)
				.filter((request) => request.url.endsWith('/participant/event'))
				.map((request) => request.at);
			expect(await typingRequests(chat)).to.have.length(starts.length);
			const seconds = Math.floor((performance.now() - began) / 1_000);
			expect(starts.length, `typing requests in ${seconds} s and a part`).to.be.within(2, seconds + 1);
			for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!, 'time between two typing requests').to.be.at.least(1_000);
			expect(seen.errors.map((error) => error.message)).to.deep.equal(['interval 11.5 is below 1000 ms: it counts as 1000']);
		});
	});

	it('a correct set-up says nothing in the console but the documented line before the token', async () => {
		const page = await fixture<HTMLDivElement>(html`<div><textarea id="msg"></textarea></div>`);
		const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		Object.assign(notifier, {htmlFor: 'msg', endpoint: emulatorUrl, noAcknowledge: true});
		const seen = recordOutcomes(notifier);
		page.append(notifier);
		type(page.querySelector('textarea')!, 'before the token');
		await notifier.sendTyping();
		notifier.connectionToken = (await startCustomerChat()).connectionToken;
		await notifier.updateComplete;
		type(page.querySelector('textarea')!, 'after the token');
		await waitFor(() => seen.sent.length === 1);
		expect(consoleLines).to.deep.equal([['info', '<connect-typing-notifier> has no connectionToken yet: nothing is sent until the page sets it']]);
		expect(seen.errors).to.deep.equal([]);
	});
});
