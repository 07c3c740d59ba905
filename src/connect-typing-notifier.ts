import {ReactiveElement, type PropertyValues} from '@lit/reactive-element';
import {defaultInterval} from './core/typing-schedule.js';
import {Acknowledger} from './element/acknowledger.js';
import {Connection} from './element/connection.js';
import type {ConnectTypingNotifierEventMap} from './element/events.js';
import {FieldBinding} from './element/field-binding.js';
import {serverSpellingsOf} from './element/attributes.js';
import {flagAttribute, readSettings, type ElementState, type Settings} from './element/options.js';
import {Outcomes} from './element/outcomes.js';
import {Reporter} from './element/reporter.js';
import {TypingSender} from './element/typing-sender.js';
import {defineElement} from './utils/define.js';

export type {ConnectTypingNotifierEventMap, ConnectTypingNotifierListenerProps, TypingErrorDetail, TypingSentDetail, TypingThrottledDetail} from './element/events.js';

// package.json's version, put in by the build (and by the test runner, for src/).
declare const PACKAGE_VERSION: string;
/** This copy's version, to tell two copies on one page apart. */
const version = PACKAGE_VERSION;
// The properties that say which connection the element sends over.
const connectionProperties = ['connectionToken', 'region', 'fips', 'dualstack', 'endpoint'] as const;

/**
 * Tells the Amazon Connect agent that the customer is typing: binds to a text field, sends
 * SendEvent `typing` events as the text changes, and acknowledges the connection once per token.
 *
 * @customElement connect-typing-notifier
 * @fires {CustomEvent<TypingSentDetail>} connect-typing-sent - an event was delivered
 * @fires {CustomEvent<TypingThrottledDetail>} connect-typing-throttled - the service throttled; nothing of that kind goes during its cool-down
 * @fires {CustomEvent<TypingErrorDetail>} connect-typing-error - an event failed, or the set-up is wrong
 */
export class ConnectTypingNotifierElement extends ReactiveElement {
	static override properties = {
		htmlFor: {attribute: 'for'},
		target: {attribute: false},
		region: {},
		fips: {type: Boolean, converter: flagAttribute},
		dualstack: {type: Boolean, converter: flagAttribute},
		endpoint: {},
		interval: {type: Number},
		noAcknowledge: {type: Boolean, attribute: 'no-acknowledge', converter: flagAttribute},
		disabled: {type: Boolean, converter: flagAttribute},
		connectionToken: {attribute: 'connection-token'},
	};

	// The attributes a server renderer writes for the properties (`htmlfor`), each with the property's own.
	static readonly #serverSpellings = serverSpellingsOf(this.properties);

	/** The package version of this copy. */
	static readonly version = version;

	/**
	 * Defines the element under `tag`. A second definition steps aside: two copies of one
	 * version on a page are one, and a copy of another version says so once in the console.
	 * Without a DOM (a server rendering a page that imports the element) it defines nothing.
	 */
	static define(tag = 'connect-typing-notifier', registry = globalThis.customElements) {
		defineElement(tag, this, registry);
		return this;
	}

