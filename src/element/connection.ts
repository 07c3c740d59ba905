import {Acknowledgement} from '../core/acknowledgement.js';
import {ContentTypes} from '../core/content-types.js';
import type {SendResult} from '../core/typing-schedule.js';
import {ParticipantEventClient, type ParticipantEventClientOptions} from '../core/participant-event-client.js';
import {asServiceError, validationError, type ParticipantServiceError} from '../errors/participant-service-error.js';

/** The client's options as the element holds them: no token yet is a refusal, not a type error. */
export type ConnectionOptions = Omit<ParticipantEventClientOptions, 'connectionToken'> & {connectionToken?: string | null};

/**
 * One token at one endpoint: its client, its acknowledgement and why it cannot send. The element
 * makes a new one whenever the token or the endpoint changes, so an answer to a request made
 * with an older one is known by the object it came back to.
 */
export class Connection {
	readonly client?: ParticipantEventClient;
	readonly acknowledgement = new Acknowledgement();
	/** Why nothing can be sent: a bad set-up, or the service refused the token (403). */
	refusal?: ParticipantServiceError;
	// The refusal once it was said.
	#said?: ParticipantServiceError;

	/** Never throws: no token, or a token, region or endpoint the client refuses, becomes the refusal. */
	constructor(options: ConnectionOptions) {
		try {
			if (!options.connectionToken) throw validationError('No connection token: set the connectionToken property');
			this.client = new ParticipantEventClient(options as ParticipantEventClientOptions);
		} catch (error) {
			this.refusal = asServiceError(error);
		}
	}

	/** The refusal the first time it is asked for, then undefined: what nobody asked for is said once. */
	unsaidRefusal(): ParticipantServiceError | undefined {
		if (this.refusal !== this.#said) return (this.#said = this.refusal);
	}

	/** The service refused the token: true the first time, however many requests were in flight. */
	refuse(error: ParticipantServiceError): boolean {
		if (this.refusal) return false;
		this.refusal = this.#said = error;
		return true;
	}

	/** Sends the acknowledgement (the client exists: there is no refusal) and learns when the next attempt is due. */
	async acknowledge(signal: AbortSignal): Promise<SendResult> {
		const {acknowledgement} = this;
		try {
			const output = await this.client!.sendEvent({contentType: ContentTypes.connectionAcknowledged, signal, clientToken: acknowledgement.start()});
			acknowledgement.settle('sent');
			return {output};
		} catch (error) {
			const failure = asServiceError(error);
			const backoff = acknowledgement.settle(signal.aborted ? 'aborted' : failure);
			return {error: failure, pauseMs: backoff ?? failure.retryAfterMs};
		}
	}
}
