import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {ContentTypes} from '../core/content-types.js';
import {TypingSchedule} from '../core/typing-schedule.js';
import {asServiceError} from '../errors/participant-service-error.js';
import type {Connections} from './connection.js';
import type {Reporter} from './reporter.js';

const {typing} = ContentTypes;

// The element, as the typing path reads it: `disabled` stops typing events at once, before any update.
type Host = ReactiveControllerHost & HTMLElement & {disabled: boolean};

/**
 * The typing path: the customer's edits become typing events as the schedule allows, over the
 * element's current connection; the reporter says how each went.
 */
export class TypingSender implements ReactiveController {
	// When typing events go.
	readonly #schedule = new TypingSchedule();
	readonly #host: Host;
	readonly #connections: Connections;
	readonly #reporter: Reporter;
	// Ends when the element leaves the page: its typing requests, and the `online` listener.
	#onPage?: AbortController;

	constructor(host: Host, connections: Connections, reporter: Reporter) {
		this.#host = host;
		this.#connections = connections;
		this.#reporter = reporter;
		host.addController(this);
	}

	hostConnected() {
		this.#onPage = new AbortController();
		// Back online: what was sent while offline may not have arrived, so the next key sends at once.
		addEventListener('online', () => this.#schedule.endMessage(), {signal: this.#onPage.signal});
	}

	hostDisconnected() {
		// A request cut off here may have reached the service: the schedule counts it as shown.
		this.#onPage?.abort();
	}

	/** The element's `interval`, as the schedule takes it. */
	set interval(ms: number) {
		this.#schedule.interval = ms;
	}

	/** The customer's edit landed and the field holds `text`: a typing event goes if one is due. */
	edited(text: string) {
		if (this.#schedule.edited(text)) void this.#send(false);
	}

	/** The customer's message was sent: the next change sends at once. */
	messageEnded() {
		this.#schedule.endMessage();
	}

	/** The page asked for a typing event (`sendTyping()`): whether one was attempted, once its outcome was said. */
	sendTyping(): Promise<boolean> {
		return this.#send(true);
	}

	async #send(asked: boolean): Promise<boolean> {
		if (!this.#host.isConnected) {
			if (asked) this.#reporter.notOnPage(typing);
			return false;
		}
		const {signal} = this.#onPage!;
		// Claimed at the key, in order: a message the page ends in this task comes after it.
		const attempt = !this.#host.disabled && this.#schedule.claim();
		if (!attempt) return false;
		// Properties the page set in this task apply first (a token, then sendTyping()).
		await this.#host.updateComplete;
		const connection = this.#connections.current;
		if (signal.aborted || !connection || connection.refusal) {
			this.#schedule.withdrawn(attempt);
			if (connection) this.#reporter.refusal(typing, connection, asked);
			else this.#reporter.noToken();
			return false;
		}
		try {
			const output = await connection.client!.sendEvent({contentType: typing, signal, retryWithinMs: attempt.retryWithinMs, retryThrottled: false});
			this.#schedule.delivered(attempt);
			this.#reporter.sent(typing, output);
		} catch (thrown) {
			// Cut off because the element left the page: nobody waits for an answer.
			if (signal.aborted) {
				this.#schedule.aborted(attempt);
				return true;
			}
			const error = asServiceError(thrown);
			this.#reporter.sendFailed(connection, typing, error, asked, this.#schedule.failed(attempt, error));
		}
		return true;
	}
}
