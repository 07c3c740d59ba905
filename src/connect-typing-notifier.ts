import {ReactiveElement, type PropertyValues} from '@lit/reactive-element';
import {ContentTypes} from './core/content-types.js';
import {ParticipantEventClient, type SendEventOutput} from './core/participant-event-client.js';
import {TypingSchedule} from './core/typing-schedule.js';
import {ParticipantServiceError, validationError} from './errors/participant-service-error.js';

/** `connect-typing-sent`: the service took the event. */
export interface TypingSentDetail extends SendEventOutput {
	contentType: string;
}

/** `connect-typing-throttled`: the service asked us to slow down; nothing is sent for `retryAfterMs`. */
export interface TypingThrottledDetail {
	contentType: string;
	retryAfterMs: number;
}

/** `connect-typing-error`: an event was not sent, or the element is not set up to send one. */
export interface TypingErrorDetail {
	/** The AWS error name, e.g. `AccessDeniedException`, or `NetworkError`, `TimeoutError`. */
	name: string;
	/** The HTTP status, or 0 when there was no response. */
	status: number;
	message: string;
	contentType: string;
	/** Whether the same event may succeed later. */
	retryable: boolean;
	requestId?: string;
}

const defaultInterval = 10_000;
const textInputTypes = ['text', 'search', 'email', 'url', 'tel'];

// What a customer types into: a textarea, a text-like input, or an editable element.
const isTextField = (element: Element): element is HTMLElement =>
	element.localName === 'textarea' ||
	(element.localName === 'input' && textInputTypes.includes((element as HTMLInputElement).type)) ||
	(element as HTMLElement).isContentEditable;

const emit = <Detail>(element: HTMLElement, type: string, detail: Detail) =>
	element.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));

