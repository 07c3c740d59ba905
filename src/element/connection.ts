import {Acknowledgement} from '../core/acknowledgement.js';
import {pageClock} from '../core/clock.js';
import {ParticipantEventClient, type ParticipantEventClientOptions} from '../core/participant-event-client.js';
import {asServiceError, type ParticipantServiceError} from '../errors/participant-service-error.js';

/** The client's options as the element holds them: no token yet is a state, not an error. */
export type ConnectionOptions = Omit<ParticipantEventClientOptions, 'connectionToken'> & {connectionToken?: string};

/**
 * One token at one endpoint, page-wide: its client, its acknowledgement, and its refusal if it
 * cannot send. Elements given the same token and endpoint share it, so the service hears one
 * acknowledgement between them, and a token it refused is refused for all of them. An answer to a
 * request made over an older one is known by the object it came back to.
 */
export class Connection {
	readonly client?: ParticipantEventClient;
	readonly acknowledgement = new Acknowledgement(pageClock());
	/** Why nothing can be sent: a bad set-up (a token, region or endpoint the client refuses), or the service refused the token (403). */
	refusal?: ParticipantServiceError;
	// Who this connection is: its token, and where it sends (or why it cannot).
	readonly identity: string;

	/** Never throws: a token, region or endpoint the client refuses becomes the refusal. */
	private constructor({connectionToken, ...location}: ConnectionOptions & {connectionToken: string}) {
		try {
			this.client = new ParticipantEventClient({connectionToken, ...location});
		} catch (error) {
			this.refusal = asServiceError(error);
		}
		this.identity = `${connectionToken}\n${this.client?.endpoint ?? this.refusal!.message}`;
	}

	/**
	 * The page's connection for these options: the one another element already has for the same
	 * token sent to the same URL (options that do not move the URL, such as fips with an endpoint,
	 * change nothing), else a new one. None without a token.
	 */
	static for(options: ConnectionOptions): Connection | undefined {
		const {connectionToken} = options;
		if (!connectionToken) return undefined;
		const made = new Connection({...options, connectionToken});
		const known = connections.get(made.identity);
		if (known) return known;
		connections.set(made.identity, made);
		return made;
	}

	/** The service refused the token (403): true the first time, however many requests were in flight, on however many elements. */
	refuse(error: ParticipantServiceError): boolean {
		if (this.refusal) return false;
		this.refusal = error;
		return true;
	}
}

// The page's connections, by identity. A page holds a handful of tokens in its life: kept, so
// that an element re-mounted by a framework finds its token acknowledged.
const connections = new Map<string, Connection>();
