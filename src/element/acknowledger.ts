import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {ContentTypes} from '../core/content-types.js';
import {requestTimeoutMs} from '../core/timing.js';
import {asServiceError} from '../errors/participant-service-error.js';
import type {Connection} from './connection.js';
import type {ElementState} from './options.js';
import type {Outcomes} from './outcomes.js';

const {connectionAcknowledged} = ContentTypes;

/**
 * The acknowledgement path: sends `connection.acknowledged` once per connection (page-wide: the
 * element that is due first sends it), as soon as the element is on the page with a token, and
 * again after its backoff when an attempt failed for a passing reason. Its timer is its own: set
 * for the next attempt due, cleared when the element leaves the page or the connection changes.
 */
export class Acknowledger implements ReactiveController {
	readonly #host: ReactiveControllerHost & HTMLElement;
	readonly #state: ElementState;
	readonly #outcomes: Outcomes;
	// Ends when the element leaves the page: its requests, and the `online` listener.
	#onPage?: AbortController;
	#timer?: ReturnType<typeof setTimeout>;

	constructor(host: ReactiveControllerHost & HTMLElement, state: ElementState, outcomes: Outcomes) {
		this.#host = host;
		this.#state = state;
		this.#outcomes = outcomes;
		host.addController(this);
	}

	hostConnected() {
		this.#onPage = new AbortController();
		// Back online: what was owed goes now, not at the end of its backoff.
		addEventListener(
			'online',
			() => {
				this.#state.connection()?.acknowledgement.online();
				this.acknowledgeWhenDue();
			},
			{signal: this.#onPage.signal},
		);
		// Back on the page: an acknowledgement that the element's leaving cut off is owed.
		this.acknowledgeWhenDue();
	}

	hostDisconnected() {
		this.#onPage?.abort();
		clearTimeout(this.#timer);
	}

	/**
	 * Sets the timer for the acknowledgement the current connection owes: now, or at the end of its
	 * backoff. While another element with the connection has an attempt in flight, it looks again
	 * once that attempt may have ended: cut off (that element left the page), it is owed again.
	 */
	acknowledgeWhenDue() {
		clearTimeout(this.#timer);
		const acknowledgement = this.#state.connection()?.acknowledgement;
		const dueInMs = acknowledgement?.dueInMs() ?? (acknowledgement?.inFlight ? requestTimeoutMs : undefined);
		if (!this.#host.isConnected || this.#state.settings().noAcknowledge || dueInMs === undefined) return;
		this.#timer = setTimeout(() => void this.#send(false), dueInMs);
	}

	/** The page asked for an acknowledgement (`acknowledge()`), even if this token had one. */
	async acknowledge(): Promise<void> {
		clearTimeout(this.#timer);
		this.#state.connection()?.acknowledgement.renew();
		await this.#send(true);
	}

	async #send(asked: boolean) {
		if (!this.#host.isConnected) {
			if (asked) this.#outcomes.notOnPage(connectionAcknowledged);
			return;
		}
		const {signal} = this.#onPage!;
		// Properties the page set in this task apply first (a token, then acknowledge()).
		await this.#host.updateComplete;
		const connection = this.#state.connection();
		if (signal.aborted) return;
		if (!connection) return this.#outcomes.noToken();
		if (connection.refusal) return this.#outcomes.refused(connectionAcknowledged, connection, asked);
		// Another element with this connection may have sent it meanwhile, or be sending it.
		if (connection.acknowledgement.dueInMs() !== 0) return this.acknowledgeWhenDue();
		await this.#attempt(connection, asked, signal);
		// Owed again (a backoff, or cut off and back on the page): the timer for it.
		if (connection === this.#state.connection()) this.acknowledgeWhenDue();
	}

	async #attempt(connection: Connection, asked: boolean, signal: AbortSignal) {
		const {acknowledgement} = connection;
		try {
			const output = await connection.client!.sendEvent({contentType: connectionAcknowledged, signal, clientToken: acknowledgement.start()});
			acknowledgement.delivered();
			this.#outcomes.delivered(connectionAcknowledged, output);
		} catch (thrown) {
			if (signal.aborted) return acknowledgement.aborted();
			const error = asServiceError(thrown);
			this.#outcomes.failed(connection, connectionAcknowledged, error, {asked, coolDownMs: acknowledgement.failed(error)});
		}
	}
}