	static override get observedAttributes() {
		return [...super.observedAttributes, ...ConnectTypingNotifierElement.#serverSpellings.keys()];
	}

	/** The id of the field to bind to (as `target`), looked up in this element's root (document or shadow root). */
	htmlFor?: string | null;
	/**
	 * The field to bind to; wins over `for`. A text field, an editable, a design system's field (a
	 * custom element with a `value`), or an element that holds one (a rich-text editor's mount
	 * point). With neither, the first text field inside the element.
	 */
	target?: HTMLElement | null;
	/** AWS region of the Connect instance, e.g. `us-east-1`. */
	region: string | null = null;
	/** Use the FIPS endpoint. */
	fips = false;
	/** Use the dual-stack (IPv6) endpoint. */
	dualstack = false;
	/** A URL that replaces the regional endpoint: https, or http on loopback only. */
	endpoint: string | null = null;
	/**
	 * The longest time between two typing events while the customer types, in ms, at least 1000
	 * (one typing request a second): a value that is not a positive number means 11500, one below
	 * 1000 means 1000, and either is said once. The element refreshes sooner on a slow network (the
	 * agent's indicator hides 12 s after an event), later only after the service throttled.
	 */
	interval = defaultInterval;
	/** Do not send `connection.acknowledged` by itself (`acknowledge()` still sends). */
	noAcknowledge = false;
	/**
	 * Send no typing events (a customer who opted out); the acknowledgement still goes. Once it is
	 * cleared, the next keystroke sends at once.
	 */
	disabled = false;
	/**
	 * The ConnectionToken from CreateParticipantConnection. Never reflected or reported; the
	 * `connection-token` attribute is read into it and removed. Unset (null or empty), the element
	 * waits for it: typing before it is set is no error.
	 */
	connectionToken: string | null = null;

	// The parts, and what they read of the element: its settings as the page boundary reads them,
	// and the connection they make. The controllers add themselves to the element.
	#settings?: Settings;
	#connection?: Connection;
	readonly #state: ElementState = {settings: () => this.#readSettings(), connection: () => this.#connection};
	readonly #outcomes = new Outcomes(new Reporter(this));
	readonly #typing = new TypingSender(this, this.#state, this.#outcomes);
	readonly #acknowledger = new Acknowledger(this, this.#state, this.#outcomes);
	// eslint-disable-next-line no-unused-private-class-members
	readonly #field = new FieldBinding(this, this.#state, this.#typing, this.#outcomes);

	// A server renderer's spelling is read as the property's own attribute.
	override attributeChangedCallback(name: string, old: string | null, value: string | null) {
		const own = ConnectTypingNotifierElement.#serverSpellings.get(name) ?? name;
		if (own === 'connection-token') this.#takeToken(name, value);
		else super.attributeChangedCallback(own, old, value);
	}

	// Read it, then take it out of the DOM, where any script or outerHTML could see it.
	#takeToken(name: string, value: string | null) {
		if (value === null) return;
		this.connectionToken = value;
		this.removeAttribute(name);
	}

	// What the page set, through the page boundary (element/options.ts): read again while a change is pending.
	#readSettings(): Settings {
		if (!this.#settings || this.isUpdatePending) this.#settings = readSettings(this, (message) => this.#outcomes.mistake(message));
		return this.#settings;
	}

	protected override createRenderRoot() {
		return this;
	}

	protected override willUpdate(changed: PropertyValues<ConnectTypingNotifierElement>) {
		const settings = this.#readSettings();
		this.#typing.interval = settings.interval;
		// Set or cleared, the agent has seen no typing of this message: the next allowed key goes at once.
		if (changed.has('disabled')) this.#typing.messageEnded();
		if (!connectionProperties.some((key) => changed.has(key)) && !changed.has('noAcknowledge')) return;
		const {connectionToken, region, fips, dualstack, endpoint} = settings;
		const connection = Connection.for({connectionToken, region, useFips: fips, useDualstack: dualstack, endpoint});
		// A new token or endpoint URL: the agent learns of typing at the next key.
		if (connection && connection !== this.#connection) this.#typing.messageEnded();
		this.#connection = connection;
		// What the acknowledgement depends on changed: the timer for the one owed now.
		this.#acknowledger.acknowledgeWhenDue();
	}

	/**
	 * Sends a typing event if the schedule allows one now (the first key of a burst or message, then
	 * a refresh within `interval`; none during a throttle's cool-down): pages that drive the element
	 * themselves call it per keystroke. Resolves to whether an event was attempted, once its outcome
	 * event has been dispatched: false off the page, while `disabled`, without a token, after a
	 * refusal, or when the schedule allows none now.
	 */
	sendTyping(): Promise<boolean> {
		return this.#typing.sendTyping();
	}

	/**
	 * Says that the customer's message was sent, for pages that send without emptying the field
	 * (an emptied field, by the customer or by script after a submit, an Enter or a Send button,
	 * says so itself): the next keystroke sends a typing event at once, even within the interval.
	 */
	messageSent(): void {
		this.#typing.messageEnded();
	}

	/** Sends `connection.acknowledged` now, even if this token was acknowledged before, or `no-acknowledge` is set. */
	acknowledge(): Promise<void> {
		return this.#acknowledger.acknowledge();
	}
}

/** The element's reactive properties, as its `static properties` declares them: framework typings follow from it. */
export type ConnectTypingNotifierProperties = Pick<ConnectTypingNotifierElement, keyof (typeof ConnectTypingNotifierElement)['properties']>;

declare global {
	interface HTMLElementTagNameMap {
		'connect-typing-notifier': ConnectTypingNotifierElement;
	}
	// The events bubble and are composed: they reach ancestors, shadow hosts and the document.
	interface GlobalEventHandlersEventMap extends ConnectTypingNotifierEventMap {}
}
