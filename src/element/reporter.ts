import {ContentTypes, type ParticipantEventContentType} from '../core/content-types.js';
import type {SendEventOutput} from '../core/participant-event-client.js';
import {validationError, type ParticipantServiceError} from '../errors/participant-service-error.js';
import type {Connection} from './connection.js';
import type {ConnectTypingNotifierEventMap} from './events.js';

/**
 * Tells the page what happened, as the element's events, and the developer what is wired wrong,
 * once. What the page asked for (a method call) is answered every time; a failure of what the
 * element sends of itself (keystrokes, the acknowledgement's retries) is said once on its path
 * until something is delivered there or the failure changes: one outage, one event.
 */
export class Reporter {
	readonly #host: HTMLElement;
	// Set-up mistakes and hints already said, by what they are about.
	readonly #said = new Set<string>();
	// The failure last said on each path (content type), for what the element sent of itself.
	readonly #lastFailures = new Map<ParticipantEventContentType, string>();

	constructor(host: HTMLElement) {
		this.#host = host;
	}

	sent(contentType: ParticipantEventContentType, output: SendEventOutput) {
		this.#lastFailures.delete(contentType);
		this.#emit('connect-typing-sent', {contentType, ...output});
	}

	/** The service throttled: nothing of this kind goes for `retryAfterMs`. Each cool-down is said. */
	throttled(contentType: ParticipantEventContentType, retryAfterMs: number) {
		this.#emit('connect-typing-throttled', {contentType, retryAfterMs});
	}

	/** A send failed, or cannot be made: said every time the page asked, once per outage when it did not. */
	failed(contentType: ParticipantEventContentType, {name, status, message, retryable, requestId}: ParticipantServiceError, asked: boolean) {
		const failure = `${name} ${status}`;
		if (!asked && this.#lastFailures.get(contentType) === failure) return;
		this.#lastFailures.set(contentType, failure);
		this.#emit('connect-typing-error', {name, status, message, contentType, retryable, requestId});
	}

	/**
	 * A send over `connection` failed: a 403 refuses its token (said once, however many requests
	 * were in flight), a throttle says its cool-down, anything else is an error.
	 */
	sendFailed(connection: Connection, contentType: ParticipantEventContentType, error: ParticipantServiceError, asked: boolean, coolDownMs: number | undefined) {
		if (error.status === 403) {
			if (connection.tokenRefused(error)) this.failed(contentType, error, true);
		} else if (error.throttled && coolDownMs !== undefined) {
			this.throttled(contentType, coolDownMs);
		} else {
			this.failed(contentType, error, asked);
		}
	}

	/** A send the page asked for while the element is not on the page. */
	notOnPage(contentType: ParticipantEventContentType) {
		this.failed(contentType, validationError('Not on the page'), true);
	}

	/** The connection's refusal (a bad set-up, a 403): said to a page that asked every time, else once. */
	refusal(contentType: ParticipantEventContentType, connection: Connection, asked: boolean) {
		const refusal = connection.refusalToSay(asked);
		if (refusal) this.failed(contentType, refusal, asked);
	}

	/** A set-up mistake the element found by itself: a `ValidationException` event, once per `about`. */
	setupMistake(message: string, about = message) {
		if (this.#sayOnce(about)) this.failed(ContentTypes.typing, validationError(message), true);
	}

	/** Something likely wrong: a console warning, once per `about`. */
	hint(message: string, about = message) {
		if (this.#sayOnce(about)) console.warn(`<${this.#host.localName}> ${message}`);
	}

	/** No token yet: a normal start-up race, no error; worth one line while developing. */
	noToken() {
		if (this.#sayOnce('no token')) console.info(`<${this.#host.localName}> has no connectionToken yet: nothing is sent until the page sets it`);
	}

	#sayOnce(about: string) {
		const first = !this.#said.has(about);
		this.#said.add(about);
		return first;
	}

	#emit<Type extends keyof ConnectTypingNotifierEventMap>(type: Type, detail: ConnectTypingNotifierEventMap[Type]['detail']) {
		this.#host.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
	}
}
