import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {hasVisibleText} from '../core/visible-text.js';
import type {Reporter} from './reporter.js';

type Field = HTMLElement & {value?: string};

/** The element a binding serves: it names the field with `target` or `for`, or holds it. */
export interface FieldBindingHost extends ReactiveControllerHost, HTMLElement {
	target?: HTMLElement | null;
	htmlFor?: string | null;
}

/** What a binding tells the typing path. */
export interface FieldEvents {
	/** The customer's edit landed: the field holds `text` now. */
	edited(text: string): void;
	/** The field was found empty outside an edit (a page's send emptied it): the message ended. */
	messageEnded(): void;
}

const textInputTypes = ['text', 'search', 'email', 'url', 'tel'];

// The events of an edit, whether the browser applies it or the editor does: an editor may cancel
// a paste, a drop or a cut and apply it itself, and then no `beforeinput` or `input` follows.
const editEvents = ['beforeinput', 'input', 'keydown', 'paste', 'drop', 'cut'];
// How a page sends a message: a form's submit, a click (a Send button), an Enter key.
const sendEvents = ['submit', 'click', 'keydown'];
// An edit has landed a task after its event, whether the browser applied it or the editor did;
// one that an editor renders in a task of its own (React) has by 100 ms. A frame is no clock
// here: a hidden page paints none.
const lateReadMs = 100;

// What a customer types into: a textarea, a text-like input, an editable element, or a design
// system's field, a custom element that keeps the text in its `value`.
const isField = (element: EventTarget): element is Field =>
	(element as Element).localName === 'textarea' ||
	((element as Element).localName === 'input' && textInputTypes.includes((element as HTMLInputElement).type)) ||
	!!(element as HTMLElement).isContentEditable ||
	(!!(element as Element).localName?.includes('-') && typeof (element as HTMLInputElement).value == 'string');

// Nobody types into a button, a select, or an input that is not text; anything else may hold a
// field (an editor's mount point, a custom element not yet upgraded).
const isTypeable = (element: Element) => isField(element) || !['input', 'button', 'select'].includes(element.localName);

const readText = (field: Field) => (typeof field.value == 'string' ? field.value : (field.textContent ?? ''));

/** How a message names an element: its tag, and its id, else its class. */
const describe = (element: Element) => {
	const {id} = element;
	const className = element.getAttribute('class');
	return `<${element.localName}${id ? ` id="${id}"` : className ? ` class="${className}"` : ''}>`;
};

/** The outermost field on an event's path: a design system's host before the textarea in its shadow root. */
const outermostField = (path: EventTarget[]) => [...path].reverse().find(isField);

// Reads of the field a task after an event, and a while after the last one.
type TimerName = 'task' | 'late';

// Edits some binding on the page took as its own (two chats on one page): for the others, no sign of a wrong binding.
const editsBound = new WeakSet<Event>();

/**
 * Finds the field the customer types into and follows its text: every edit, whether or not the
 * browser applies it (an editor that cancels `beforeinput` and inserts the text itself fires no
 * `input`), and the field a page empties when it sends a message. Listens on the bound element's
 * root (document or shadow root), so a field that comes later, or that a re-render replaces,
 * needs no observer; follows the same-origin document of an iframe it is bound to or that the
 * bound element holds (an editor's). Says once what looks wired wrong.
 */
export class FieldBinding implements ReactiveController {
	readonly #host: FieldBindingHost;
	readonly #typing: FieldEvents;
	readonly #reporter: Reporter;
	// Ends every listener of this binding; made anew when the root listened to changes.
	#listening?: AbortController;
	#listenedRoot?: Node;
	// The iframes' documents followed, each once.
	#followedDocuments = new WeakSet<Document>();
	// The field the customer last typed into (read again after a page's send), and the element bound then.
	#lastField?: Field;
	#typedInBound?: Element;
	// The reads of the field after an edit or a page's send: one of each at a time, cleared when the binding stops.
	#timers: Partial<Record<TimerName, ReturnType<typeof setTimeout>>> = {};

	constructor(host: FieldBindingHost, typing: FieldEvents, reporter: Reporter) {
		this.#host = host;
		this.#typing = typing;
		this.#reporter = reporter;
		host.addController(this);
	}

	hostConnected() {
		this.#listen();
	}

	hostDisconnected() {
		this.#stop();
	}

