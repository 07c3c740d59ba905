import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {ContentTypes, type ParticipantEventContentType} from '../core/content-types.js';
import {TypingSchedule, type SendResult} from '../core/typing-schedule.js';
import {validationError, type ParticipantServiceError} from '../errors/participant-service-error.js';
import {Connection, type ConnectionOptions} from './connection.js';
import type {ConnectTypingNotifierEventMap} from './events.js';
import type {FieldEvents} from './field-binding.js';

const {typing, connectionAcknowledged} = ContentTypes;

// The element, as the sender reads it: `disabled` stops typing events at once, before any update.
type Host = ReactiveControllerHost & HTMLElement & {disabled: boolean};

type Refusal = (connection: Connection) => ParticipantServiceError | undefined;
// What the page asked for: a refusal is its answer, every time.
const asked: Refusal = (connection) => connection.refusal;
// What the element sends of itself: a refusal nobody asked about is said once.
const unasked: Refusal = (connection) => connection.unsaidRefusal();

/**
 * Sends an element's typing events and acknowledgements over its current connection, and tells
 * the page how each went, as the element's events. Typing and acknowledgement are two paths that
 * meet in one place for the answer; a refusal the page did not ask about is said once.
 */
export class EventSender implements ReactiveController, FieldEvents {
	/** When typing events go; the element sets its `interval`. */
	readonly schedule = new TypingSchedule();
	readonly #host: Host;
	// The current token at the current endpoint; replaced whole when either changes.
	#connection?: Connection;
	// Aborted when the element leaves the page: its requests, and the `online` listener.
	#requests!: AbortController;
	#acknowledgementTimer?: ReturnType<typeof setTimeout>;

	constructor(host: Host) {
		this.#host = host;
		host.addController(this);
	}

	hostConnected() {
		this.#requests = new AbortController();
		// Back online: what was owed goes now, not at the end of a backoff (the update sends it).
		addEventListener(
			'online',
			() => {
				this.messageEnded();
				this.#connection?.acknowledgement.online();
				this.#host.requestUpdate();
			},
			{signal: this.#requests.signal},
		);
		// Back on the page: an acknowledgement the element's leaving aborted is owed.
		this.#host.requestUpdate();
	}

	hostDisconnected() {
		this.#requests.abort();
		clearTimeout(this.#acknowledgementTimer);
	}

	/** A new token or endpoint: a new connection, and the agent learns of typing at the next key. */
	// An older connection's acknowledgement timer only asks for an update, which asks the new one.
	connect(options: ConnectionOptions) {
		this.#connection = new Connection(options);
		this.schedule.endMessage();
	}

	/** The customer's edit landed: a typing event goes if the schedule claims one. */
	edited(text: string) {
		if (!this.#host.disabled && this.schedule.edited(text)) void this.#send(typing, unasked, this.#typing);
	}

	/** The customer's message was sent: the next change sends at once. */
	messageEnded() {
		this.schedule.endMessage();
	}

	/** The element is bound to something nobody types into. */
	refused(element: Element) {
		this.#report(typing, validationError(`<${element.localName}> is not a text field`));
	}

	/** The page asked for a typing event (`sendTyping()`): whether one was attempted, once its outcome was said. */
	async sendTyping(): Promise<boolean> {
		if (this.#host.disabled || !this.schedule.claim()) return false;
		await this.#send(typing, asked, this.#typing);
		return true;
	}

	/** The page asked for an acknowledgement (`acknowledge()`), even if this token had one. */
	async acknowledge(): Promise<void> {
		this.#connection?.acknowledgement.renew();
		await this.#send(connectionAcknowledged, asked, this.#acknowledging);
	}

	/** Sends the acknowledgement the connection owes, when it is due (the element asks at each update). */
	acknowledgeWhenDue() {
		clearTimeout(this.#acknowledgementTimer);
		const wait = this.#connection?.acknowledgement.dueIn() ?? Infinity;
		if (wait === 0) void this.#send(connectionAcknowledged, unasked, this.#acknowledging);
		// Once the backoff is over, the element's update asks again.
		else if (wait < Infinity) this.#acknowledgementTimer = setTimeout(() => this.#host.requestUpdate(), wait);
	}

	// The two paths: a typing event as the schedule sends it, an acknowledgement as the connection does.
	#typing = (connection: Connection, signal: AbortSignal) => this.schedule.send(connection.client!, signal);
	#acknowledging = async (connection: Connection, signal: AbortSignal) => {
		const result = await connection.acknowledge(signal);
		// Owed again after a backoff: the element's update sets the timer, unless it stopped acknowledging.
		if (connection === this.#connection) this.#host.requestUpdate();
		return result;
	};

	// Sends over the connection an update pending in this task configures, and says how it went. Off
	// the page, says it cannot (an element there neither updates nor sends). A refusal is said as
	// `toSay` picks it; a refused token once, however many requests were in flight.
	async #send(contentType: ParticipantEventContentType, toSay: Refusal, send: (connection: Connection, signal: AbortSignal) => Promise<SendResult>) {
		if (!this.#host.isConnected) return this.#report(contentType, validationError('Not on the page'));
		const {signal} = this.#requests;
		await this.#host.updateComplete;
		// The first update made a connection.
		const connection = this.#connection!;
		if (signal.aborted) return;
		const refusal = toSay(connection);
		if (refusal) return this.#report(contentType, refusal);
		if (connection.refusal) return;
		const {output, error, pauseMs} = await send(connection, signal);
		// Aborted: the element left the page, and nobody is waiting for an answer.
		if (signal.aborted) return;
		if (output) this.#emit('connect-typing-sent', {contentType, ...output});
		else if (error.status !== 403 || connection.refuse(error)) this.#report(contentType, error, pauseMs);
	}

	#report(contentType: ParticipantEventContentType, {name, status, message, retryable, requestId}: ParticipantServiceError, retryAfterMs = 0) {
		if (name === 'ThrottlingException') this.#emit('connect-typing-throttled', {contentType, retryAfterMs});
		else this.#emit('connect-typing-error', {name, status, message, contentType, retryable, requestId});
	}

	#emit<Type extends keyof ConnectTypingNotifierEventMap>(type: Type, detail: ConnectTypingNotifierEventMap[Type]['detail']) {
		this.#host.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
	}
}