const readText = (field: HTMLElement) => ('value' in field ? String(field.value) : (field.textContent ?? ''));

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

	/** Defines the element under `tag`; a second definition (two copies on a page) is a no-op. */
	static define(tag = 'connect-typing-notifier', registry = customElements) {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	static override get observedAttributes() {
		return [...super.observedAttributes, 'connection-token'];
	}

	/** The id of the field to bind to, looked up in this element's root (document or shadow root). */
	declare htmlFor: string | null;
	/** The field to bind to; wins over `for`. With neither, the first text field inside the element. */
	declare target: HTMLElement | null;
	/** AWS region of the Connect instance, e.g. `us-east-1`. */
	declare region: string | null;
	/** Use the FIPS endpoint. */
	declare fips: boolean;
	/** Use the dual-stack (IPv6) endpoint. */
	declare dualstack: boolean;
	/** A URL that replaces the regional endpoint: https, or http on loopback only. */
	declare endpoint: string | null;
	/** Least time between two typing events, in ms; values that are not positive numbers mean 10000. */
	declare interval: number;
	/** Do not send `connection.acknowledged`. */
	declare noAcknowledge: boolean;
	/**
	 * The ConnectionToken from CreateParticipantConnection. Never reflected or reported;
	 * the `connection-token` attribute is read into it and removed.
	 */
	declare connectionToken: string | null;

	#schedule = new TypingSchedule(defaultInterval);
	#client?: ParticipantEventClient;
	// Why nothing can be sent (a bad set-up, or a 403 until the token changes), and whether it was said.
	#stop?: ParticipantServiceError;
	#stopTold = false;
	#acknowledgedToken?: string;
	// An acknowledgement that failed for a passing reason is tried again, later and later.
	#acknowledgeRetry?: ReturnType<typeof setTimeout>;
	#acknowledgeFailures = 0;
	#requests = new AbortController();
	#binding?: AbortController;
	#resolved?: Element | null;
	#field?: HTMLElement;

	constructor() {
		super();
		this.htmlFor = this.target = this.region = this.endpoint = this.connectionToken = null;
		this.fips = this.dualstack = this.noAcknowledge = false;
		this.interval = defaultInterval;
	}

	override attributeChangedCallback(name: string, old: string | null, value: string | null) {
		if (name !== 'connection-token') return super.attributeChangedCallback(name, old, value);
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
		this.#bind();
		this.requestUpdate();
	}

	override disconnectedCallback() {
		super.disconnectedCallback();
		this.#requests.abort();
		clearTimeout(this.#acknowledgeRetry);
		this.#unbind();
	}

	protected override updated(changed: PropertyValues) {
		const interval = Number(this.interval);
		this.#schedule.interval = interval > 0 && interval < Infinity ? interval : defaultInterval;
		if (['connectionToken', 'region', 'fips', 'dualstack', 'endpoint'].some((key) => changed.has(key))) this.#configure();
		if (changed.has('htmlFor') || changed.has('target')) this.#bind();
		this.#acknowledgeIfDue();
	}

	/**
	 * Sends a typing event if the schedule allows one now (at most one per `interval`, none
	 * during a throttle's cool-down): pages that drive the element themselves call it per keystroke.
	 * Resolves to whether an event was attempted, once its outcome event has been dispatched.
	 */
	async sendTyping(): Promise<boolean> {
		if (!this.#schedule.due()) return false;
		await this.#send(ContentTypes.typing, true);
		return true;
	}

	/** Sends `connection.acknowledged` now, even if this token was acknowledged before. */
	async acknowledge(): Promise<void> {
		this.#acknowledgedToken = this.connectionToken ?? undefined;
		await this.#send(ContentTypes.connectionAcknowledged, true);
	}

	#configure() {
		this.#client = undefined;
		this.#stopTold = false;
		this.#acknowledgeFailures = 0;
		const {connectionToken, region, fips, dualstack, endpoint} = this;
		try {
			if (!connectionToken) throw validationError('No connection token: set the connectionToken property');
			this.#client = new ParticipantEventClient({connectionToken, region: region ?? '', useFips: fips, useDualstack: dualstack, endpoint: endpoint ?? undefined});
			this.#stop = undefined;
		} catch (error) {
			this.#stop = error as ParticipantServiceError;
		}
	}

	#bind() {
		this.#unbind();
		if (!this.isConnected) return;
		const binding = (this.#binding = new AbortController());
		const resolve = () => {
			if (this.target) return this.target;
			const root = this.getRootNode() as Document | ShadowRoot;
			return this.htmlFor ? root.getElementById(this.htmlFor) : this.querySelector('textarea,input,[contenteditable]');
		};
		if (!this.target) {
			// The field may come later, or be replaced by a framework's re-render: follow it.
			const observer = new MutationObserver(() => resolve() !== this.#resolved && this.#bind());
			observer.observe(this.getRootNode(), {childList: true, subtree: true, attributeFilter: ['id']});
			binding.signal.addEventListener('abort', () => observer.disconnect());
		}
		const field = (this.#resolved = resolve());
		if (!field) return;
		if (!isTextField(field)) {
			this.#report(validationError(`<${field.localName}> is not a textarea, text input or contenteditable`), ContentTypes.typing);
			return;
		}
		this.#field = field;
		this.#schedule.reset(readText(field));
		field.addEventListener('input', () => this.#onInput(field), {signal: binding.signal});
	}

	#unbind() {
		this.#binding?.abort();
		this.#binding = this.#field = this.#resolved = undefined;
	}

	#onInput(field: HTMLElement) {
		this.#acknowledgeIfDue();
		if (this.#schedule.input(readText(field))) void this.#send(ContentTypes.typing, false);
	}

	#acknowledgeIfDue() {
		if (this.noAcknowledge || !this.#field || !this.connectionToken || this.#acknowledgedToken === this.connectionToken) return;
		this.#acknowledgedToken = this.connectionToken;
		void this.#send(ContentTypes.connectionAcknowledged, false);
	}

	async #send(contentType: string, asked: boolean) {
		// Off the page an element neither updates nor sends: say so rather than wait forever.
		if (!this.isConnected) return this.#report(validationError('Not on the page: connect the element first'), contentType);
		// A token or endpoint set in this same task takes effect at the pending update, which
		// also configures the client (or says why it cannot be) before anything is sent.
		await this.updateComplete;
		const client = this.#client;
		if (!client || this.#stop) {
			// Say why once; a page that calls a method is answered every time.
			if (asked || !this.#stopTold) this.#report(this.#stop!, contentType);
			this.#stopTold = true;
			return;
		}
		const {signal} = this.#requests;
		const typing = contentType === ContentTypes.typing;
		try {
			const output = await client.sendEvent({contentType, signal, retryUntil: typing ? Date.now() + this.#schedule.interval : undefined});
			if (!typing) this.#acknowledgeFailures = 0;
			emit<TypingSentDetail>(this, 'connect-typing-sent', {contentType, ...output});
		} catch (error) {
			// Aborted: the element left the page, and nobody is waiting for an answer.
			if (signal.aborted) return;
			const failure = error instanceof ParticipantServiceError ? error : new ParticipantServiceError('UnknownException', String(error));
			// A request made with an older token says nothing about the current one.
			if (client === this.#client) {
				if (failure.status === 403) {
					this.#stop = failure;
					this.#stopTold = true;
				}
				if (failure.retryable && !typing) {
					this.#acknowledgedToken = undefined;
					const wait = failure.retryAfterMs ?? Math.min(60_000, 1000 * 2 ** this.#acknowledgeFailures++);
					clearTimeout(this.#acknowledgeRetry);
					this.#acknowledgeRetry = setTimeout(() => this.#acknowledgeIfDue(), wait);
				}
			}
			this.#report(failure, contentType, client === this.#client);
		}
	}

	#report(error: ParticipantServiceError, contentType: string, current = true) {
		const {name, status, message, retryable, requestId, retryAfterMs} = error;
		if (name === 'ThrottlingException') {
			const wait = retryAfterMs ?? this.#schedule.interval;
			if (current) this.#schedule.pauseUntil(Date.now() + wait);
			emit<TypingThrottledDetail>(this, 'connect-typing-throttled', {contentType, retryAfterMs: wait});
		} else {
			emit<TypingErrorDetail>(this, 'connect-typing-error', {name, status, message, contentType, retryable, requestId});
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'connect-typing-notifier': ConnectTypingNotifierElement;
	}
	interface HTMLElementEventMap {
		'connect-typing-sent': CustomEvent<TypingSentDetail>;
		'connect-typing-throttled': CustomEvent<TypingThrottledDetail>;
		'connect-typing-error': CustomEvent<TypingErrorDetail>;
	}
}
