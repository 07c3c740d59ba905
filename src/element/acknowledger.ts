import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {ContentTypes} from '../core/content-types.js';
import {asServiceError} from '../errors/participant-service-error.js';
import type {Connections} from './connection.js';
import type {Reporter} from './reporter.js';

const {connectionAcknowledged} = ContentTypes;

// The element, as the acknowledgement path reads it.
type Host = ReactiveControllerHost & HTMLElement & {noAcknowledge: boolean};

/**
 * The acknowledgement path: sends `connection.acknowledged` once per connection, as soon as the
 * element is on the page with a token, and again after its backoff when an attempt failed for a
 * passing reason. Its timer is its own: set for the next attempt due, cleared when the element
 * leaves the page or the connection changes.
 */
export class Acknowledger implements ReactiveController {
	readonly #host: Host;
	readonly #connections: Connections;
	readonly #reporter: Reporter;
	// Ends when the element leaves the page: its requests, and the `online` listener.
	#onPage?: AbortController;
	#timer?: ReturnType<typeof setTimeout>;

	constructor(host: Host, connections: Connections, reporter: Reporter) {
		this.#host = host;
		this.#connections = connections;
		this.#reporter = reporter;
		host.addController(this);
	}

	hostConnected() {
		this.#onPage = new AbortController();
		// Back online: what was owed goes now, not at the end of its backoff.
		addEventListener(
			'online',
			() => {
				this.#connections.current?.acknowledgement.online();
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

	/** Sets the timer for the acknowledgement the current connection owes: now, or at the end of its backoff. */
	acknowledgeWhenDue() {
		clearTimeout(this.#timer);
		const connection = this.#connections.current;
		const dueInMs = connection?.acknowledgement.dueInMs();
		if (!this.#host.isConnected || this.#host.noAcknowledge || dueInMs === undefined) return;
		this.#timer = setTimeout(() => void this.#send(false), dueInMs);
	}

	/** The page asked for an acknowledgement (`acknowledge()`), even if this token had one. */
	async acknowledge(): Promise<void> {
		clearTimeout(this.#timer);
		this.#connections.current?.acknowledgement.renew();
		await this.#send(true);
	}

	async #send(asked: boolean) {
		if (!this.#host.isConnected) {
			if (asked) this.#reporter.notOnPage(connectionAcknowledged);
			return;
		}
		const {signal} = this.#onPage!;
		// Properties the page set in this task apply first (a token, then acknowledge()).
		await this.#host.updateComplete;
		const connection = this.#connections.current;
		if (signal.aborted) return;
		if (!connection) return this.#reporter.noToken();
		if (connection.refusal) return this.#reporter.refusal(connectionAcknowledged, connection, asked);
		const {acknowledgement} = connection;
		try {
			const output = await connection.client!.sendEvent({contentType: connectionAcknowledged, signal, clientToken: acknowledgement.start()});
			acknowledgement.delivered();
			this.#reporter.sent(connectionAcknowledged, output);
		} catch (thrown) {
			if (signal.aborted) {
				acknowledgement.aborted();
			} else {
				const error = asServiceError(thrown);
				this.#reporter.sendFailed(connection, connectionAcknowledged, error, asked, acknowledgement.failed(error));
			}
		}
		// Owed again (a backoff, or cut off and back on the page): the timer for it.
		if (connection === this.#connections.current) this.acknowledgeWhenDue();
	}
}
