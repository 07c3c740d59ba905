/** The names a failed call can carry: the service's own, then the client's. */
export type ParticipantErrorName =
	| 'ValidationException'
	| 'AccessDeniedException'
	| 'ConflictException'
	| 'ThrottlingException'
	| 'InternalServerException'
	/** A status the model does not name (e.g. a 404 from a wrong endpoint). */
	| 'UnknownException'
	/** No response: offline, DNS, a reset connection, or an origin the service did not approve (CORS). */
	| 'NetworkError'
	/** No response within the request timeout. */
	| 'TimeoutError'
	/** A 2xx whose body is not the model's output (an HTML page, a cut-off body). */
	| 'InvalidResponseError';

// What the official SDKs retry: throttling, server faults, and calls that got no answer.
const retryableNames = ['ThrottlingException', 'InternalServerException', 'NetworkError', 'TimeoutError'];
export const retryableStatuses = [429, 500, 502, 503, 504];

/** A failed Participant Service call, named like the AWS SDK names it. */
export class ParticipantServiceError extends Error {
	override name: ParticipantErrorName | (string & {});
	/** The HTTP status, or 0 when no response arrived. */
	readonly status: number;
	/** Whether trying again later may succeed. */
	readonly retryable: boolean;
	/** The service's `x-amzn-RequestId`, for AWS support. */
	readonly requestId?: string;
	/** How long the service asked us to wait (`Retry-After`), in ms. */
	readonly retryAfterMs?: number;
	/** The response, when there was one. */
	readonly response?: Response;

	constructor(
		name: ParticipantErrorName | (string & {}),
		message: string,
		{status = 0, requestId, retryAfterMs, response}: {status?: number; requestId?: string; retryAfterMs?: number; response?: Response} = {},
	) {
		super(message);
		this.name = name;
		this.status = status;
		this.retryable = retryableNames.includes(name) || retryableStatuses.includes(status);
		this.requestId = requestId;
		this.retryAfterMs = retryAfterMs;
		this.response = response;
	}
}

/** Whatever a send threw, as a well-formed service error (an abort or a bug becomes an `UnknownException`). */
export const asServiceError = (error: unknown): ParticipantServiceError =>
	error instanceof ParticipantServiceError ? error : new ParticipantServiceError('UnknownException', error instanceof Error ? error.name : 'Unknown failure');

/** A request the client refuses to send: named as the service would name it. */
export const validationError = (message: string) => new ParticipantServiceError('ValidationException', message);
