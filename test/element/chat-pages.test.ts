// Real chat pages: editors that insert text themselves and empty themselves through their own
// API, a Send button, messages that begin without a key (dictation, predictive text, an IME),
// pasted and one-key messages, and a token renewed after a 403. Each test checks that the page did
// what it claims (the editor mounted, the text reached its model, the page's send ran and left it
// empty) and that the first typing request of each message leaves before its second key.
import {expect, fixture, html, nextFrame, oneEvent} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import type * as ChatEditors from '../fixtures/chat-editors.js';
import {type CustomerChat, emulatorUrl, startCustomerChat, typingRequests, waitFor} from '../support/emulator.js';
import {engine} from '../support/engine.js';
import {mountNotifier, recordOutcomes} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {waitWhileTimeStandsStill} from '../support/clock.js';
import type {FrameWrittenField} from '../support/custom-fields.js';
import '../support/custom-fields.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

// Bundled by test/fixtures/build.mjs (Slate's and React's dependencies are CommonJS).
const editorsModule = '/test/fixtures/dist/chat-editors.js';
const {mountLexical, mountSlate, mountTrix} = (await import(editorsModule)) as typeof ChatEditors;

const typingRequestsReach = (chat: CustomerChat, count: number, when: string) => waitFor(async () => (await typingRequests(chat)).length >= count, `typing request ${count}, ${when}`);

/** Holds Control while pressing `key`: WebDriver BiDi and the DevTools protocol both can. */
const withControl = async (key: string) => {
	await sendKeys({down: 'Control'});
	await sendKeys({press: key});
	await sendKeys({up: 'Control'});
};

/**
 * Pastes `text` into the editable that `focus` focuses. Chromium and Firefox: copied from another
 * field and pasted with Control+V, a real paste. WebKit's WebDriver here presses no modifier
 * keys: the events of a paste as WebKit delivers them, dispatched in order (`paste`, then, if the
 * editor did not cancel it, `beforeinput` of type `insertFromPaste`).
 */
const paste = async (text: string, editable: HTMLElement, focus: () => void) => {
	if (engine === 'WebKit') {
		focus();
		// An editor pastes at its selection, which it may place a moment after it was focused.
		await waitFor(() => editable.contains(getSelection()?.anchorNode ?? null), 'the caret in the editor');
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', text);
		const init = {bubbles: true, cancelable: true, composed: true};
		if (!editable.dispatchEvent(new ClipboardEvent('paste', {...init, clipboardData}))) return;
		editable.dispatchEvent(new InputEvent('beforeinput', {...init, inputType: 'insertFromPaste', dataTransfer: clipboardData}));
		return;
	}
	const source = Object.assign(document.createElement('textarea'), {value: text});
	document.body.append(source);
	source.select();
	await withControl('c');
	source.remove();
	focus();
	await withControl('v');
};

/**
 * Text that arrives without key events, as dictation and predictive text insert it. Chromium:
 * the DevTools protocol's `Input.insertText`. Firefox and WebKit have no such automation here: the
 * nearest is `document.execCommand('insertText')`, which is what Puppeteer's own WebDriver BiDi
 * `sendCharacter` does (Firefox fires `input` for it, without `beforeinput`; WebKit fires both).
 */
const insertWithoutKeys = async (text: string) => {
	if (engine === 'Chromium') await executeServerCommand('insert-text', {text});
	else document.execCommand('insertText', false, text);
};

/** A page with `mount`'s editor and a notifier bound to it by `target`, for a fresh chat. */
const mountEditor = async (mount: (container: HTMLElement) => ChatEditors.ChatEditor) => {
	const chat = await startCustomerChat();
	const page = await fixture<HTMLDivElement>(html`<div></div>`);
	const container = page.appendChild(document.createElement('div'));
	const editor = mount(container);
	const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
	Object.assign(notifier, {endpoint: emulatorUrl, noAcknowledge: true, interval: 60_000, target: editor.element});
	const seen = recordOutcomes(notifier);
	page.append(notifier);
	notifier.connectionToken = chat.connectionToken;
	await notifier.updateComplete;
	expect(editor.editable().isContentEditable, 'the editor mounted').to.equal(true);
	editor.focus();
	return {chat, editor, seen};
};

/** Presses Enter; resolves once the page's send ran and left its editor empty. */
const sendWithEnter = async (editor: ChatEditors.ChatEditor, message: string) => {
	const before = editor.sent.length;
	await sendKeys({press: 'Enter'});
	await waitFor(() => editor.sent.length > before && editor.text() === '', 'the page sent the message and emptied its editor');
	expect(editor.sent.at(-1)).to.equal(message);
};

