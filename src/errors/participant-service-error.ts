/** The names a failed call can carry: the service's own, then the client's. */
export type ParticipantErrorName =
	| 'ValidationException'
	| 'AccessDeniedException'
	| 'ConflictException'
	| 'ThrottlingException'
	| 'InternalServerException'
	/** A status the model does not name (a 404 from a wrong endpoint), or a redirect, which is not followed. */
	| 'UnknownException'
	/** No response: offline, no such host, an origin the endpoint does not allow (CORS), a content security policy. */
	| 'NetworkError'
	/** No response within the request timeout. */
	| 'TimeoutError'
	/** A 2xx whose body is not the model's output (an HTML page, a cut-off body, no body). */
	| 'InvalidResponseError';

// What the official SDKs retry: throttling and server faults, and calls that got no answer.
export const retryableStatuses = [429, 500, 502, 503, 504];
const unansweredNames = ['NetworkError', 'TimeoutError'];

/** Whether an answer says "slow down": the service throttles with 429 (`ThrottlingException`). */
export const isThrottle = (status: number) => status === 429;

/** A failed Participant Service call, named like the AWS SDK names it. */
export class ParticipantServiceError extends Error {
	override name: ParticipantErrorName | (string & {});
	/** The HTTP status, or 0 when no response arrived. */
	readonly status: number;
	/** Whether trying again later may succeed. */
	readonly retryable: boolean;
	/** Whether the service throttled the call (429): nothing more of its kind should go for a while. */
	readonly throttled: boolean;
	/** The service's `x-amzn-RequestId`, for AWS support. */
	readonly requestId?: string;
	/** How long the service asked us to wait (`Retry-After`, at most a minute), in ms. */
	readonly retryAfterMs?: number;

	constructor(name: ParticipantErrorName | (string & {}), message: string, {status = 0, requestId, retryAfterMs}: {status?: number; requestId?: string; retryAfterMs?: number} = {}) {
		super(message);
		this.name = name;
		this.status = status;
		this.retryable = unansweredNames.includes(name) || retryableStatuses.includes(status);
		this.throttled = isThrottle(status);
		this.requestId = requestId;
		this.retryAfterMs = retryAfterMs;
	}
}

/** Whatever a send threw, as a well-formed service error (an abort or a bug becomes an `UnknownException`). */
export const asServiceError = (error: unknown): ParticipantServiceError =>
	error instanceof ParticipantServiceError ? error : new ParticipantServiceError('UnknownException', error instanceof Error ? error.name : 'Unknown failure');

/** A request the client refuses to send: named as the service would name it. */
export const validationError = (message: string) => new ParticipantServiceError('ValidationException', message);
