import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {hasVisibleText} from '../core/visible-text.js';
import {describe, firstFieldIn, framesOf, holdsTypeable, inComposition, isSendOf, isTypeable, outermostField, readText, type Field} from './fields.js';
import type {ElementState} from './options.js';
import type {Outcomes} from './outcomes.js';

/** The element a binding serves, with `target` as the page set it. */
type Host = ReactiveControllerHost & HTMLElement & {target?: unknown};

/** What a binding tells the typing path, and asks of it. */
export interface FieldEvents {
	/** The customer's edit landed: the field holds `text` now. */
	edited(text: string): void;
	/** The field was found empty outside an edit (a page's send emptied it): the message ended. */
	messageEnded(): void;
	/** The page drives the typing path itself (`sendTyping()`): an element bound to nothing is then no mistake. */
	readonly drivenByPage: boolean;
}

// The events of an edit, whether the browser applies it or the editor does: an editor may cancel
// a paste, a drop or a cut and apply it itself, and then no `beforeinput` or `input` follows. And
// an IME's composition, within which an empty field is no sent message.
const editEvents = ['beforeinput', 'input', 'keydown', 'paste', 'drop', 'cut', 'compositionstart', 'compositionend'];
// How a page sends a message: a form's submit, a click (a Send button), an Enter key.
const sendEvents = ['submit', 'click', 'keydown'];
// An edit has landed a task after its event, whether the browser applied it or the editor did;
// one that an editor writes when it renders (Trix) after the next frame; one that an editor
// renders in a task of its own (React) by 100 ms, also on a hidden page, which paints no frame.
const lateReadMs = 100;

// Reads of the field a task after an event, after the next frame, and a while after the last one.
type TimerName = 'task' | 'frame' | 'late';

// The bindings listening: an edit one of them takes (two chats on one page) is no typing elsewhere
// for the others. Asked only by the listeners of typing elsewhere, so no key pays for it.
const listening = new Set<FieldBinding>();

/**
 * Finds the field the customer types into and follows its text: every edit, whether or not the
 * browser applies it (an editor that cancels `beforeinput` and inserts the text itself fires no
 * `input`), and the field the chat's send empties. Listens on the bound element's root (document
 * or shadow root), so a field that comes later, or that a re-render replaces, needs no observer;
 * follows the same-origin documents of iframes it is bound to or that the bound element holds.
 * Says once what looks wired wrong, once the chat is on.
 */
export class FieldBinding implements ReactiveController {
	readonly #host: Host;
	readonly #state: ElementState;
	readonly #typing: FieldEvents;
	readonly #outcomes: Outcomes;
	// The root elements of the iframe documents followed, each listened to once. `document.open()`
	// (an editor that writes its iframe) drops every listener and keeps the same document, but gives
	// it a new root element; every engine then fires the iframe's `load`, when it is followed again.
	#followed = new WeakSet<Element>();
	// Ends every listener of this binding; made anew when the root listened to changes.
	#listening?: AbortController;
	#listenedRoot?: Node;
	// The listener for typing the binding does not follow, until the bound element is typed in.
	#elsewhere?: AbortController;
	// The field the customer last typed into (read again after the chat's send), and the element bound then.
	#lastField?: Field;
	#typedInBound?: Element;
	// Between an IME's compositionstart and compositionend.
	#composing = false;
	// The reads of the field after an edit or a send: one of each at a time, ended when the binding stops.
	#timers: Partial<Record<TimerName, ReturnType<typeof setTimeout>>> = {};
	#frameRequest?: number;