	// A new `target` or `for`: listen where it lives, and look at what it names.
	hostUpdated() {
		if (this.#root() !== this.#listenedRoot) this.#listen();
		else this.#bind();
	}

	// The root the bound element is looked up and listened to in: `target`'s, else the element's own.
	#root(): Node {
		return (this.#host.target ?? this.#host).getRootNode();
	}

	#listen() {
		this.#stop();
		if (!this.#host.isConnected) return;
		this.#listening = new AbortController();
		this.#followedDocuments = new WeakSet();
		const root = (this.#listenedRoot = this.#root());
		this.#listenTo(root);
		// An iframe that loads a page (an editor's, or a new one) where the binding looks: follow its document.
		root.addEventListener('load', (event) => this.#follow(event.target as Element), {capture: true, signal: this.#listening.signal});
		this.#bind();
	}

	#stop() {
		this.#listening?.abort();
		for (const timer of Object.values(this.#timers)) clearTimeout(timer);
		this.#timers = {};
	}

	// Listens to edits (capture: an event a script dispatches without `bubbles` is seen too) and to
	// a page's sends (bubbling: they come after the page's own handlers) in a root, or in a frame's document.
	#listenTo(root: Node, frame?: HTMLIFrameElement) {
		const {signal} = this.#listening!;
		for (const type of editEvents) root.addEventListener(type, (event) => this.#onEdit(event, frame), {capture: true, signal});
		for (const type of sendEvents) root.addEventListener(type, (event) => this.#onSend(event), {signal});
		// An edit that reaches the root after every binding's capture listener, and that none took.
		root.addEventListener('input', (event) => editsBound.has(event) || this.#typedElsewhere(event), {signal});
	}

	// Looks at the bound element: says at once if nobody types into it, and follows the iframes it is or holds.
	#bind() {
		const bound = this.#bound();
		if (!bound) return;
		this.#checkTypeable(bound, bound);
		for (const frame of bound.localName === 'iframe' ? [bound] : bound.querySelectorAll('iframe')) this.#follow(frame);
	}

	// Follows the document of an iframe that is, or is in, the bound element; another origin's is said once.
	#follow(frame: Element) {
		const bound = this.#bound();
		if (frame.localName !== 'iframe' || !bound?.contains(frame)) return;
		const document = (frame as HTMLIFrameElement).contentDocument;
		if (!document) {
			this.#reporter.setupMistake(`${describe(bound)} shows an iframe of another origin, whose typing cannot be followed: run the element in that page`);
		} else if (!this.#followedDocuments.has(document)) {
			this.#followedDocuments.add(document);
			this.#listenTo(document, frame as HTMLIFrameElement);
		}
	}

	#onEdit(event: Event, frame?: HTMLIFrameElement) {
		const bound = this.#bound();
		const path = event.composedPath();
		// In an iframe's document, the path ends at that document: the iframe stands for where it is.
		const inBound = !!bound && (frame ? bound.contains(frame) : path.includes(bound));
		if (!inBound) return;
		editsBound.add(event);
		// A design system's control (a checkbox) is known only by the control its event began at.
		if (!this.#checkTypeable(bound, bound.localName.includes('-') ? (path[0] as Element) : bound)) return;
		const field = outermostField(frame ? path : path.slice(0, path.indexOf(bound) + 1));
		if (!field) return;
		this.#lastField = field;
		this.#typedInBound = bound;
		if (event.type === 'input') {
			const text = readText(field);
			// A field that holds just the text inserted was empty before it: a new message, even
			// where no `beforeinput` came first (Chromium's and Firefox's `execCommand`).
			if ((event as InputEvent).inputType === 'insertText' && (event as InputEvent).data === text) this.#typing.messageEnded();
			this.#typing.edited(text);
			return;
		}
		// Before a key or an edit: a field the page emptied since ends the message, so the edit
		// begins the next one, with or without a key (dictation, predictive text, an IME's commit).
		this.#endIfEmpty();
		this.#after('task', 0, () => this.#readLastField());
		this.#after('late', lateReadMs, () => this.#readLastField());
	}

	// A page that sends a message empties the field in script: in its own submit, Enter or Send
	// button handler (which ran before this), or later. Only a field the customer typed in is read.
	#onSend(event: Event) {
		if (!this.#lastField || (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Enter')) return;
		this.#readLastField();
		this.#after('task', 0, () => this.#readLastField());
	}

	// The customer typed somewhere the binding does not look: likely the wrong element, said once.
	#typedElsewhere(event: Event) {
		const bound = this.#bound();
		const field = outermostField(event.composedPath());
		if (!field) return;
		const {htmlFor} = this.#host;
		if (!bound) {
			if (htmlFor)
				this.#reporter.setupMistake(
					`for="${htmlFor}" names no element in its document or shadow root, and the customer types in ${describe(field)}: set for to that field's id`,
					`for ${htmlFor}`,
				);
		} else if (this.#typedInBound !== bound) {
			this.#reporter.hint(
				`is bound to ${describe(bound)}, never typed in, but the customer types in ${describe(field)}: bind that field, or an element holding it`,
				`elsewhere ${describe(bound)}`,
			);
		}
	}

	// The element bound to: `target`, the element `for` names, or the first field inside.
	#bound(): Element | null | undefined {
		const {target, htmlFor} = this.#host;
		if (target) return target;
		// Off the page the root is an element, which looks up no id.
		if (htmlFor) return (this.#host.getRootNode() as Partial<Document>).getElementById?.(htmlFor);
		return [...this.#host.querySelectorAll('*')].find(isField);
	}

	// An element nobody types into is said once.
	#checkTypeable(bound: Element, origin: Element) {
		if (isTypeable(origin)) return true;
		this.#reporter.setupMistake(`${describe(bound)} is not a text field: bind the field the customer types in`);
		return false;
	}

	#readLastField() {
		if (this.#lastField) this.#typing.edited(readText(this.#lastField));
	}

	#endIfEmpty() {
		if (this.#lastField && !hasVisibleText(readText(this.#lastField))) this.#typing.messageEnded();
	}

	// Runs `read` after `ms`, in place of the pending timer of that name.
	#after(name: TimerName, ms: number, read: () => void) {
		clearTimeout(this.#timers[name]);
		this.#timers[name] = setTimeout(() => {
			delete this.#timers[name];
			read();
		}, ms);
	}
}
