// <connect-typing-indicator>: the agent's typing shown to the customer, never stuck, accessible,
// fed by a ChatJS session against the emulator or by the page's own calls (README, "The agent's
// typing"). Runs against src/ and the indicator's CDN file.
import {emulateMedia} from '@web/test-runner-commands';
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {TypingHiddenDetail, TypingShownDetail} from '../../src/indicator.js';
import {chatjsSession} from '../support/chatjs.js';
import {fakeClockPerTest} from '../support/clock.js';
import {startCustomerChat, waitFor} from '../support/emulator.js';
import {engine} from '../support/engine.js';
import {mountNotifier} from '../support/fixture.js';
import {ConnectTypingIndicatorElement} from '../support/indicator-target.js';
import {shownText} from '../support/indicator-view.js';
import {target} from '../support/target.js';
import {installProbe} from '../../tooling/probe.js';

const probe = installProbe();

const agent = {participantId: 'agent', displayName: 'Agent', role: 'AGENT'};
const bot = {participantId: 'bot', displayName: 'Bot', role: 'SYSTEM'};

/** An indicator on the page, with what it says and what it dispatched, and what a screen reader heard. */
const mountIndicator = async (markup = html`<connect-typing-indicator></connect-typing-indicator>`) => {
	const page = await fixture<HTMLDivElement>(html`<div>${markup}</div>`);
	const indicator = page.querySelector('connect-typing-indicator') as ConnectTypingIndicatorElement;
	await indicator.updateComplete;
	const root = indicator.shadowRoot!;
	const events: [string, TypingShownDetail | TypingHiddenDetail][] = [];
	for (const type of ['connect-typing-shown', 'connect-typing-hidden'] as const) indicator.addEventListener(type, ({detail}) => events.push([type, detail]));
	// A screen reader's view: every text the live region held, in order.
	const region = root.querySelector('[role="status"]')!;
	const heard: string[] = [];
	new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {childList: true, characterData: true, subtree: true});
	const visible = async () => {
		await indicator.updateComplete;
		return shownText(indicator);
	};
	return {page, indicator, root, events, heard, visible};
};

