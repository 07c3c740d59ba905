// The npm start demo, used as a visitor would: every button in turn, each outcome as the log
// explains it, the chat's life from expiry to a new chat, and the agent's indicator in view
// while typing on a phone and on a laptop.
import {expect} from '@open-wc/testing';
import {emulatorUrl, waitFor} from '../support/emulator.js';
import {shownText} from '../support/indicator-view.js';

type Page = {frame: HTMLIFrameElement; document: Document};

const open = async (width: number, height: number): Promise<Page> => {
	const frame = document.createElement('iframe');
	frame.src = `/demo/index.html?emulator=${encodeURIComponent(emulatorUrl)}`;
	frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
	document.body.append(frame);
	await waitFor(() => frame.contentDocument?.body?.dataset.phase === 'live', 'the demo connected');
	return {frame, document: frame.contentDocument!};
};

const $ = <T extends Element = HTMLElement>({document}: Page, selector: string) => document.querySelector<T>(selector)!;
const rows = (page: Page) => [...page.document.querySelectorAll('#events > li')].map((row) => row.textContent ?? '');

let typed = 0;
/** Types a new text into the message box, as a keystroke does. */
const type = (page: Page) => {
	const field = $<HTMLTextAreaElement>(page, '#msg');
	field.value = `message ${++typed}`;
	field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
};

/** The newest log row after `count` rows were there. */
const nextRow = async (page: Page, count: number) => {
	try {
		await waitFor(() => rows(page).length > count, `log row ${count + 1}`, 30_000);
	} catch (error) {
		throw new Error(`${error}; status: ${$(page, '#status').textContent}; next: ${$(page, '#next').textContent}; rows: ${rows(page).join(' | ')}`, {cause: error});
	}
	return rows(page)[0]!;
};

const press = (page: Page, label: string) => [...page.document.querySelectorAll<HTMLButtonElement>('.controls button')].find((button) => button.textContent!.startsWith(label))!.click();

/**
 * Once the countdown says a typing event may go, types as a customer does until the element
 * sends one (after a throttle its schedule may wait a little longer); gives the new log row.
 */
const typeUntilRow = async (page: Page, count: number) => {
	await waitFor(() => $(page, '#next').textContent!.startsWith('Type:'), 'the countdown to run out', 30_000);
	await waitFor(() => rows(page).length > count || (type(page), false), 'a typing event from typing on', 30_000);
	return nextRow(page, count);
};

/** Presses a fault button, then types once the countdown says a typing event may go. */
const pressAndType = async (page: Page, label: string) => {
	const count = rows(page).length;
	press(page, label);
	await waitFor(() => $(page, '#status').textContent!.startsWith(label), `${label} armed`);
	const row = rows(page).length === count ? await typeUntilRow(page, count) : await nextRow(page, count);
	expect($(page, '#status').textContent, 'the status says the armed fault fired').not.to.contain('armed for the next typing event');
	return row;
};

const inViewport = (page: Page, element: HTMLElement) => {
	const box = element.getBoundingClientRect();
	const view = page.frame.contentWindow!;
	return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= view.innerHeight && box.right <= view.innerWidth;
};

