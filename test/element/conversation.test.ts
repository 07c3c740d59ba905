// A conversation: the customer types a message, the page sends it and empties the field, the
// customer starts the next one. The agent's UI hides the typing indicator when a message arrives,
// so each message starts with a typing event at once, whatever the interval (docs/behaviour.md, "Invariants").
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {fakeClockPerTest} from '../support/clock.js';
import {acknowledged, emulatorUrl, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

/** Presses keys in the focused field, then waits until every request they started is answered. */
const press = async (keys: {type: string} | {press: string}) => {
	await sendKeys(keys);
	await probe.idle();
};

/** A page whose chat widget is `markup` (its field has id `msg`), with a notifier bound to that field. */
const mountWidget = async (markup: string) => {
	const chat = await startCustomerChat();
	const page = await fixture<HTMLDivElement>(html`<div></div>`);
	page.innerHTML = `${markup}<connect-typing-notifier for="msg" no-acknowledge interval="60000" endpoint="${emulatorUrl}"></connect-typing-notifier>`;
	const notifier = page.querySelector<ConnectTypingNotifierElement>('connect-typing-notifier')!;
	const seen = recordOutcomes(notifier);
	notifier.connectionToken = chat.connectionToken;
	await notifier.updateComplete;
	const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>('#msg')!;
	field.focus();
	return {chat, page, notifier, field, seen};
};

describe(`a conversation (${target})`, function () {
	this.timeout(30_000);

	it('one long message is one typing event per interval, a new line in it included', async () => {
		// Enter on a field whose page does not send with it: a new line, not a message.
		const {chat, seen} = await mountWidget('<textarea id="msg"></textarea>');
		await press({type: 'a long message, typed on and on'});
		await press({press: 'Enter'});
		await press({type: 'with a second line'});
		await waitFor(() => seen.sent.length === 1);
		expect(await typingRequests(chat)).to.have.length(1);
	});

	it('the customer empties the field by hand: the next keystroke sends at once', async () => {
		const {chat, field, seen} = await mountWidget('<textarea id="msg"></textarea>');
		await press({type: 'hello'});
		field.select();
		await press({press: 'Backspace'});
		await press({type: 'hi'});
		await waitFor(() => seen.sent.length === 2, 'a typing event for each message');
		expect(await typingRequests(chat)).to.have.length(2);
	});

	// How chat widgets send with Enter: each empties the field in script, with no input event.
	const sendingWithEnter: Record<string, [string, (page: HTMLElement, field: HTMLInputElement | HTMLTextAreaElement) => void]> = {
		'a form whose submit handler empties the field': [
			'<form><input id="msg"><button>Send</button></form>',
			(page, field) =>
				page.querySelector('form')!.addEventListener('submit', (event) => {
					event.preventDefault();
					field.value = '';
				}),
		],
		'an Enter handler without a form that empties the field': [
			'<textarea id="msg"></textarea>',
			(_page, field) =>
				field.addEventListener('keydown', (event) => {
					if ((event as KeyboardEvent).key !== 'Enter' || (event as KeyboardEvent).shiftKey) return;
					event.preventDefault();
					field.value = '';
				}),
		],
	};
	for (const [way, [markup, install]] of Object.entries(sendingWithEnter)) {
		it(`${way}: the next keystroke sends at once`, async () => {
			const {chat, page, field, seen} = await mountWidget(markup);
			install(page, field);
			await press({type: 'hello'});
			await press({press: 'Enter'});
			expect(field.value, 'the page sent the message').to.equal('');
			await press({type: 'next'});
			await waitFor(() => seen.sent.length === 2, 'a typing event for each message');
			expect(await typingRequests(chat)).to.have.length(2);
		});
	}

	it('a page that submits in script and the next input comes at once: it sends at once', async () => {
		const {chat, page, field, seen, notifier} = await mountWidget('<form><input id="msg"></form>');
		const form = page.querySelector('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			field.value = '';
		});
		type(field, 'hello');
		form.requestSubmit();
		type(field, 'n');
		await waitFor(() => seen.sent.length === 2, 'a typing event for each message');
		expect(await typingRequests(chat)).to.have.length(2);
		// The same with an Enter key dispatched by script, which the page's handler takes.
		field.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && (field.value = ''));
		field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
		type(field, 'm');
		await waitFor(() => seen.sent.length === 3, 'a typing event for the third message');
		expect(notifier.isConnected).to.equal(true);
	});

	it('a page that empties the field later (after its request): the next keystroke sends at once', async () => {
		const {chat, field, seen} = await mountWidget('<textarea id="msg"></textarea>');
		await press({type: 'hello'});
		await waitFor(() => seen.sent.length === 1);
		field.value = '';
		await press({type: 'next'});
		await waitFor(() => seen.sent.length === 2, 'a typing event for each message');
		expect(await typingRequests(chat)).to.have.length(2);
	});

	describe("only the chat's send reads the field again", () => {
		const time = fakeClockPerTest();

		it("a click, an Enter or a submit in an unrelated form after the page set the field in script: no typing event for the script's text; the chat's Send button reads it", async () => {
			const {chat, page, field, seen} = await mountWidget('<div class="composer"><textarea id="msg"></textarea><button type="button">Send</button></div>');
			page.insertAdjacentHTML('beforeend', '<form class="login"><input name="email"><input name="password" type="password"><button type="submit">Log in</button></form>');
			const login = page.querySelector<HTMLFormElement>('form.login')!;
			login.addEventListener('submit', (event) => event.preventDefault());
			await press({type: 'hello'});
			await waitFor(() => seen.sent.length === 1);
			// The agent's indicator has lapsed; the page restores a draft in script, without an event.
			await time.clock.tickAsync(13_000);
			field.value = '';
			field.value = 'a draft the page restored';
			const email = login.querySelector('input')!;
			email.focus();
			await press({type: 'me@example.com'});
			await press({press: 'Enter'});
			login.querySelector('button')!.click();
			await probe.settled();
			expect(await typingRequests(chat), "nothing for the script's text").to.have.length(1);
			// The chat's own Send button is beside its field: it reads it.
			page.querySelector<HTMLButtonElement>('.composer button')!.click();
			await waitFor(() => seen.sent.length === 2, "the chat's send read the field");
		});
	});

	it('messageSent() starts a new message for a page that keeps the text', async () => {
		const {chat, notifier, seen} = await mountWidget('<textarea id="msg"></textarea>');
		await press({type: 'hello'});
		await waitFor(() => seen.sent.length === 1);
		notifier.messageSent();
		await press({type: ' again'});
		await waitFor(() => seen.sent.length === 2, 'a typing event for the next message');
		expect(await typingRequests(chat)).to.have.length(2);
	});

	describe('back online', () => {
		// The test's clock, which these measure with performance.now().
		fakeClockPerTest();

		it('attempts an owed acknowledgement at once, not at the end of its backoff', async () => {
			const chat = await startCustomerChat();
			// The acknowledgement's three requests fail (a status the browser does not retry by itself), then the service answers again.
			await chat.fault({status: 503, times: 3, operation: 'event'});
			const {seen} = await mountNotifier({chat, acknowledge: true});
			await waitFor(() => seen.errors.length === 1, 'the acknowledgement failed');
			// Its backoff (1 s on the test's clock) began as it failed.
			const failedAt = performance.now();
			expect(seen.errors.map((error) => [error.name, error.contentType, error.retryable])).to.deep.equal([['InternalServerException', acknowledged, true]]);
			const requested = probe.nextRequest();
			window.dispatchEvent(new Event('online'));
			await requested;
			expect(performance.now() - failedAt, 'the next attempt started before the backoff ended').to.be.below(1_000);
			await waitFor(() => seen.sent.length === 1, 'the acknowledgement delivered');
			expect(seen.sent[0]!.contentType).to.equal(acknowledged);
			expect((await chat.events()).filter((event) => event.ContentType === acknowledged)).to.have.length(1);
		});

		it('sends the next keystroke at once: typing events sent while offline may not have arrived', async () => {
			const {chat, seen, type} = await mountNotifier({interval: 60_000});
			await chat.fault({drop: true, times: 1_000, operation: 'event'});
			window.dispatchEvent(new Event('offline'));
			type('a');
			await waitFor(() => seen.errors.length === 1, 'the typing event lost');
			const tries = (await typingRequests(chat)).length;
			type('ab');
			await probe.settled();
			expect(await typingRequests(chat), 'offline: nothing more within the interval').to.have.length(tries);
			await chat.clearFaults();
			window.dispatchEvent(new Event('online'));
			type('abc');
			await waitFor(() => seen.sent.length === 1, 'typing delivered once online');
		});
	});
});
