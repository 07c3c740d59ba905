// Each framework example, built by examples/build.mjs, opened as a page: typing reaches the
// emulator and the framework's own event handler shows the outcome.
import {expect} from '@open-wc/testing';
import {emulatorControls} from '../../emulator/controls.js';
import {emulatorUrl, typing, waitFor} from '../support/emulator.js';
import {shownText} from '../support/indicator-view.js';

/** Opens an example's page: its own index.html, told the emulator's URL, unless `path` says where it is served. */
const open = async (name: string, path = `/examples/${name}/index.html?emulator=${encodeURIComponent(emulatorUrl)}`) => {
	const frame = document.createElement('iframe');
	frame.src = path;
	document.body.append(frame);
	await waitFor(() => frame.contentDocument?.querySelector('#last-event'), `the ${name} example rendered`);
	const page = frame.contentDocument!;
	const notifier = page.querySelector('connect-typing-notifier')!;
	await waitFor(() => notifier.connectionToken);
	const output = page.querySelector('output')!;
	// The acknowledgement goes first, on its own: typed before it settles, the typing event's
	// outcome could be shown and then replaced by the acknowledgement's.
	await waitFor(() => output.value.includes('connection.acknowledged'), `the ${name} example acknowledged the connection`);
	const field = page.querySelector('textarea')!;
	const type = (text: string) => {
		field.value = text;
		field.dispatchEvent(new (frame.contentWindow as typeof window).Event('input', {bubbles: true}));
	};
	return {frame, notifier, output, type};
};

/** The emulator's controls for the chat an example's page started (it shows the ContactId). */
const chatOf = (frame: HTMLIFrameElement) => emulatorControls(emulatorUrl).chatControls(frame.contentDocument!.querySelector('output#contact')!.textContent!);

const sentTyping = new RegExp(`^sent ${typing.replaceAll('.', '\\.')} [\\da-f-]{36}$`);

describe('examples', function () {
	this.timeout(30_000);
	afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

	for (const name of ['plain-html', 'vue', 'react', 'alpine']) {
		it(`${name}: typing is sent, and the page's handler shows the service's id`, async () => {
			const {output, type} = await open(name);
			type('hello');
			await waitFor(() => sentTyping.test(output.value));
		});
	}

	it('next: the App Router app rendered on the server and hydrated; its route handler starts the chat, the browser makes the token, typing is sent', async () => {
		const {frame, notifier, output, type} = await open('next', '/examples/next');
		// The server's HTML has the element's attributes in React's spelling, and no token.
		const served = await (await fetch('/examples/next')).text();
		expect(served).to.match(/<connect-typing-notifier htmlFor="msg"[^>]*>/);
		expect(served).not.to.contain(notifier.connectionToken!);
		expect(notifier.htmlFor).to.equal('msg');
		type('hello');
		await waitFor(() => sentTyping.test(output.value));
		const events = await chatOf(frame).events();
		expect(events.filter((event) => event.ContentType === typing)).to.have.length(1);
	});

	it('back-end: StartChatContact through the official AWS SDK, CreateParticipantConnection from the page, then typing', async () => {
		const {output, type} = await open('back-end');
		type('hello');
		await waitFor(() => sentTyping.test(output.value));
	});

	it('back-end: the token recipe (docs/tokens.md) renews an expired token and tells an ended chat apart, with no unhandled rejection', async () => {
		const {frame, notifier, output, type} = await open('back-end');
		const rejections: unknown[] = [];
		frame.contentWindow!.addEventListener('unhandledrejection', (event) => rejections.push(event.reason));
		const chat = chatOf(frame);
		await chat.expire();
		const expired = notifier.connectionToken;
		type('hello');
		await waitFor(() => notifier.connectionToken !== expired, 'a fresh token after the 403');
		// The new token is acknowledged first; then a keystroke sends at once.
		await waitFor(() => output.value.includes('connection.acknowledged'), 'the fresh token acknowledged');
		type('hello again');
		await waitFor(() => sentTyping.test(output.value), 'typing with the fresh token');
		await chat.end();
		// The customer's message went (the field emptied): the next one's first key sends at once.
		type('');
		type('anyone?');
		await waitFor(() => output.value === 'the chat ended', 'the page told the ended chat from an expired token');
		expect(rejections).to.deep.equal([]);
	});

	it("chatjs: ChatJS carries the messages both ways, the notifier the customer's typing, the indicator the agent's; a refused token is renewed", async () => {
		const {frame, output, type} = await open('chatjs');
		const page = frame.contentDocument!;
		type('hello');
		await waitFor(() => sentTyping.test(output.value));
		const chat = chatOf(frame);
		// ChatJS's connect() resolves before its WebSocket is up: what the agent does reaches the page once it subscribes.
		await waitFor(async () => (await chat.subscribedWebSockets()) > 0, "ChatJS's WebSocket subscribed");
		// The agent types: the indicator shows it, from ChatJS's session; their message hides it.
		const indicator = page.querySelector('connect-typing-indicator')!;
		const words = () => shownText(indicator);
		await chat.agentTyping();
		await waitFor(() => words() === 'Agent is typing', "the agent's typing shown");
		await chat.agentMessage('How can I help?');
		await waitFor(() => page.querySelector('#transcript')!.textContent!.includes('agent: How can I help?'), 'the agent message through ChatJS');
		await waitFor(() => words() === '', "hidden at the agent's message");
		page.querySelector('textarea')!.value = 'My order is late';
		page.querySelector('form')!.requestSubmit();
		await waitFor(() => page.querySelector('#transcript')!.textContent!.includes('you: My order is late'), 'the customer message through ChatJS');
		// The customer's typing events never come from ChatJS here: only the notifier's.
		const events = await chat.events();
		expect(events.filter((event) => event.ContentType === typing && event.ParticipantRole === 'CUSTOMER')).to.have.length(1);
		await chat.expire();
		const notifier = page.querySelector('connect-typing-notifier')!;
		const expired = notifier.connectionToken;
		notifier.interval = 1;
		await notifier.updateComplete;
		type('still there?');
		await waitFor(() => notifier.connectionToken !== expired, 'a fresh token after the 403');
		type('still there? yes');
		await waitFor(() => sentTyping.test(output.value));
	});

	it('angular: typing is sent, and the (connect-typing-error) binding fires for a bad token', async () => {
		const {output, type, notifier} = await open('angular');
		type('hello');
		await waitFor(() => sentTyping.test(output.value));
		// The page swaps in a token the service model refuses: the next keystroke reports it.
		notifier.connectionToken = 'x'.repeat(1001);
		notifier.interval = 1;
		await notifier.updateComplete;
		type('hello again');
		await waitFor(() => output.value === 'error ValidationException');
		expect(output.value).to.equal('error ValidationException');
	});

	it('opened without an emulator to talk to, a page says what to do instead of staying blank', async () => {
		const frame = document.createElement('iframe');
		frame.src = '/examples/plain-html/index.html';
		document.body.append(frame);
		await waitFor(() => frame.contentDocument?.querySelector('[role="alert"]'), 'the explanation on the page');
		expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('npm run examples').and.contain('?emulator=');
	});
});
