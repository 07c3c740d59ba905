import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {ContentTypes} from '../core/content-types.js';
import {TypingSchedule, type TypingAttempt} from '../core/typing-schedule.js';
import {asServiceError} from '../errors/participant-service-error.js';
import type {Connection} from './connection.js';
import type {ElementState} from './options.js';
import type {Outcomes} from './outcomes.js';

const {typing} = ContentTypes;

/**
 * The typing path: the customer's edits become typing events as the schedule allows, over the
 * element's current connection; `Outcomes` says how each went. `disabled` stops typing events at
 * once, before any update.
 */
export class TypingSender implements ReactiveController {
	// When typing events go.
	readonly #schedule = new TypingSchedule();
	readonly #host: ReactiveControllerHost & HTMLElement;
	readonly #state: ElementState;
	readonly #outcomes: Outcomes;
	// Ends when the element leaves the page: its typing requests, and the `online` listener.
	#onPage?: AbortController;
	/** Whether the page drives typing itself, by calling `sendTyping()`. */
	drivenByPage = false;

	constructor(host: ReactiveControllerHost & HTMLElement, state: ElementState, outcomes: Outcomes) {
		this.#host = host;
		this.#state = state;
		this.#outcomes = outcomes;
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
		this.drivenByPage = true;
		return this.#send(true);
	}

	async #send(asked: boolean): Promise<boolean> {
		if (!this.#host.isConnected) {
			if (asked) this.#outcomes.notOnPage(typing);
			return false;
		}
		const {signal} = this.#onPage!;
		// Claimed at the key, in order: a message the page ends in this task comes after it.
		const attempt = !this.#state.settings().disabled && this.#schedule.claim();
		if (!attempt) return false;
		// Properties the page set in this task apply first (a token, then sendTyping()).
		await this.#host.updateComplete;
		const connection = this.#state.connection();
		if (signal.aborted || !connection || connection.refusal) {
			this.#schedule.withdrawn(attempt);
			// Off the page meanwhile: nobody waits for an answer.
			if (signal.aborted) return false;
			if (connection) this.#outcomes.refused(typing, connection, asked);
			else this.#outcomes.noToken();
			return false;
		}
		await this.#attempt(connection, attempt, asked, signal);
		return true;
	}

	async #attempt(connection: Connection, attempt: TypingAttempt, asked: boolean, signal: AbortSignal) {
		try {
			const output = await connection.client!.sendEvent({contentType: typing, signal, retryWithinMs: attempt.retryWithinMs, retryThrottled: false});
			this.#schedule.delivered(attempt);
			this.#outcomes.delivered(typing, output);
		} catch (thrown) {
			// Cut off because the element left the page: it may have reached the service, and nobody waits for an answer.
			if (signal.aborted) return this.#schedule.aborted(attempt);
			const error = asServiceError(thrown);
			this.#outcomes.failed(connection, typing, error, {asked, coolDownMs: this.#schedule.failed(attempt, error)});
		}
	}
}
