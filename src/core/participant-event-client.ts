import ky, {HTTPError, type KyInstance} from 'ky';
import {ParticipantServiceError, retryableStatuses, validationError} from '../errors/participant-service-error.js';
import {toParticipantError} from '../errors/to-participant-error.js';
import {parseRetryAfter} from '../utils/retry-after.js';
import {uuid} from '../utils/uuid.js';
import {checkEndpoint, resolveEndpoint} from './endpoint.js';

export interface ParticipantEventClientOptions {
	/** The ConnectionToken from CreateParticipantConnection. Sent only in `X-Amz-Bearer`. */
	connectionToken: string;
	/** An AWS region such as `us-east-1`; ignored when `endpoint` is given. */
	region?: string | null;
	useFips?: boolean;
	useDualstack?: boolean;
	/** A URL that replaces the regional one (a proxy, the emulator): https, or http on loopback. */
	endpoint?: string | null;
	/** Time allowed for each attempt, in ms. Default 5000. */
	timeout?: number;
}

export interface SendEventInput {
	/** One of `ContentTypes`. */
	contentType: string;
	/** Only for receipts: `{"messageId":"…"}`. */
	content?: string;
	/** Idempotency key, kept on every retry. A UUID v4 when not given. */
	clientToken?: string;
	/** No retry starts later than this many ms after the call: a late typing event is a wrong one. */
	retryWithinMs?: number;
	/**
	 * Whether a 429 is retried (default true, as the SDKs do). A typing event is not: every chat of
	 * the account shares the quota, and a retry a few ms later only adds to the load.
	 */
	retryThrottled?: boolean;
	signal?: AbortSignal;
}

export interface SendEventOutput {
	/** The event's id in the chat transcript. */
	id: string;
	/** When the service took the event, ISO 8601 with ms. */
	absoluteTime: string;
	/** The ClientToken the call was made with. */
	clientToken: string;
}

/**
 * Sends Participant Service events (SendEvent) with the official SDKs' retry policy:
 * 3 attempts, exponential backoff with full jitter, `Retry-After` honoured, the same
 * ClientToken on every attempt, no retry of 400/403/409.
 */
export class ParticipantEventClient {
	/** The service URL this client calls. */
	readonly endpoint: string;

	readonly #http: KyInstance;

	/** Throws a `ValidationException` for a bad token, region or endpoint. */
	constructor({connectionToken, region, useFips, useDualstack, endpoint, timeout = 5000}: ParticipantEventClientOptions) {
		if (typeof connectionToken !== 'string' || !connectionToken || connectionToken.length > 1000) {
			throw validationError('ConnectionToken: 1 to 1000 characters');
		}
		// What fetch would refuse (or trim) in a header: say so here, in words that never quote it.
		if (!/^[\x21-\x7e\x80-\xff]([\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/.test(connectionToken)) {
			throw validationError('ConnectionToken: a header cannot carry a line break, a character above U+00FF, or a space at an end');
		}
		if (!endpoint && !region) throw validationError('No region and no endpoint: set region (e.g. us-east-1) or endpoint');
		// Without an endpoint, the check above leaves a region.
		this.endpoint = endpoint ? checkEndpoint(endpoint) : resolveEndpoint({region: region!, useFips, useDualstack});
		this.#http = ky.create({
			prefixUrl: this.endpoint,
			timeout,
			headers: {'X-Amz-Bearer': connectionToken},
			// ky's defaults do the rest: 2 retries (3 attempts), Retry-After honoured on 429 and 503.
			retry: {
				methods: ['post'],
				statusCodes: retryableStatuses,
				retryOnTimeout: true,
				delay: (attempt) => 100 * 2 ** (attempt - 1),
				jitter: true,
				backoffLimit: 20_000,
			},
		});
	}

	/**
	 * Sends one event; rejects with a `ParticipantServiceError`, or the abort reason. The service
	 * checks the input against its model (a `ValidationException` names what is wrong).
	 */
	async sendEvent({clientToken = uuid(), retryWithinMs = Infinity, retryThrottled = true, ...input}: SendEventInput): Promise<SendEventOutput> {
		const retryUntil = Date.now() + retryWithinMs;
		const {contentType, content, signal} = input;
		let text: string;
		try {
			const response = await this.#http.post('participant/event', {
				json: {ContentType: contentType, Content: content, ClientToken: clientToken},
				signal,
				retry: {
					shouldRetry: ({error}) => {
						const response = error instanceof HTTPError ? error.response : undefined;
						const wait = response ? (parseRetryAfter(response.headers.get('Retry-After')) ?? 0) : 0;
						return Date.now() + wait < retryUntil && (retryThrottled || response?.status !== 429) ? undefined : false;
					},
				},
			});
			text = await response.text();
		} catch (error) {
			throw await toParticipantError(error);
		}
		let output: {Id?: unknown; AbsoluteTime?: unknown} | undefined;
		try {
			output = JSON.parse(text);
		} catch {
			// Not JSON: not a SendEvent response, said below.
		}
		if (typeof output?.Id !== 'string' || typeof output.AbsoluteTime !== 'string') {
			throw new ParticipantServiceError('InvalidResponseError', 'Not a SendEvent response', {status: 200});
		}
		return {id: output.Id, absoluteTime: output.AbsoluteTime, clientToken};
	}
}