describe(`<connect-typing-indicator> (${target})`, function () {
	this.timeout(30_000);

	describe("fed by the page's own calls", () => {
		const time = fakeClockPerTest();

		it('shows a participant until 12 s after their last typing event, then hides them', async () => {
			const {indicator, events, visible} = await mountIndicator();
			indicator.typing(agent);
			expect(await visible()).to.equal('Agent is typing');
			await time.clock.tickAsync(8_000);
			indicator.typing(agent);
			await time.clock.tickAsync(11_000);
			expect(await visible(), '11 s after the last event').to.equal('Agent is typing');
			await time.clock.tickAsync(1_000);
			expect(await visible(), '12 s after it').to.equal('');
			expect(events).to.deep.equal([
				['connect-typing-shown', {participant: agent}],
				['connect-typing-hidden', {participant: agent, reason: 'lapsed'}],
			]);
		});

		it('hides a participant at once when their message arrives, and everyone when the chat ends', async () => {
			const {indicator, events, visible} = await mountIndicator();
			indicator.typing(agent);
			indicator.typing(bot);
			expect(await visible()).to.equal('Agent and Bot are typing');
			indicator.messageArrived({participantId: 'agent'});
			expect(await visible()).to.equal('Bot is typing');
			indicator.chatEnded();
			expect(await visible()).to.equal('');
			expect(events.filter(([type]) => type === 'connect-typing-hidden')).to.deep.equal([
				['connect-typing-hidden', {participant: agent, reason: 'message'}],
				['connect-typing-hidden', {participant: bot, reason: 'ended'}],
			]);
		});

		it("never shows the customer's own typing", async () => {
			const {indicator, events, visible} = await mountIndicator(html`<connect-typing-indicator participant-id="me"></connect-typing-indicator>`);
			indicator.typing({participantId: 'someone', role: 'CUSTOMER'});
			indicator.typing({participantId: 'me'});
			expect(await visible()).to.equal('');
			expect(events).to.deep.equal([]);
		});

		it('leaving the page hides everyone, says why, and leaves no timer behind', async () => {
			const {indicator, events, visible} = await mountIndicator();
			const timers = probe.timers();
			indicator.typing(agent);
			indicator.remove();
			expect(await visible()).to.equal('');
			expect(events.at(-1)).to.deep.equal(['connect-typing-hidden', {participant: agent, reason: 'removed'}]);
			expect(probe.timers()).to.equal(timers);
			indicator.typing(agent);
			expect(await visible(), 'off the page, nothing shows').to.equal('');
		});

		it('a screen reader hears who types once per burst, and nothing when it hides', async () => {
			const {indicator, heard} = await mountIndicator();
			// One burst: an event every 2 s for 10 s.
			for (let second = 0; second < 10; second += 2) {
				indicator.typing(agent);
				await time.clock.tickAsync(2_000);
			}
			await time.clock.tickAsync(12_000);
			await indicator.updateComplete;
			// A second burst, then a bot joins it.
			indicator.typing(agent);
			await indicator.updateComplete;
			indicator.typing(bot);
			await indicator.updateComplete;
			indicator.messageArrived({participantId: 'agent'});
			indicator.messageArrived({participantId: 'bot'});
			await indicator.updateComplete;
			expect(heard.filter(Boolean)).to.deep.equal(['Agent is typing', 'Agent is typing', 'Agent and Bot are typing']);
			expect(heard.at(-1), 'emptied when it hid, which a screen reader does not read').to.equal('');
		});

		it("the page's words, in its language; a participant without a name", async () => {
			const {indicator, visible} = await mountIndicator(
				html`<connect-typing-indicator lang="fr" text="{name} écrit…" text-many="{names} écrivent…" unnamed="Quelqu'un"></connect-typing-indicator>`,
			);
			indicator.typing(agent);
			expect(await visible()).to.equal('Agent écrit…');
			indicator.typing({participantId: 'bot', role: 'SYSTEM'});
			expect(await visible()).to.equal("Agent et Quelqu'un écrivent…");
		});

		it('hide-after, and the spelling a server renderer writes (hideafter), set the lapse', async () => {
			for (const attribute of ['hide-after', 'hideafter']) {
				const {indicator, visible} = await mountIndicator();
				indicator.setAttribute(attribute, '3000');
				await indicator.updateComplete;
				expect(indicator.hideAfter).to.equal(3_000);
				indicator.typing(agent);
				await time.clock.tickAsync(3_000);
				expect(await visible(), attribute).to.equal('');
			}
		});

		it('a value of another type counts as the default, and throws nothing', async () => {
			const {indicator, visible} = await mountIndicator();
			Object.assign(indicator, {hideAfter: Symbol('x'), text: 5, textMany: {}});
			indicator.typing(agent);
			expect(await visible()).to.equal('Agent is typing');
			await time.clock.tickAsync(12_000);
			expect(await visible()).to.equal('');
		});
	});

	describe('styled by the page', () => {
		it('its parts and custom properties', async () => {
			const {page, indicator, root} = await mountIndicator();
			page.append(Object.assign(document.createElement('style'), {textContent: 'connect-typing-indicator::part(text) { text-transform: uppercase }'}));
			indicator.style.setProperty('--connect-typing-indicator-color', 'rgb(1, 2, 3)');
			indicator.typing(agent);
			await indicator.updateComplete;
			expect(getComputedStyle(root.querySelector('[part="text"]')!).textTransform).to.equal('uppercase');
			expect(getComputedStyle(root.querySelector('[part="dots"] i')!).backgroundColor).to.equal('rgb(1, 2, 3)');
			indicator.chatEnded();
		});

		it('the dots pulse, unless the customer prefers reduced motion', async function () {
			const {indicator, root} = await mountIndicator();
			indicator.typing(agent);
			await indicator.updateComplete;
			const dot = root.querySelector('[part="dots"] i')!;
			expect(getComputedStyle(dot).animationName).to.equal('pulse');
			// Only Chromium's DevTools protocol emulates the preference here.
			if (engine !== 'Chromium') return;
			await emulateMedia({reducedMotion: 'reduce'});
			try {
				expect(getComputedStyle(dot).animationName).to.equal('none');
			} finally {
				await emulateMedia({reducedMotion: 'no-preference'});
				indicator.chatEnded();
			}
		});
	});

	describe('fed by a ChatJS session, against the emulator', () => {
		it("shows the agent's typing within one WebSocket push, hides it at their message, never shows the customer's own, and hides all at the chat's end", async () => {
			const chat = await startCustomerChat();
			const session = await chatjsSession(chat);
			const {indicator, events, visible} = await mountIndicator();
			indicator.session = session as unknown as ConnectTypingIndicatorElement['session'];
			await indicator.updateComplete;
			const shown = oneEvent(indicator, 'connect-typing-shown');
			await chat.agentTyping();
			expect((await shown).detail.participant).to.deep.equal(agent);
			expect(await visible()).to.equal('Agent is typing');
			await chat.agentTyping({ParticipantId: 'bot', DisplayName: 'Bot', ParticipantRole: 'SYSTEM'});
			await waitFor(async () => (await visible()) === 'Agent and Bot are typing', 'the bot too');
			// The customer's own typing comes back over the WebSocket: it never shows. ChatJS tells every
			// handler of a session in one go, so once the test's has it, the indicator's has had it too.
			const echoed = new Promise((resolve) => session.onTyping(({data}) => data.ParticipantRole === 'CUSTOMER' && resolve(data)));
			const {type: typeInChat} = await mountNotifier({chat});
			typeInChat('hello');
			await echoed;
			await chat.agentMessage('How can I help?');
			await waitFor(async () => (await visible()) === 'Bot is typing', "hidden at the agent's message");
			await chat.end();
			await waitFor(async () => (await visible()) === '', "hidden at the chat's end");
			expect(events.map(([type, detail]) => [type, detail.participant.participantId])).to.deep.equal([
				['connect-typing-shown', 'agent'],
				['connect-typing-shown', 'bot'],
				['connect-typing-hidden', 'agent'],
				['connect-typing-hidden', 'bot'],
			]);
		});

		it('given another session, or taken off the page, it hears the one before no more', async () => {
			const [first, second] = [await startCustomerChat(), await startCustomerChat()];
			const [one, two] = [await chatjsSession(first), await chatjsSession(second)];
			const {page, indicator, visible} = await mountIndicator();
			indicator.session = one as unknown as ConnectTypingIndicatorElement['session'];
			await indicator.updateComplete;
			indicator.session = two as unknown as ConnectTypingIndicatorElement['session'];
			await indicator.updateComplete;
			// ChatJS tells every handler of a session in one go: once the test's has an event, the indicator's has had it too.
			const heardBy = (session: typeof one) => new Promise((resolve) => session.onTyping(resolve));
			const oneHeard = heardBy(one);
			await first.agentTyping();
			await oneHeard;
			expect(await visible(), 'the session it had before').to.equal('');
			const shown = oneEvent(indicator, 'connect-typing-shown');
			await second.agentTyping({ParticipantId: 'agent-2', DisplayName: 'Ana', ParticipantRole: 'AGENT'});
			expect((await shown).detail.participant.participantId, 'the session it has now').to.equal('agent-2');
			indicator.remove();
			const twoHeard = heardBy(two);
			await second.agentTyping({ParticipantId: 'agent-3', DisplayName: 'Bo', ParticipantRole: 'AGENT'});
			await twoHeard;
			page.append(indicator);
			expect(await visible(), 'nothing heard off the page').to.equal('');
		});
	});
});
