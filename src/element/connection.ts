import {Acknowledgement} from '../core/acknowledgement.js';
import {pageClock} from '../core/clock.js';
import {ParticipantEventClient, type ParticipantEventClientOptions} from '../core/participant-event-client.js';
import {asServiceError, type ParticipantServiceError} from '../errors/participant-service-error.js';

/** The client's options as the element holds them: no token yet is a state, not an error. */
export type ConnectionOptions = Omit<ParticipantEventClientOptions, 'connectionToken'> & {connectionToken?: string | null};

/**
 * One token at one endpoint: its client, its acknowledgement, and its refusal if it cannot send.
 * An answer to a request made over an older one is known by the object it came back to.
 */
export class Connection {
	readonly client?: ParticipantEventClient;
	readonly acknowledgement = new Acknowledgement(pageClock());
	/** Why nothing can be sent: a bad set-up (a token, region or endpoint the client refuses), or the service refused the token (403). */
	refusal?: ParticipantServiceError;
	// Who this connection is: its token and where it sends (or why it cannot).
	readonly #token: string;
	readonly #where: string;
	#refusalSaid = false;

	/** Never throws: a token, region or endpoint the client refuses becomes the refusal. */
	constructor({connectionToken, ...location}: ConnectionOptions & {connectionToken: string}) {
		this.#token = connectionToken;
		try {
			this.client = new ParticipantEventClient({connectionToken, ...location});
		} catch (error) {
			this.refusal = asServiceError(error);
		}
		this.#where = this.client?.endpoint ?? this.refusal!.message;
	}

	/** The same token sent to the same URL: options that change nothing about where requests go (fips with an endpoint) make no new connection. */
	sameAs(other: Connection): boolean {
		return this.#token === other.#token && this.#where === other.#where;
	}

	/** The refusal to say: always to the page that asked; to nobody the second time it was not asked. */
	refusalToSay(asked: boolean): ParticipantServiceError | undefined {
		if (!this.refusal || (this.#refusalSaid && !asked)) return undefined;
		this.#refusalSaid = true;
		return this.refusal;
	}

	/** The service refused the token (403): true the first time, however many requests were in flight. */
	tokenRefused(error: ParticipantServiceError): boolean {
		if (this.refusal) return false;
		this.refusal = error;
		this.#refusalSaid = true;
		return true;
	}
}

/**
 * The element's current connection. While no token is set there is none; the last one is kept,
 * so that a framework setting the token to null and back makes no new connection.
 */
export class Connections {
	#last?: Connection;
	#tokenSet = false;

	get current(): Connection | undefined {
		return this.#tokenSet ? this.#last : undefined;
	}

	/** Takes the element's options; true when they make a new connection (a new token, or a new endpoint URL). */
	connect(options: ConnectionOptions): boolean {
		const {connectionToken} = options;
		this.#tokenSet = !!connectionToken;
		if (!connectionToken) return false;
		const next = new Connection({...options, connectionToken});
		if (this.#last?.sameAs(next)) return false;
		this.#last = next;
		return true;
	}
}
