import ky, {HTTPError, TimeoutError, type KyInstance} from 'ky';
import {isThrottle, ParticipantServiceError, retryableStatuses, validationError} from '../errors/participant-service-error.js';
import {maxRetryAfterMs, retryAfterOf} from '../errors/retry-after.js';
import {isNetworkFailure, toParticipantError, type FailureContext} from '../errors/to-participant-error.js';
import {randomUuid} from '../utils/uuid.js';
import {fetchWholeAnswer, serverTextReader} from './answers.js';
import {serviceUrl, type ServiceLocation} from './endpoint.js';
import {requestTimeoutMs} from './timing.js';

export interface ParticipantEventClientOptions extends ServiceLocation {
	/** The ConnectionToken from CreateParticipantConnection. Sent only in `X-Amz-Bearer`. */
	connectionToken: string;
	/** Time allowed for each request, from sending it to the last byte of its answer, in ms. Default 5000. */
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

// What fetch would refuse (or trim) in a header: a line break, a character above U+00FF, a space at an end.
const headerValue = /^[\x21-\x7e\x80-\xff]([\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?$/;
const eventPath = 'participant/event';

/**
 * Sends Participant Service events (SendEvent) with the official SDKs' retry policy:
 * 3 attempts, exponential backoff with full jitter, `Retry-After` honoured (up to a minute), the
 * same ClientToken on every attempt, no retry of 400/403/409. Redirects are not followed: the
 * token goes only to the endpoint given.
 */
export class ParticipantEventClient {
	/** The service URL this client calls. */
	readonly endpoint: string;

	readonly #http: KyInstance;
	readonly #failureContext: FailureContext;

	/** Throws a `ValidationException` for a bad token, region or endpoint. */
	constructor({connectionToken, timeout = requestTimeoutMs, ...location}: ParticipantEventClientOptions) {
		if (typeof connectionToken !== 'string' || !connectionToken || connectionToken.length > 1000) {
			throw validationError('ConnectionToken: 1 to 1000 characters');
		}
		// Said here, in words that never quote it (fetch's own error would, in Firefox).
		if (!headerValue.test(connectionToken)) {
			throw validationError('ConnectionToken: a header cannot carry a line break, a character above U+00FF, or a space at an end');
		}
		this.endpoint = serviceUrl(location);
		this.#failureContext = {url: `${this.endpoint}/${eventPath}`, timeoutMs: timeout, serverText: serverTextReader(connectionToken)};
		this.#http = ky.create({
			prefixUrl: this.endpoint,
			// The timeout covers the whole answer: the body is read before this fetch resolves.
			fetch: fetchWholeAnswer,
			timeout,
			headers: {'X-Amz-Bearer': connectionToken},
			redirect: 'manual',
			// ky's defaults do the rest: 2 retries (3 attempts), Retry-After read on 429 and 503.
			retry: {methods: ['post'], statusCodes: retryableStatuses, delay: (attempt) => 100 * 2 ** (attempt - 1), jitter: true, backoffLimit: 20_000},
		});
	}

	/**
	 * Sends one event; rejects with a `ParticipantServiceError`, or the abort reason. The service
	 * checks the input against its model (a `ValidationException` names what is wrong).
	 */
	async sendEvent({contentType, content, clientToken = randomUuid(), retryWithinMs = Infinity, retryThrottled = true, signal}: SendEventInput): Promise<SendEventOutput> {
		const retryUntil = performance.now() + retryWithinMs;
		let response: Response;
		let text: string;
		try {
			response = await this.#http.post(eventPath, {
				json: {ContentType: contentType, Content: content, ClientToken: clientToken},
				signal,
				retry: {
					// However long a header asks for, no retry starts after `retryWithinMs`.
					maxRetryAfter: Math.min(maxRetryAfterMs, retryWithinMs),
					shouldRetry: ({error}) => this.#mayRetry(error, retryUntil, retryThrottled),
				},
			});
			text = await response.text();
		} catch (error) {
			throw await toParticipantError(error, this.#failureContext);
		}
		let output: {Id?: unknown; AbsoluteTime?: unknown} | undefined;
		try {
			output = JSON.parse(text);
		} catch {
			// Not JSON: not a SendEvent response, said below.
		}
		if (typeof output?.Id !== 'string' || typeof output.AbsoluteTime !== 'string') {
			throw new ParticipantServiceError('InvalidResponseError', `Not a SendEvent response from ${this.#failureContext.url}`, {status: response.status});
		}
		const {serverText} = this.#failureContext;
		return {id: serverText(output.Id), absoluteTime: serverText(output.AbsoluteTime), clientToken};
	}

	// Whether a failed attempt is tried again. The SDKs' rules, read from the answer's status and
	// `Retry-After` only: ky honours the `Retry-After` (undefined lets it), else waits its backoff
	// (true), never what another rate-limit header asks.
	#mayRetry(error: Error, retryUntil: number, retryThrottled: boolean): boolean | undefined {
		const now = performance.now();
		if (!(error instanceof HTTPError)) return (error instanceof TimeoutError || isNetworkFailure(error)) && now < retryUntil;
		const {status} = error.response;
		if (!retryableStatuses.includes(status) || (isThrottle(status) && !retryThrottled)) return false;
		const retryAfterMs = retryAfterOf(error.response);
		if (now + (retryAfterMs ?? 0) >= retryUntil) return false;
		return retryAfterMs === undefined ? true : undefined;
	}
}