describe(`chat pages (${target})`, function () {
	this.timeout(30_000);

	for (const [name, mount] of Object.entries({'Lexical (plain text)': mountLexical, 'Slate (React)': mountSlate})) {
		describe(name, () => {
			it('the first typing request of each message leaves before its second key', async () => {
				const {chat, editor, seen} = await mountEditor(mount);
				await sendKeys({type: 'h'});
				await typingRequestsReach(chat, 1, 'before the second key');
				await sendKeys({type: 'owdy'});
				expect(editor.text(), 'the text reached the editor').to.equal('howdy');
				await sendWithEnter(editor, 'howdy');
				await sendKeys({type: 'n'});
				await typingRequestsReach(chat, 2, "at the next message's first key");
				await sendKeys({type: 'ext'});
				await probe.idle();
				expect(await typingRequests(chat)).to.have.length(2);
				expect(seen.errors).to.deep.equal([]);
			});

			it('a one-key message gets its typing event, and so does the next', async () => {
				const {chat, editor} = await mountEditor(mount);
				await sendKeys({type: 'y'});
				await typingRequestsReach(chat, 1, 'for "y"');
				await sendWithEnter(editor, 'y');
				await sendKeys({type: 'k'});
				await typingRequestsReach(chat, 2, 'for "k"');
				await sendWithEnter(editor, 'k');
			});

			it('a pasted message gets its typing event', async () => {
				const {chat, editor} = await mountEditor(mount);
				await paste('pasted text', editor.editable(), () => editor.focus());
				await typingRequestsReach(chat, 1, 'for the paste');
				expect(editor.text(), 'the paste reached the editor').to.equal('pasted text');
				await sendWithEnter(editor, 'pasted text');
				await paste('once more', editor.editable(), () => editor.focus());
				await typingRequestsReach(chat, 2, 'for the next paste');
			});
		});
	}

	it('Trix, which writes its value when it renders: the first typing request leaves within 50 ms of the key, without the late read (100 ms)', async () => {
		const {chat, editor} = await mountEditor(mountTrix);
		// Timers move only when the test says; frames come as the browser paints them.
		const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: false});
		try {
			const requested = probe.nextRequest();
			await sendKeys({type: 'h'});
			clock.tick(50);
			await nextFrame();
			clock.tick(0);
			await waitWhileTimeStandsStill(requested, 'the first typing request, 50 ms after the key');
		} finally {
			clock.restore();
		}
		expect(editor.text(), 'the text reached the editor').to.equal('h');
		await typingRequestsReach(chat, 1, 'the first key');
	});

	it("an editor that writes its value on the next frame: the first key's request goes after that frame, without waiting for the late read (100 ms)", async () => {
		// Timers move only when the test says: a read a task after the key runs before the frame, as in WebKit.
		const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: false});
		try {
			const {page, notifier} = await mountNotifier({token: false});
			const field = page.appendChild(document.createElement('frame-written-field') as FrameWrittenField);
			notifier.target = field;
			notifier.connectionToken = (await startCustomerChat()).connectionToken;
			await notifier.updateComplete;
			const requested = probe.nextRequest();
			const sent = oneEvent(notifier, 'connect-typing-sent');
			// A key: its events in one task; the field writes its value at the next frame.
			const init = {bubbles: true, composed: true, cancelable: true};
			field.dispatchEvent(new KeyboardEvent('keydown', {...init, key: 'h'}));
			field.dispatchEvent(new InputEvent('beforeinput', {...init, inputType: 'insertText', data: 'h'}));
			field.textContent = 'h';
			field.dispatchEvent(new InputEvent('input', {...init, inputType: 'insertText', data: 'h'}));
			clock.tick(0);
			expect(field.value, 'the task after the key read the old value').to.equal('');
			await nextFrame();
			await nextFrame();
			expect(field.value, 'written at the frame').to.equal('h');
			clock.tick(0);
			await waitWhileTimeStandsStill(requested, 'the typing request, after the frame');
			await waitWhileTimeStandsStill(sent, 'the sent event');
		} finally {
			clock.restore();
		}
	});

	it("an IME's commit as WebKit delivers it (the composed text deleted, then the committed text inserted): one typing event for the message", async () => {
		const {chat, field, seen} = await mountNotifier({interval: 60_000});
		/** An edit as the browser applies it: `beforeinput`, the field's new text, `input`. */
		const edit = (inputType: string, text: string, isComposing: boolean) => {
			const init = {bubbles: true, composed: true, inputType, isComposing};
			field.dispatchEvent(new InputEvent('beforeinput', {...init, cancelable: true}));
			field.value = text;
			field.dispatchEvent(new InputEvent('input', init));
		};
		field.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true}));
		edit('insertCompositionText', 'に', true);
		await waitFor(() => seen.sent.length === 1, 'typing while composing');
		edit('insertCompositionText', 'にほ', true);
		edit('deleteCompositionText', '', false);
		edit('insertFromComposition', '日本', false);
		field.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '日本'}));
		await probe.settled();
		expect(await typingRequests(chat), 'one message, one typing event').to.have.length(1);
		expect(seen.errors).to.deep.equal([]);
	});

	describe('a textarea with a Send button', () => {
		/** The page's Send button sends the message and empties the field, at once or `later`. */
		const mountSendButton = async (later = false) => {
			const {chat, page, field, seen, notifier} = await mountNotifier({interval: 60_000});
			const button = page.appendChild(Object.assign(document.createElement('button'), {textContent: 'Send'}));
			const sent: string[] = [];
			button.addEventListener('click', () => {
				sent.push(field.value);
				// A page that empties the field once its own request is answered.
				if (later) setTimeout(() => (field.value = ''), 300);
				else field.value = '';
			});
			field.focus();
			return {chat, field, button, sent, seen, notifier};
		};

		for (const later of [false, true]) {
			it(`the next message arrives without key events (${engine}: ${engine === 'Chromium' ? 'Input.insertText' : "execCommand('insertText')"}), after a page that empties the field ${later ? 'later' : 'at once'}: a typing event at once`, async () => {
				const {chat, field, button, sent} = await mountSendButton(later);
				await sendKeys({type: 'howdy'});
				await typingRequestsReach(chat, 1, 'for the first message');
				button.click();
				await waitFor(() => field.value === '', "the page's send emptied the field");
				expect(sent).to.deep.equal(['howdy']);
				field.focus();
				await insertWithoutKeys('on my way');
				expect(field.value, 'the text reached the field').to.equal('on my way');
				await typingRequestsReach(chat, 2, 'for the message without keys');
			});
		}
	});

	if (engine === 'Chromium') {
		it('IME composition (Input.imeSetComposition): typing events flow while composing; the confirming Enter ends no message unless the page empties the field', async () => {
			const {chat, field, seen} = await mountNotifier({interval: 60_000});
			const sent: string[] = [];
			// A page that sends on Enter, but not on the IME's Enter that confirms a composition.
			field.addEventListener('keydown', (event) => {
				if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
				event.preventDefault();
				sent.push(field.value);
				field.value = '';
			});
			field.focus();
			await executeServerCommand('ime-set-composition', {text: 'に'});
			await typingRequestsReach(chat, 1, 'while composing');
			await executeServerCommand('ime-set-composition', {text: 'にほ'});
			await executeServerCommand('insert-text', {text: '日本'});
			expect(field.value, 'the composition was committed').to.equal('日本');
			field.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, bubbles: true, cancelable: true}));
			await executeServerCommand('ime-set-composition', {text: 'ご'});
			await executeServerCommand('insert-text', {text: '語'});
			await probe.idle();
			expect(field.value).to.equal('日本語');
			expect(sent, 'the confirming Enter sent nothing').to.deep.equal([]);
			expect(await typingRequests(chat), 'one message, one typing event').to.have.length(1);
			await sendKeys({press: 'Enter'});
			expect(sent).to.deep.equal(['日本語']);
			await executeServerCommand('ime-set-composition', {text: 'は'});
			await typingRequestsReach(chat, 2, "at the next message's composition");
			expect(seen.errors).to.deep.equal([]);
		});
	}

	describe('a new token after a 403', () => {
		const refused = async () => {
			const mounted = await mountNotifier({interval: 60_000});
			mounted.field.focus();
			await mounted.chat.expire();
			await sendKeys({type: 'a'});
			await waitFor(() => mounted.seen.errors.length, 'the 403');
			expect(mounted.seen.errors.map((error) => error.name)).to.deep.equal(['AccessDeniedException']);
			mounted.notifier.connectionToken = await mounted.chat.connect();
			await mounted.notifier.updateComplete;
			return mounted;
		};

		it('the next keystroke sends a typing event at once', async () => {
			const {chat, seen} = await refused();
			const before = (await typingRequests(chat)).length;
			await sendKeys({type: 'b'});
			await typingRequestsReach(chat, before + 1, 'at the first key after the new token');
			await waitFor(() => seen.sent.length === 1, 'the typing event delivered');
		});

		it('sendTyping() sends at once', async () => {
			const {notifier, seen} = await refused();
			expect(await notifier.sendTyping()).to.equal(true);
			expect(seen.sent).to.have.length(1);
		});
	});
});
