// Apps rendered on the server and hydrated in the browser, as Next.js, Nuxt and SvelteKit ship
// them: React (renderToString + hydrateRoot), Vue (createSSRApp + renderToString) and Svelte
// (svelte/server + hydrate), each rendered in Node by test/fixtures/build.mjs. A server renderer
// writes the element's props as attributes in its own spelling, and hydration sets no property:
// the element reads them, whether it is defined after the markup (React, Vue: a module) or before
// (Svelte: the CDN file in the head). The token comes from client code only.
import {expect} from '@open-wc/testing';
// Its `declare global`: what the page publishes on its window (`ssrPage`).
import type {} from '../fixtures/ssr/chats.js';
import {acknowledged, emulatorUrl, requestsOf, typing, typingRequests, waitFor} from '../support/emulator.js';

type Page = Window & typeof globalThis;

/** The app's page, hydrated, with its two chats started and their tokens given to the elements. */
const open = async (name: string) => {
	const frame = document.createElement('iframe');
	frame.src = `/test/fixtures/dist/ssr/${name}.html?emulator=${encodeURIComponent(emulatorUrl)}`;
	document.body.append(frame);
	const page = () => frame.contentWindow as Page;
	await waitFor(() => page().ssrPage, `the ${name} app hydrated and started its chats`);
	const {document: html} = page();
	const [typingNotifier, optedOutNotifier] = html.querySelectorAll('connect-typing-notifier');
	await waitFor(() => typingNotifier!.connectionToken && optedOutNotifier!.connectionToken, 'both tokens set by client code');
	/** Types `text` into the field with that id, as a keystroke changes it. */
	const type = (id: string, text: string) => {
		const field = html.querySelector<HTMLTextAreaElement>(`#${id}`)!;
		field.value = text;
		field.dispatchEvent(new (page().InputEvent)('input', {bubbles: true}));
	};
	return {frame, html, ...page().ssrPage!, typingNotifier: typingNotifier!, optedOutNotifier: optedOutNotifier!, type};
};

describe('server-rendered and hydrated', function () {
	this.timeout(30_000);
	afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

	for (const name of ['react', 'vue', 'svelte']) {
		describe(name, () => {
			it("reads the server's attributes: binds to for, honours no-acknowledge and disabled, and the app's listener hears the sent event", async () => {
				const {html, chats, probe, typingNotifier, optedOutNotifier, type} = await open(name);
				expect([typingNotifier.htmlFor, typingNotifier.noAcknowledge, typingNotifier.disabled]).to.deep.equal(['msg', true, false]);
				expect([optedOutNotifier.htmlFor, optedOutNotifier.noAcknowledge, optedOutNotifier.disabled]).to.deep.equal(['quiet', false, true]);
				// The opted-out chat box is live: it acknowledges, since it has no no-acknowledge (Vue and Svelte render it "false").
				await waitFor(async () => (await requestsOf(chats.optedOut, acknowledged)).length === 1, 'the opted-out element acknowledged');
				type('quiet', 'not sent');
				type('msg', 'hello');
				await waitFor(async () => (await typingRequests(chats.typing)).length === 1, 'typing from the server-rendered for');
				await waitFor(() => html.querySelector('#heard')!.textContent === typing, "the app's own listener heard the sent event");
				// Everything the page started has been answered: what did not arrive was never sent.
				await probe.idle();
				expect(await requestsOf(chats.typing, acknowledged), 'no acknowledgement with no-acknowledge').to.have.length(0);
				expect(await typingRequests(chats.optedOut), 'no typing while disabled').to.have.length(0);
			});

			it('the token is only ever a property: the server HTML and the DOM never hold it', async () => {
				const {frame, chats} = await open(name);
				const served = await (await fetch(frame.src)).text();
				const markup = frame.contentDocument!.documentElement.outerHTML;
				for (const token of [chats.typing.connectionToken, chats.optedOut.connectionToken]) {
					expect(served).not.to.contain(token);
					expect(markup).not.to.contain(token);
				}
			});
		});
	}
});
