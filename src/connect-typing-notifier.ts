import {ReactiveElement, type PropertyValues} from '@lit/reactive-element';
import {Acknowledgement} from './core/acknowledgement.js';
import {ContentTypes, type ParticipantEventContentType} from './core/content-types.js';
import {ParticipantEventClient, type SendEventOutput} from './core/participant-event-client.js';
import {defaultInterval, TypingSchedule} from './core/typing-schedule.js';
import {ParticipantServiceError, validationError} from './errors/participant-service-error.js';

/** `connect-typing-sent`: the service took the event. */
export interface TypingSentDetail extends SendEventOutput {
	contentType: ParticipantEventContentType;
}

/** `connect-typing-throttled`: the service asked us to slow down; nothing of this kind is sent for `retryAfterMs`. */
export interface TypingThrottledDetail {
	contentType: ParticipantEventContentType;
	retryAfterMs: number;
}

/** `connect-typing-error`: an event was not sent, or the element is not set up to send one. */
export interface TypingErrorDetail {
	/** The AWS error name, e.g. `AccessDeniedException`, or `NetworkError`, `TimeoutError`. */
	name: string;
	/** The HTTP status, or 0 when there was no response. */
	status: number;
	message: string;
	contentType: ParticipantEventContentType;
	/** Whether the same event may succeed later. */
	retryable: boolean;
	requestId?: string;
}

/** The element's events, by name: each bubbles and is composed. */
export interface ConnectTypingNotifierEventMap {
	'connect-typing-sent': CustomEvent<TypingSentDetail>;
	'connect-typing-throttled': CustomEvent<TypingThrottledDetail>;
	'connect-typing-error': CustomEvent<TypingErrorDetail>;
}

/** This copy's version, to tell two copies on one page apart. */
const version = '0.1.0';
const textInputTypes = ['text', 'search', 'email', 'url', 'tel'];

// What a customer types into: a textarea, a text-like input, an editable element, or a design
// system's field, a custom element that keeps the text in its `value`.
const isField = (element: EventTarget): element is HTMLElement & {value?: string} =>
	(element as Element).localName === 'textarea' ||
	((element as Element).localName === 'input' && textInputTypes.includes((element as HTMLInputElement).type)) ||
	!!(element as HTMLElement).isContentEditable ||
	(!!(element as Element).localName?.includes('-') && typeof (element as HTMLInputElement).value == 'string');

// Nobody types into a button, a select, or an input that is not text; anything else may hold a
// field (an editor's mount point, a custom element not yet upgraded).
const isTypeable = (element: Element) => isField(element) || !/^(input|button|select)$/.test(element.localName);

// The token's attribute, and how a framework that rendered before the definition sets the property.
const tokenAttributes = ['connection-token', 'connectiontoken'];

const readText = (field: HTMLElement & {value?: string}) => (typeof field.value == 'string' ? field.value : (field.textContent ?? ''));

// Whatever a send threw, as a well-formed service error.
const toFailure = (error: unknown) =>
	error instanceof ParticipantServiceError ? error : new ParticipantServiceError('UnknownException', error instanceof Error ? error.name : 'Unknown failure');

/**
 * Tells the Amazon Connect agent that the customer is typing: binds to a text field, sends
 * SendEvent `typing` events as the text changes, and acknowledges the connection once per token.
 *
 * @customElement connect-typing-notifier
 * @attr connection-token - the ConnectionToken, for plain HTML: read once into `connectionToken`, then removed
 * @fires {CustomEvent<TypingSentDetail>} connect-typing-sent - an event was delivered
 * @fires {CustomEvent<TypingThrottledDetail>} connect-typing-throttled - the service throttled; sending pauses
 * @fires {CustomEvent<TypingErrorDetail>} connect-typing-error - an event failed, or the set-up is wrong
 */
export class ConnectTypingNotifierElement extends ReactiveElement {
	static override properties = {
		htmlFor: {attribute: 'for'},
		target: {attribute: false},
		region: {},
		fips: {type: Boolean},
		dualstack: {type: Boolean},
		endpoint: {},
		interval: {type: Number},
		noAcknowledge: {type: Boolean, attribute: 'no-acknowledge'},
		connectionToken: {attribute: false},
	};

