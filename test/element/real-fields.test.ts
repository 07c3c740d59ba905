// Real design-system text fields and a rich-text editor, bound by `for`, by `target` and as a
// child, typed into with real key presses through the field inside them.
import '@material/web/checkbox/checkbox.js';
import '@material/web/textfield/outlined-text-field.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import {expect, fixture, html} from '@open-wc/testing';
import {Editor} from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import {sendKeys} from '@web/test-runner-commands';
import {type CustomerChat, emulatorUrl, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {recordOutcomes} from '../support/fixture.js';
import {ClosedTextField} from '../support/custom-fields.js';
import {installProbe} from '../../tooling/probe.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

/** A field as a page has it: the element the page binds to, how it gets focus, how the page empties it. */
interface RealField {
	element: HTMLElement;
	focus(): void;
	clear(): void;
}

const valueField = (element: HTMLElement & {value: string}): RealField => ({element, focus: () => element.focus(), clear: () => (element.value = '')});

const realFields: Record<string, () => RealField> = {
	'Shoelace <sl-textarea>': () => valueField(document.createElement('sl-textarea') as unknown as HTMLElement & {value: string}),
	'Material <md-outlined-text-field type="textarea">': () => {
		const field = document.createElement('md-outlined-text-field') as HTMLElement & {value: string};
		field.setAttribute('type', 'textarea');
		return valueField(field);
	},
	'TipTap editor (its mount point)': () => {
		const mount = document.createElement('div');
		const editor = new Editor({element: mount, extensions: [StarterKit]});
		return {element: mount, focus: () => editor.view.focus(), clear: () => editor.commands.clearContent(true)};
	},
	'a custom element with a closed shadow root': () => valueField(document.createElement('closed-text-field') as ClosedTextField),
	'a custom element around a slotted <textarea>': () => {
		const frame = document.createElement('slotted-text-field');
		const textarea = frame.appendChild(document.createElement('textarea'));
		return {element: frame, focus: () => textarea.focus(), clear: () => (textarea.value = '')};
	},
};

type Binding = 'for' | 'target' | 'child';

/** A page with the field and a notifier bound to it one way, talking to a fresh chat. */
const mount = async (makeField: () => RealField, binding: Binding, chat: CustomerChat) => {
	const page = await fixture<HTMLDivElement>(html`<div></div>`);
	const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
	Object.assign(notifier, {endpoint: emulatorUrl, noAcknowledge: true, interval: 60_000});
	const seen = recordOutcomes(notifier);
	const field = makeField();
	if (binding === 'child') notifier.append(field.element);
	else page.append(field.element);
	if (binding === 'for') notifier.htmlFor = field.element.id = `field-${Math.random().toString(36).slice(2)}`;
	if (binding === 'target') notifier.target = field.element;
	page.append(notifier);
	notifier.connectionToken = chat.connectionToken;
	await notifier.updateComplete;
	return {field, notifier, seen};
};

/** Presses the keys of `text` in the focused field, then waits until every request they started is answered. */
const pressKeys = async (text: string) => {
	await sendKeys({type: text});
	await probe.idle();
};

describe(`design systems and editors (${target})`, function () {
	this.timeout(30_000);

	for (const [name, makeField] of Object.entries(realFields)) {
		for (const binding of ['for', 'target', 'child'] as const) {
			describe(`${name}, bound ${binding === 'child' ? 'as a child' : `by ${binding}`}`, () => {
				it('sends one typing event for a message typed in it, and says nothing else', async () => {
					const chat = await startCustomerChat();
					const {field, seen} = await mount(makeField, binding, chat);
					field.focus();
					await pressKeys('hello there');
					await waitFor(() => seen.sent.length === 1, 'one typing event delivered');
					expect(seen.errors).to.deep.equal([]);
					expect(await typingRequests(chat)).to.have.length(1);
				});

				it('sends at once when the customer starts the next message after the page emptied the field', async () => {
					const chat = await startCustomerChat();
					const {field, seen} = await mount(makeField, binding, chat);
					field.focus();
					await pressKeys('first');
					await waitFor(() => seen.sent.length === 1, 'the first message typed');
					field.clear();
					await pressKeys('second');
					await waitFor(() => seen.sent.length === 2, 'the next message typed, within the interval');
					expect(await typingRequests(chat)).to.have.length(2);
				});
			});
		}
	}

	it('binds a for= that names a custom element defined later, and reads it once upgraded', async () => {
		const chat = await startCustomerChat();
		const name = `late-text-field-${Math.random().toString(36).slice(2)}`;
		const page = await fixture<HTMLDivElement>(html`<div></div>`);
		page.innerHTML = `<${name} id="late"></${name}><connect-typing-notifier for="late" no-acknowledge endpoint="${emulatorUrl}"></connect-typing-notifier>`;
		const notifier = page.querySelector('connect-typing-notifier')!;
		const seen = recordOutcomes(notifier);
		notifier.connectionToken = chat.connectionToken;
		await notifier.updateComplete;
		expect(seen.errors, 'not yet upgraded: not refused').to.deep.equal([]);
		customElements.define(name, class extends ClosedTextField {});
		(page.querySelector(name) as HTMLElement).focus();
		await pressKeys('hi');
		await waitFor(() => seen.sent.length === 1, 'typing delivered once the field is upgraded');
	});

	it('says once that a design-system checkbox named by for= is not a text field, and sends nothing', async () => {
		const chat = await startCustomerChat();
		const page = await fixture<HTMLDivElement>(html`<div></div>`);
		page.innerHTML = `<md-checkbox id="agree"></md-checkbox><connect-typing-notifier for="agree" no-acknowledge endpoint="${emulatorUrl}"></connect-typing-notifier>`;
		const notifier = page.querySelector('connect-typing-notifier')!;
		const seen = recordOutcomes(notifier);
		notifier.connectionToken = chat.connectionToken;
		await notifier.updateComplete;
		const checkbox = page.querySelector('md-checkbox')!;
		await (checkbox as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
		checkbox.click();
		checkbox.click();
		await waitFor(() => seen.errors.length === 1, 'the checkbox said');
		expect(seen.errors.map((error) => [error.name, error.message])).to.deep.equal([['ValidationException', '<md-checkbox id="agree"> is not a text field: bind the field the customer types in']]);
		await probe.idle();
		expect(await chat.requests()).to.have.length(0);
	});
});