	constructor(host: Host, state: ElementState, typing: FieldEvents, outcomes: Outcomes) {
		this.#host = host;
		this.#state = state;
		this.#typing = typing;
		this.#outcomes = outcomes;
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
		return (this.#state.settings().target ?? this.#host).getRootNode();
	}

	#listen() {
		this.#stop();
		if (!this.#host.isConnected) return;
		this.#listening = new AbortController();
		listening.add(this);
		this.#listenTo((this.#listenedRoot = this.#root()));
		// Typing the binding does not follow is looked at on the element's whole page, after every binding's own listeners.
		this.#elsewhere = new AbortController();
		this.#host.ownerDocument.addEventListener('input', (event) => this.#onElsewhere(event), {signal: this.#elsewhere.signal});
		this.#bind();
	}

	#stop() {
		this.#listening?.abort();
		listening.delete(this);
		this.#elsewhere?.abort();
		this.#followed = new WeakSet();
		for (const timer of Object.values(this.#timers)) clearTimeout(timer);
		this.#timers = {};
		cancelAnimationFrame(this.#frameRequest!);
	}

	// Listens to edits (capture: an event a script dispatches without `bubbles` is seen too), to a
	// page's sends (bubbling: they come after the page's own handlers), and to the loads of iframes
	// (an editor's, a new page, one written by document.write) in a root, or in a frame's document.
	#listenTo(root: Node, frame?: HTMLIFrameElement) {
		const {signal} = this.#listening!;
		for (const type of editEvents) root.addEventListener(type, (event) => this.#onEdit(event, frame), {capture: true, signal});
		for (const type of sendEvents) root.addEventListener(type, (event) => this.#onSend(event), {signal});
		root.addEventListener('load', (event) => this.#onLoad(event, frame), {capture: true, signal});
	}

	// Looks at the bound element: says at once if nobody types into it, and follows the iframes it is or holds.
	#bind() {
		const bound = this.#bound();
		if (!bound) return;
		this.#checkTypeable(bound, bound);
		const unfollowed = framesOf(bound).filter((frame) => !this.#follow(frame));
		if (unfollowed.length) this.#sayUnfollowable(bound);
	}

	// An iframe loaded where the binding looks: in the bound element, or inside an iframe it follows (`outer`).
	#onLoad(event: Event, outer?: HTMLIFrameElement) {
		const frame = event.target as HTMLIFrameElement;
		const bound = this.#bound();
		if (frame.localName !== 'iframe' || !bound?.contains(outer ?? frame)) return;
		if (!this.#follow(frame, outer) && !outer) this.#sayUnfollowable(bound);
	}

	// Follows an iframe's document (an editor's, one inside another, one written by document.write,
	// the next page loaded into it), and the iframes in it; `outer` is the iframe of the bound
	// element's document that holds it. False for an iframe of another origin.
	#follow(frame: HTMLIFrameElement, outer = frame): boolean {
		const document = frame.contentDocument;
		if (!document) return false;
		const root = document.documentElement;
		if (root && !this.#followed.has(root)) {
			this.#followed.add(root);
			this.#listenTo(document, outer);
		}
		for (const inner of document.querySelectorAll('iframe')) this.#follow(inner, outer);
		return true;
	}

	// An iframe of another origin is said only when the customer has nothing else in the bound element to type in (a captcha beside the chat's field is not typed in).
	#sayUnfollowable(bound: Element) {
		if (!holdsTypeable(bound)) this.#outcomes.mistake(`${describe(bound)} shows an iframe of another origin, whose typing cannot be followed: run the element in that page`);
	}

	#onEdit(event: Event, frame?: HTMLIFrameElement) {
		const bound = this.#bound();
		const path = event.composedPath();
		// In an iframe's document, the path ends at that document: the iframe stands for where it is.
		if (!bound || !(frame ? bound.contains(frame) : path.includes(bound))) return;
		// A design system's control (a checkbox) is known only by the control its event began at.
		if (!this.#checkTypeable(bound, bound.localName.includes('-') ? (path[0] as Element) : bound)) return;
		const field = frame ? outermostField(path) : outermostField(path, path.indexOf(bound));
		if (!field) return;
		this.#typedIn(bound, field);
		if (event.type.startsWith('composition')) this.#composing = event.type === 'compositionstart';
		else if (event.type === 'input') return this.#onInput(event as InputEvent, field);
		// Before a key or an edit: a field the page emptied since ends the message, so the edit
		// begins the next one, with or without a key (dictation, predictive text, an IME's commit).
		if (!this.#inComposition(event)) this.#endIfEmpty();
		this.#readSoon();
	}

	#onInput(event: InputEvent, field: Field) {
		const text = readText(field);
		// An IME's commit may empty the field for a moment (WebKit deletes the composed text, then
		// inserts what was committed, before compositionend): no message was sent.
		if (this.#inComposition(event) && !hasVisibleText(text)) return;
		// A field that holds just the text inserted was empty before it: a new message, even
		// where no `beforeinput` came first (Chromium's and Firefox's `execCommand`).
		if (event.inputType === 'insertText' && event.data === text) this.#typing.messageEnded();
		this.#typing.edited(text);
	}

	// An edit of an IME's composition, or of its commit: an empty field then is no sent message.
	#inComposition(event: Event) {
		return this.#composing || inComposition(event);
	}

	#typedIn(bound: Element, field: Field) {
		this.#lastField = field;
		// The bound element is typed in: typing elsewhere says nothing more, and is no longer looked
		// at. Once: an abort makes an error object each time, at a cost on every key.
		if (this.#typedInBound === bound) return;
		this.#typedInBound = bound;
		this.#elsewhere?.abort();
	}

	// A page that sends a message empties the field in script: in its own submit, Enter or Send
	// button handler (which ran before this), or later. Only the chat's send reads the field again;
	// after any other (a Send button outside an editor's iframe), the next key or edit finds it empty.
	#onSend(event: Event) {
		if (!this.#lastField || !isSendOf(event, this.#lastField)) return;
		this.#readLastField();
		// An editor emptied by the page's send may write its value at its next frame (Trix).
		this.#readSoon();
	}

	// The customer typed in a field the binding does not follow: likely the wrong one, said once.
	// Only once the chat is on: before it, the customer may type anywhere (a login form).
	#onElsewhere(event: Event) {
		const field = outermostField(event.composedPath());
		if (!field || !this.#state.connection() || [...listening].some((binding) => binding.#takes(event))) return;
		const bound = this.#bound();
		const {htmlFor} = this.#state.settings();
		if (bound) {
			if (this.#typedInBound !== bound)
				this.#outcomes.hint(`is bound to ${describe(bound)}, never typed in, but the customer types in ${describe(field)}: bind that field`, `elsewhere ${describe(bound)}`);
		} else if (htmlFor) {
			this.#outcomes.mistake(this.#forNamesNothing(htmlFor, field), `for ${htmlFor}`);
		} else if (!this.#typing.drivenByPage && this.#host.target == null) {
			this.#outcomes.mistake(`binds nothing, but the customer types in ${describe(field)}: set for to its id`, 'nothing bound');
		}
	}

	// Whether the edit is in the element bound to.
	#takes(event: Event) {
		const bound = this.#bound();
		return !!bound && event.composedPath().includes(bound);
	}

	#forNamesNothing(htmlFor: string, field: Field) {
		const id = htmlFor.slice(0, 50);
		const root = this.#host.getRootNode() as Partial<ShadowRoot>;
		// Ids are looked up in the element's own root, like <label for>.
		if (root.host && this.#host.ownerDocument.getElementById(htmlFor))
			return `for="${id}" names a field outside the shadow root of ${describe(root.host)}, where the element is: set target to that field`;
		return `for="${id}" names nothing, but the customer types in ${describe(field)}: set for to its id`;
	}

	// The element bound to: `target`, the element `for` names, or the first field inside.
	#bound(): Element | null | undefined {
		const {target, htmlFor} = this.#state.settings();
		if (target) return target;
		// In the root listened to: the element's own, as `target` is unset.
		if (htmlFor) return (this.#listenedRoot as Partial<Document> | undefined)?.getElementById?.(htmlFor);
		return firstFieldIn(this.#host);
	}

	// An element nobody types into is said once.
	#checkTypeable(bound: Element, origin: Element) {
		if (isTypeable(origin)) return true;
		this.#outcomes.mistake(`${describe(bound)} is not a text field: bind the field the customer types in`);
		return false;
	}

	#readLastField() {
		if (this.#lastField) this.#typing.edited(readText(this.#lastField));
	}

	#endIfEmpty() {
		if (this.#lastField && !hasVisibleText(readText(this.#lastField))) this.#typing.messageEnded();
	}

	// Reads the field once the edit has landed, however the editor applies it (see `lateReadMs`).
	#readSoon() {
		const read = () => this.#readLastField();
		this.#after('task', 0, read);
		cancelAnimationFrame(this.#frameRequest!);
		this.#frameRequest = requestAnimationFrame(() => this.#after('frame', 0, read));
		this.#after('late', lateReadMs, read);
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