	/** The package version of this copy. */
	static readonly version = version;

	/**
	 * Defines the element under `tag`. A second definition steps aside: two copies of one
	 * version on a page are one, and a copy of another version says so once in the console.
	 */
	static define(tag = 'connect-typing-notifier', registry = customElements) {
		const defined = registry.get(tag) as {version?: string} | undefined;
		if (!defined) registry.define(tag, this);
		else if (defined.version !== version) console.warn(`<${tag}> ${defined.version ?? '(another element)'} is defined; connect-typing-notifier ${version} steps aside`);
		return this;
	}

	static override get observedAttributes() {
		return [...super.observedAttributes, ...tokenAttributes];
	}

	/** The id of the field to bind to (as `target`), looked up in this element's root (document or shadow root). */
	declare htmlFor: string | null;
	/**
	 * The field to bind to; wins over `for`. A text field, an editable, a design system's field (a
	 * custom element with a `value`), or an element that holds one (a rich-text editor's mount
	 * point). With neither, the first text field inside the element.
	 */
	declare target: HTMLElement | null;
	/** AWS region of the Connect instance, e.g. `us-east-1`. */
	declare region: string | null;
	/** Use the FIPS endpoint. */
	declare fips: boolean;
	/** Use the dual-stack (IPv6) endpoint. */
	declare dualstack: boolean;
	/** A URL that replaces the regional endpoint: https, or http on loopback only. */
	declare endpoint: string | null;
	/**
	 * The longest time between two typing events while the customer types, in ms; values that are
	 * not positive numbers mean 11500. The element refreshes sooner on a slow network (the agent's
	 * indicator hides 12 s after an event), later only after the service throttled.
	 */
	declare interval: number;
	/** Do not send `connection.acknowledged`. */
	declare noAcknowledge: boolean;
	/**
	 * The ConnectionToken from CreateParticipantConnection. Never reflected or reported;
	 * the `connection-token` attribute is read into it and removed.
	 */
	declare connectionToken: string | null;

	#schedule = new TypingSchedule();
	#acknowledgement = new Acknowledgement();
	#acknowledgeTimer?: ReturnType<typeof setTimeout>;
	#client?: ParticipantEventClient;
	// Why nothing can be sent (a bad set-up, or a 403 until the token changes), and whether it was said.
	#blocked?: ParticipantServiceError;
	#blockedTold = false;
	// The element a `for` named that nobody types into, once reported.
	#refusedField?: Element;
	// The field the customer last typed into, read again after the page sends a message.
	#lastField?: HTMLElement;
	#listening = new AbortController();
	#requests = new AbortController();

	constructor() {
		super();
		this.htmlFor = this.target = this.region = this.endpoint = this.connectionToken = null;
		this.fips = this.dualstack = this.noAcknowledge = false;
		this.interval = defaultInterval;
	}

	override attributeChangedCallback(name: string, old: string | null, value: string | null) {
		if (!tokenAttributes.includes(name)) return super.attributeChangedCallback(name, old, value);
		// Read it, then take it out of the DOM, where any script or outerHTML could see it.
		if (value !== null) {
			this.connectionToken = value;
			this.removeAttribute(name);
		}
	}

	protected override createRenderRoot() {
		return this;
	}

	override connectedCallback() {
		super.connectedCallback();
		this.#requests = new AbortController();
		this.#listen();
		this.requestUpdate();
	}