describe('the demo page', function () {
	this.timeout(240_000);
	afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

	it('explains every button: each outcome with its attempts, and the chat from expiry to a new chat', async () => {
		const page = await open(1280, 800);
		expect(await nextRow(page, 0))
			.to.contain('connect-typing-sent')
			.and.contain('connection.acknowledged');
		const icon = page.document.querySelector<HTMLLinkElement>('link[rel="icon"]');
		expect(icon && (await fetch(icon.href)).ok, 'the page names an icon that is there').to.equal(true);

		type(page);
		const sent = await nextRow(page, 1);
		expect(sent).to.contain('connect-typing-sent').and.contain('attempts: 200').and.contain('Customer is typing');
		await waitFor(() => !$(page, '#indicator').hidden, 'the agent sees the customer typing');

		const throttled = await pressAndType(page, 'Throttle');
		expect(throttled).to.contain('connect-typing-throttled').and.contain('attempts: 429').and.contain('for 5 s').and.not.contain('429 → 429');
		// The throttle left nothing armed behind: the next button's outcome is its own.
		expect(await pressAndType(page, 'Two 503s'))
			.to.contain('connect-typing-sent')
			.and.contain('attempts: 503 → 503 → 200');
		expect(await pressAndType(page, 'Three 500s'))
			.to.contain('connect-typing-error')
			.and.contain('attempts: 500 → 500 → 500')
			.and.contain('gave up');
		expect(await pressAndType(page, 'Drop'))
			.to.contain('connect-typing-sent')
			.and.match(/attempts: connection dropped( → connection dropped)* → 200/);
		expect(await pressAndType(page, 'Slow'))
			.to.contain('connect-typing-sent')
			.and.contain('attempts: timed out (no answer in 5 s) → 200');

		press(page, 'Expire');
		await waitFor(() => page.document.body.dataset.phase === 'expired', 'the token expired');
		expect($(page, '#timeline').textContent).to.contain('The token expired');
		let count = rows(page).length;
		expect(await typeUntilRow(page, count))
			.to.contain('connect-typing-error')
			.and.contain('attempts: 403')
			.and.contain('refused the token');

		$<HTMLTextAreaElement>(page, '#msg').value = 'Are you there?';
		$<HTMLFormElement>(page, '#composer').requestSubmit();
		await waitFor(() => page.document.querySelector('.message.failed'), 'the message marked failed');
		expect($(page, '.message.failed').textContent).to.contain('not sent').and.contain('AccessDeniedException');

		press(page, 'Agent ends');
		await waitFor(() => page.document.body.dataset.phase === 'ended', 'the chat ended');
		expect($<HTMLButtonElement>(page, '.controls button').disabled, 'faults need a live chat').to.equal(true);

		count = rows(page).length;
		press(page, 'Fresh token');
		await waitFor(() => page.document.body.dataset.phase === 'live', 'a new chat');
		expect(await nextRow(page, count))
			.to.contain('connect-typing-sent')
			.and.contain('connection.acknowledged');
		expect($(page, '#timeline').textContent).to.match(/Chat .{8}… started.*The agent ended the chat/);
	});

	it("shows typing both ways: the agent's, from the page's own WebSocket client, on the customer's side until the agent's reply", async () => {
		const page = await open(1280, 800);
		const indicator = $(page, '#agent-typing');
		const words = () => shownText(indicator);
		$(page, '#agent-type').click();
		await waitFor(() => words() === 'Agent is typing', "the agent's typing on the customer's side");
		$(page, '#agent-reply').click();
		await waitFor(() => words() === '', "hidden at the agent's reply");
		expect(page.document.querySelectorAll('#customer-messages .message.them')).to.have.length(2);
	});

	for (const [width, height] of [
		[390, 844],
		[1280, 800],
	] as const) {
		it(`keeps the agent's indicator in view while the visitor types, at ${width} px`, async () => {
			const page = await open(width, height);
			const field = $<HTMLTextAreaElement>(page, '#msg');
			field.scrollIntoView({block: 'center'});
			// Nothing moves on the page while the indicator is hidden: the dots animate only in view.
			expect(page.document.getAnimations(), 'animations while the indicator is hidden').to.have.length(0);
			type(page);
			await waitFor(() => !$(page, '#indicator').hidden, 'the agent sees the customer typing');
			const reducedMotion = page.frame.contentWindow!.matchMedia('(prefers-reduced-motion: reduce)').matches;
			expect(page.document.getAnimations(), 'the dots move while shown').to.have.length(reducedMotion ? 0 : 3);
			expect(inViewport(page, field), 'the message box').to.equal(true);
			expect(inViewport(page, $(page, '#indicator')), 'the indicator').to.equal(true);
			// Long unbroken text wraps in its bubble: the page does not grow sideways.
			field.value = 'x'.repeat(400);
			$<HTMLFormElement>(page, '#composer').requestSubmit();
			await waitFor(() => page.document.querySelector('.message.me:not(.sending)'), 'the message sent');
			expect(page.document.documentElement.scrollWidth).to.be.at.most(width);
		});
	}
});
