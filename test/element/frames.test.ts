// Editors in iframes: the element follows the documents of same-origin iframes that it is bound
// to or that the bound element holds, as editors make them (srcdoc, document.write into one it
// already follows, a new page, one inside another), and says an iframe of another origin only when
// the customer has nothing else there to type in (docs/behaviour.md, "Design systems and editors").
import {expect, fixture, html} from '@open-wc/testing';
import {consolePerTest} from '../support/console.js';
import {emulatorUrl, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {nextTask} from '../support/clock.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const editableDocument = '<!doctype html><body contenteditable="true"></body>';

/** Resolves at the iframe's next load. */
const nextLoad = (frame: HTMLIFrameElement) => new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));

/** An iframe whose document is an editable body, as TinyMCE's classic mode makes one; resolves once it has loaded. */
const editorFrame = async (parent: HTMLElement | Document, {sandbox, markup = editableDocument}: {sandbox?: string; markup?: string} = {}) => {
	// A document of another window is not this window's `Document`.
	const isDocument = parent.nodeType === Node.DOCUMENT_NODE;
	const frame = (isDocument ? (parent as Document) : parent.ownerDocument!).createElement('iframe');
	if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
	frame.srcdoc = markup;
	const loaded = nextLoad(frame);
	(isDocument ? (parent as Document).body : parent).append(frame);
	await loaded;
	return frame;
};

/**
 * An iframe an editor fills with document.open()/write()/close() (CKEditor 4, SCEditor, TinyMCE's
 * synchronous start): at once, or `later`, once the element has followed its blank document.
 */
const writtenFrame = async (parent: HTMLElement, {later}: {later: boolean}) => {
	const frame = document.createElement('iframe');
	parent.append(frame);
	if (later) await nextTask();
	const loaded = nextLoad(frame);
	const {contentDocument} = frame;
	contentDocument!.open();
	contentDocument!.write(editableDocument);
	contentDocument!.close();
	await loaded;
	expect(frame.contentDocument, 'the same document, written anew').to.equal(contentDocument);
	return frame;
};

describe(`editors in iframes (${target})`, function () {
	this.timeout(30_000);
	const consoleLines = consolePerTest();

	it('bound to the iframe itself: typing in its document sends', async () => {
		const {page, seen, notifier} = await mountNotifier();
		const frame = await editorFrame(page);
		notifier.target = frame;
		await notifier.updateComplete;
		type(frame.contentDocument!.body, 'hi');
		await waitFor(() => seen.sent.length === 1, 'typing in the iframe');
		expect(seen.errors).to.deep.equal([]);
	});

	it("bound to an editor's mount point that makes its iframe later (TinyMCE's classic mode): typing in the iframe sends", async () => {
		const {page, seen, notifier} = await mountNotifier({attributes: {for: 'editor'}});
		const mountPoint = page.appendChild(Object.assign(document.createElement('div'), {id: 'editor'}));
		await notifier.updateComplete;
		const frame = await editorFrame(mountPoint);
		type(frame.contentDocument!.body, 'hi');
		await waitFor(() => seen.sent.length === 1, 'typing in the iframe');
		// A page that empties the editor after sending: the next message's first key sends at once.
		type(frame.contentDocument!.body, '');
		type(frame.contentDocument!.body, 'next');
		await waitFor(() => seen.sent.length === 2, 'the next message');
	});

	for (const later of [false, true]) {
		it(`an iframe an editor writes with document.open()/write()/close() ${later ? 'after the element followed its blank document (CKEditor 4)' : 'as soon as it is made (TinyMCE)'}: typing sends`, async () => {
			const {page, seen, notifier} = await mountNotifier({attributes: {for: 'editor'}});
			const mountPoint = page.appendChild(Object.assign(document.createElement('div'), {id: 'editor'}));
			await notifier.updateComplete;
			const frame = await writtenFrame(mountPoint, {later});
			type(frame.contentDocument!.body, 'hi');
			await waitFor(() => seen.sent.length === 1, 'typing in the written iframe');
			// Written once more (an editor that resets itself): still followed.
			const rewritten = nextLoad(frame);
			frame.contentDocument!.open();
			frame.contentDocument!.write(editableDocument);
			frame.contentDocument!.close();
			await rewritten;
			type(frame.contentDocument!.body, '');
			type(frame.contentDocument!.body, 'again');
			await waitFor(() => seen.sent.length === 2, 'typing in the iframe written again');
		});
	}

	it('a same-origin editor iframe inside the bound iframe: typing in the inner document sends', async () => {
		const {page, seen, notifier} = await mountNotifier();
		const outer = await editorFrame(page, {markup: '<!doctype html><body><p>Chat</p></body>'});
		notifier.target = outer;
		await notifier.updateComplete;
		// The inner editor comes after the element followed the outer document.
		const inner = await editorFrame(outer.contentDocument!);
		type(inner.contentDocument!.body, 'nested');
		await waitFor(() => seen.sent.length === 1, 'typing in the nested iframe');
		expect(seen.errors).to.deep.equal([]);
	});

	it('an iframe of another origin is said once when the customer has nothing else there to type in: its typing cannot be followed from the page', async () => {
		const page = await fixture<HTMLDivElement>(html`<div id="holder"></div>`);
		// A sandbox without allow-same-origin: the frame's origin is opaque, another than the page's.
		await editorFrame(page, {sandbox: 'allow-scripts'});
		const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
		const seen = recordOutcomes(notifier);
		Object.assign(notifier, {endpoint: emulatorUrl, noAcknowledge: true, htmlFor: 'holder'});
		page.after(notifier);
		await notifier.updateComplete;
		notifier.requestUpdate();
		await notifier.updateComplete;
		const message = '<div id="holder"> shows an iframe of another origin, whose typing cannot be followed: run the element in that page';
		expect(seen.errors.map((error) => [error.name, error.message])).to.deep.equal([['ValidationException', message]]);
		expect(consoleLines).to.deep.equal([['error', `<connect-typing-notifier> ValidationException: ${message}`]]);
		notifier.remove();
	});

	it('an iframe of another origin beside the field the customer types in (a captcha): nothing said, and typing sends', async () => {
		const {page, seen, notifier} = await mountNotifier({attributes: {for: 'chat'}});
		const chatBox = page.appendChild(Object.assign(document.createElement('div'), {id: 'chat'}));
		const field = chatBox.appendChild(document.createElement('textarea'));
		await editorFrame(chatBox, {sandbox: 'allow-scripts', markup: '<!doctype html><p>I am not a robot</p>'});
		notifier.requestUpdate();
		await notifier.updateComplete;
		type(field, 'hello');
		await waitFor(() => seen.sent.length === 1, 'typing in the field beside the captcha');
		expect(seen.errors).to.deep.equal([]);
		expect(consoleLines).to.deep.equal([]);
	});
});
