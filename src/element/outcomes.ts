import {ContentTypes, type ParticipantEventContentType} from '../core/content-types.js';
import type {SendEventOutput} from '../core/participant-event-client.js';
import {validationError, type ParticipantServiceError} from '../errors/participant-service-error.js';
import type {Connection} from './connection.js';
import type {Reporter} from './reporter.js';

/**
 * What each outcome means, and whether it is said: the one owner of "said once" for an element.
 * What the page asked for (a method call) is answered every time. What the element does of itself
 * (keystrokes, the acknowledgement and its retries) is said once on its path until something is
 * delivered there or the failure changes: one outage, one event. A 403 refuses the connection's
 * token. A set-up mistake is an error event and a console line, once; a hint a console line, once.
 * Anything the element cannot send, and that time will not mend, is also said in the console
 * once, for pages that listen to no event. The `Reporter` tells.
 */
export class Outcomes {
	readonly #reporter: Reporter;
	// What was said, by what it is about: each mistake, hint, refusal and console line once, and
	// on each path (content type) the failure last said.
	readonly #said = new Map<string, string>();

	constructor(reporter: Reporter) {
		this.#reporter = reporter;
	}

	delivered(contentType: ParticipantEventContentType, output: SendEventOutput) {
		this.#said.delete(`failure ${contentType}`);
		this.#reporter.event('connect-typing-sent', {contentType, ...output});
	}

	/**
	 * A send over `connection` failed: a 403 refuses its token (said once, however many requests
	 * were in flight), a throttle says its cool-down (each time), anything else is an error.
	 */
	failed(connection: Connection, contentType: ParticipantEventContentType, error: ParticipantServiceError, {asked, coolDownMs}: {asked: boolean; coolDownMs?: number}) {
		if (error.status === 403) {
			if (connection.refuse(error)) this.refused(contentType, connection, true);
		} else if (error.throttled && coolDownMs !== undefined) {
			this.#reporter.event('connect-typing-throttled', {contentType, retryAfterMs: coolDownMs});
		} else if (this.#once(`failure ${contentType}`, `${error.name} ${error.status}`) || asked) {
			this.#tell(contentType, error);
		}
	}

	/** The connection cannot send (a bad set-up, or a refused token): said to a page that asked every time, else once per connection. */
	refused(contentType: ParticipantEventContentType, connection: Connection, asked: boolean) {
		if (this.#once(`refusal ${connection.identity}`) || asked) this.#tell(contentType, connection.refusal!);
	}

	/** A send the page asked for while the element is not on the page. */
	notOnPage(contentType: ParticipantEventContentType) {
		this.#tell(contentType, validationError('Not on the page'));
	}

	/** A set-up mistake the element found by itself: a `ValidationException` event and a console line, once per `about`. */
	mistake(message: string, about = message) {
		if (this.#once(`mistake ${about}`)) this.#tell(ContentTypes.typing, validationError(message));
	}

	/** Something likely wrong: a console warning, once per `about`. */
	hint(message: string, about = message) {
		if (this.#once(`hint ${about}`)) this.#reporter.console('warn', message);
	}

	/** No token yet: a normal start-up race, no error; worth one line while developing. */
	noToken() {
		if (this.#once('no token')) this.#reporter.console('info', 'has no connectionToken yet: nothing is sent until the page sets it');
	}

	// An error event; and, for what time will not mend, the same words in the console once.
	#tell(contentType: ParticipantEventContentType, {name, status, message, retryable, requestId}: ParticipantServiceError) {
		this.#reporter.event('connect-typing-error', {name, status, message, contentType, retryable, requestId});
		// A refused token (403) is the chat's end or its token's: a warning; the rest is wired wrong.
		if (!retryable && this.#once(`console ${name} ${message}`)) this.#reporter.console(status === 403 ? 'warn' : 'error', `${name}: ${message}`);
	}

	// Whether `about` is to be said now: the first time, or (on a path) when what is said differs from the last.
	#once(about: string, what = '') {
		const first = this.#said.get(about) !== what;
		this.#said.set(about, what);
		return first;
	}
}
