import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {hasVisibleText} from '../core/visible-text.js';

type Field = HTMLElement & {value?: string};

/** The element a binding serves: it names the field with `target` or `for`, or holds it. */
export interface FieldBindingHost extends ReactiveControllerHost, HTMLElement {
	target?: HTMLElement | null;
	htmlFor?: string | null;
}

/** What a binding tells its element. */
export interface FieldEvents {
	/** The customer's edit landed: the field holds `text` now. */
	edited(text: string): void;
	/** The field was found empty outside an edit (a page's send emptied it): the message ended. */
	messageEnded(): void;
	/** The element bound to is one nobody types into: said once per element. */
	refused(element: Element): void;
}

const textInputTypes = ['text', 'search', 'email', 'url', 'tel'];

// What a customer types into: a textarea, a text-like input, an editable element, or a design
// system's field, a custom element that keeps the text in its `value`.
const isField = (element: EventTarget): element is Field =>
	(element as Element).localName === 'textarea' ||
	((element as Element).localName === 'input' && textInputTypes.includes((element as HTMLInputElement).type)) ||
	!!(element as HTMLElement).isContentEditable ||
	(!!(element as Element).localName?.includes('-') && typeof (element as HTMLInputElement).value == 'string');

// Nobody types into a button, a select, or an input that is not text; anything else may hold a
// field (an editor's mount point, a custom element not yet upgraded).
const isTypeable = (element: Element) => isField(element) || !/^(input|button|select)$/.test(element.localName);

const readText = (field: Field) => (typeof field.value == 'string' ? field.value : (field.textContent ?? ''));

/**
 * Finds the field the customer types into and follows its text: every edit, whether or not the
 * browser applies it (an editor that cancels `beforeinput` and inserts the text itself fires no
 * `input`), and the field a page empties when it sends a message. Listens on the element's root
 * (or on `target`), so a field that comes later, or that a re-render replaces, needs no observer.
 */
export class FieldBinding implements ReactiveController {
	readonly #host: FieldBindingHost;
	readonly #events: FieldEvents;
	#listening?: AbortController;
	// The `target` the listeners were made for.
	#listenedTo?: HTMLElement | null;
	#refused?: Element;
	// The field the customer last typed into, read again after the page sends a message.
	#lastField?: Field;

	constructor(host: FieldBindingHost, events: FieldEvents) {
		this.#host = host;
		this.#events = events;
		host.addController(this);
	}

	hostConnected() {
		this.#listen();
	}

	hostDisconnected() {
		this.#listening?.abort();
	}

	// A new `target` or `for`: listen there, and say at once if nobody types into it (once per element).
	hostUpdated() {
		if (this.#host.target !== this.#listenedTo) this.#listen();
		this.#check(this.#bound());
	}

	#listen() {
		this.#listening?.abort();
		const host = this.#host;
		this.#listenedTo = host.target;
		if (!host.isConnected) return;
		const {signal} = (this.#listening = new AbortController());
		const root = host.getRootNode();
		const on = (target: EventTarget, types: string, listener: (event: Event) => void, capture = true) => {
			for (const type of types.split(' ')) target.addEventListener(type, listener, {capture, signal});
		};
		// Capture: an event that a script dispatches without `bubbles` is seen too. An editor may
		// cancel a paste, a drop or a cut and apply it itself: no `beforeinput` or `input` follows.
		on(host.target ?? root, 'beforeinput input keydown paste drop cut', (event) => this.#onField(event, signal));
		// A page that sends a message empties the field in script: in its own submit, Enter or Send
		// button handler (bubbling comes after it), or later. A submit or a click has no key.
		on(root, 'submit click keydown', (event) => ((event as KeyboardEvent).key ?? 'Enter') === 'Enter' && this.#afterPage(), false);
	}

	#onField(event: Event, signal: AbortSignal) {
		const field = this.#fieldOf(event);
		if (!field) return;
		this.#lastField = field;
		if (event.type === 'input') {
			const text = readText(field);
			// A field that holds just the text inserted was empty before it: a new message, even
			// where no `beforeinput` came first (Chromium's and Firefox's `execCommand`).
			if ((event as InputEvent).inputType === 'insertText' && (event as InputEvent).data === text) this.#events.messageEnded();
			return this.#events.edited(text);
		}
		// Before a key or an edit: a field the page emptied since ends the message, so the edit
		// begins the next one, with or without a key (dictation, predictive text, an IME's commit).
		this.#endIfEmpty();
		// The edit has landed a task later, whether the browser applied it or the editor did (an
		// editor may apply a key, an undo among them, itself); one that renders in a task of its
		// own (React) has by 100 ms. A frame is no clock here: a hidden page paints none.
		const read = () => signal.aborted || this.#events.edited(readText(field));
		setTimeout(read);
		setTimeout(read, 100);
	}

	// Now, and once the page's own handlers and what they queued have run.
	#afterPage() {
		this.#endIfEmpty();
		setTimeout(() => this.#endIfEmpty());
	}

	// The field the customer last typed into, read outside an edit.
	#endIfEmpty(field = this.#lastField) {
		if (field && !hasVisibleText(readText(field))) this.#events.messageEnded();
	}

	// The outermost field from the bound element in: a design system's host (its `value`) before
	// the textarea in its shadow root, a rich-text editor's editable inside its mount point.
	#fieldOf(event: Event): Field | undefined {
		const path = event.composedPath();
		const bound = this.#bound();
		const at = path.indexOf(bound!);
		// Where an input in a custom element began: a design system's checkbox is known only by the control inside it.
		if (at < 0 || !this.#check(bound!, bound!.localName.includes('-') ? (path[0] as Element) : bound!)) return undefined;
		return path
			.slice(0, at + 1)
			.reverse()
			.find(isField);
	}

	// The element bound to: `target`, the element `for` names, or the first field inside.
	#bound(): Element | null | undefined {
		const {target, htmlFor} = this.#host;
		if (target) return target;
		// Off the page the root is an element, which looks up no id.
		if (htmlFor) return (this.#host.getRootNode() as Partial<Document>).getElementById?.(htmlFor);
		return [...this.#host.querySelectorAll('*')].find(isField);
	}

	// An element nobody types into is said once per element named.
	#check(bound: Element | null | undefined, origin = bound) {
		if (!bound || isTypeable(origin!)) return true;
		if (bound !== this.#refused) {
			this.#refused = bound;
			this.#events.refused(bound);
		}
		return false;
	}
}
