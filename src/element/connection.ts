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
	// Who this connection is: its token, and where it sends (or why it cannot).
	readonly #identity: string;
	#refusalSaid = false;

	/** Never throws: a token, region or endpoint the client refuses becomes the refusal. */
	constructor({connectionToken, ...location}: ConnectionOptions & {connectionToken: string}) {
		try {
			this.client = new ParticipantEventClient({connectionToken, ...location});
		} catch (error) {
			this.refusal = asServiceError(error);
		}
		this.#identity = `${connectionToken}\n${this.client?.endpoint ?? this.refusal!.message}`;
	}

	/** The same token sent to the same URL: options that change nothing about where requests go (fips with an endpoint) make no new connection. */
	sameAs(other: Connection): boolean {
		return this.#identity === other.#identity;
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

/** The element's current connection: none while no token is set. */
export class Connections {
	current?: Connection;

	/** Takes the element's options; true when they make a new connection (a new token, or a new endpoint URL). */
	connect(options: ConnectionOptions): boolean {
		const {connectionToken} = options;
		const next = connectionToken ? new Connection({...options, connectionToken}) : undefined;
		if (next && this.current?.sameAs(next)) return false;
		this.current = next;
		return !!next;
	}
}