	override disconnectedCallback() {
		super.disconnectedCallback();
		this.#listening.abort();
		this.#requests.abort();
		clearTimeout(this.#acknowledgeTimer);
	}

	protected override willUpdate(changed: PropertyValues) {
		const interval = Number(this.interval);
		this.#schedule.interval = interval > 0 && interval < Infinity ? interval : defaultInterval;
		if (['connectionToken', 'region', 'fips', 'dualstack', 'endpoint'].some((key) => changed.has(key))) this.#configure();
	}

	protected override updated(changed: PropertyValues) {
		if (changed.has('target')) this.#listen();
		if (changed.has('htmlFor') || changed.has('target')) this.#checkField();
		this.#acknowledgeIfDue();
	}

	/**
	 * Sends a typing event if the schedule allows one now (the first key of a burst or message, then
	 * a refresh within `interval`; none during a throttle's cool-down): pages that drive the element
	 * themselves call it per keystroke.
	 * Resolves to whether an event was attempted, once its outcome event has been dispatched.
	 */
	async sendTyping(): Promise<boolean> {
		if (!this.#schedule.due()) return false;
		await this.#send(ContentTypes.typing, true);
		return true;
	}

	/**
	 * Says that the customer's message was sent, for pages that send without emptying the field
	 * (an emptied field, by the customer or by script after a submit or Enter, says so itself):
	 * the next keystroke sends a typing event at once, even within the interval.
	 */
	messageSent(): void {
		this.#schedule.restart();
	}

	/** Sends `connection.acknowledged` now, even if this token was acknowledged before. */
	async acknowledge(): Promise<void> {
		this.#acknowledgement.renew();
		await this.#send(ContentTypes.connectionAcknowledged, true);
	}

	#configure() {
		this.#client = this.#blocked = undefined;
		this.#blockedTold = false;
		const {connectionToken, region, fips, dualstack, endpoint} = this;
		try {
			if (!connectionToken) throw validationError('No connection token: set the connectionToken property');
			this.#client = new ParticipantEventClient({connectionToken, region: region ?? '', useFips: fips, useDualstack: dualstack, endpoint: endpoint ?? undefined});
		} catch (error) {
			this.#blocked = toFailure(error);
		}
	}

	// Listeners on the root (or on `target`): the field is looked up when the customer types, so a
	// field that comes later, or that a re-render replaces, needs no observer.
	#listen() {
		this.#listening.abort();
		if (!this.isConnected) return;
		const {signal} = (this.#listening = new AbortController());
		const root = this.getRootNode();
		// Capture: an `input` event that a script dispatches without `bubbles` is seen too.
		const on = (target: EventTarget, type: string, listener: (event: Event) => void, capture = true) => target.addEventListener(type, listener, {capture, signal});
		for (const type of ['input', 'keydown']) on(this.target ?? root, type, (event) => this.#onInput(event));
		// A page that sends a message empties the field in script, in its own submit or Enter handler
		// (bubbling comes after it) or later.
		on(root, 'submit', () => this.#afterPage(), false);
		on(root, 'keydown', (event) => (event as KeyboardEvent).key === 'Enter' && this.#afterPage(), false);
		// Back online: what was owed goes now, not at the end of a backoff.
		on(window, 'online', () => {
			this.#schedule.restart();
			this.#acknowledgement.online();
			this.#acknowledgeIfDue();
		});
	}

	// The element bound to: `target`, the element `for` names, or the first field inside.
	#bound(): Element | null {
		if (this.target) return this.target;
		if (this.htmlFor) return (this.getRootNode() as Document | ShadowRoot).getElementById(this.htmlFor);
		return [...this.querySelectorAll('*')].find(isField) ?? null;
	}

	// An element nobody types into is said once per element named. `origin`: where an input in a
	// custom element began (a design system's checkbox is known only by the control inside it).
	#checkField(bound = this.#bound(), origin: EventTarget | null = bound) {
		if (!bound || isTypeable(origin as Element)) return true;
		if (bound !== this.#refusedField) {
			this.#refusedField = bound;
			this.#report(ContentTypes.typing, validationError(`<${bound.localName}> is not a text field`));
		}
		return false;
	}

	#onInput(event: Event) {
		const path = event.composedPath();
		const bound = this.#bound();
		const at = path.indexOf(bound!);
		if (at < 0 || !this.#checkField(bound, bound!.localName.includes('-') ? path[0]! : bound)) return;
		// The outermost field from the bound element in: a design system's host (its `value`) before
		// the textarea in its shadow root, a rich-text editor's editable inside its mount point.
		const field = path.slice(0, at + 1).reverse().find(isField);
		if (!field) return;
		this.#lastField = field;
		const text = readText(field);
		if (event.type === 'input') {
			if (this.#schedule.input(text)) void this.#send(ContentTypes.typing, false);
		} else {
			// A key press: a field emptied since the last input means the message was sent.
			this.#schedule.seen(text);
			if ((event as KeyboardEvent).key === 'Enter') this.#afterPage();
		}
	}

	// Now, and once the page's own handlers and what they queued have run: the field it emptied
	// ends the message.
	#afterPage() {
		const check = () => this.#lastField && this.#schedule.seen(readText(this.#lastField));
		check();
		setTimeout(check);
	}

	#acknowledgeIfDue() {
		clearTimeout(this.#acknowledgeTimer);
		const token = this.connectionToken;
		if (this.noAcknowledge || !this.isConnected || !token) return;
		const wait = this.#acknowledgement.dueIn(token);
		if (wait === 0) void this.#send(ContentTypes.connectionAcknowledged, false);
		else if (wait < Infinity) this.#acknowledgeTimer = setTimeout(() => this.#acknowledgeIfDue(), wait);
	}

	async #send(contentType: ParticipantEventContentType, asked: boolean) {
		// Off the page an element neither updates nor sends: say so rather than wait forever.
		if (!this.isConnected) return this.#report(contentType, validationError('Not on the page: connect the element first'));
		const {signal} = this.#requests;
		// A token or endpoint set in this same task takes effect at the pending update, which
		// also configures the client (or says why it cannot be) before anything is sent.
		await this.updateComplete;
		if (signal.aborted) return;
		const client = this.#client;
		if (!client || this.#blocked) {
			// Said once; a page that calls a method is answered every time.
			if (asked || !this.#blockedTold) this.#report(contentType, this.#blocked!);
			this.#blockedTold = true;
			return;
		}
		const acknowledging = contentType === ContentTypes.connectionAcknowledged;
		const token = this.connectionToken!;
		let output: SendEventOutput | undefined;
		let failure: ParticipantServiceError | undefined;
		try {
			output = await (acknowledging ? client.sendEvent({contentType, signal, clientToken: this.#acknowledgement.start()}) : this.#schedule.send(client, signal));
		} catch (error) {
			failure = toFailure(error);
		}
		// The pause that follows a throttle: the acknowledgement's backoff, or the typing cool-down.
		let wait: number | undefined;
		if (acknowledging) {
			wait = this.#acknowledgement.settle(token, signal.aborted ? 'aborted' : (failure ?? 'sent'));
			this.#acknowledgeIfDue();
		}
		// Aborted: the element left the page, and nobody is waiting for an answer.
		if (signal.aborted) return;
		if (output) return this.#emit('connect-typing-sent', {contentType, ...output});
		// A request made with an older token says nothing about the current one.
		const current = client === this.#client;
		if (current && failure!.status === 403) {
			// However many requests were in flight, a refused token is said once.
			if (this.#blocked) return;
			this.#blocked = failure;
			this.#blockedTold = true;
		}
		// Typing: the schedule's cool-down, in the error. An acknowledgement for an older token (no
		// backoff of the current one): the service's word, else one interval.
		wait ??= failure!.retryAfterMs ?? this.#schedule.interval;
		this.#report(contentType, failure!, wait);
	}

	// The one place that turns a failure into an event.
	#report(contentType: ParticipantEventContentType, {name, status, message, retryable, requestId}: ParticipantServiceError, retryAfterMs = 0) {
		if (name === 'ThrottlingException') {
			this.#emit('connect-typing-throttled', {contentType, retryAfterMs});
		} else {
			this.#emit('connect-typing-error', {name, status, message, contentType, retryable, requestId});
		}
	}

	#emit<Type extends keyof ConnectTypingNotifierEventMap>(type: Type, detail: ConnectTypingNotifierEventMap[Type]['detail']) {
		this.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'connect-typing-notifier': ConnectTypingNotifierElement;
	}
	// The events bubble and are composed: they reach ancestors, shadow hosts and the document.
	interface GlobalEventHandlersEventMap extends ConnectTypingNotifierEventMap {}
}
