import {HTTPError, TimeoutError} from 'ky';
import {parseRetryAfter} from '../utils/retry-after.js';
import {ParticipantServiceError, type ParticipantErrorName} from './participant-service-error.js';

// The name a status implies when neither the header nor the body names the error.
const namesByStatus: Record<number, ParticipantErrorName> = {
	400: 'ValidationException',
	403: 'AccessDeniedException',
	409: 'ConflictException',
	429: 'ThrottlingException',
};

/**
 * The error name as the AWS SDKs read it: the `x-amzn-errortype` header cut at the first `:`,
 * else the body's `code`, else its `__type`; in each, what follows a `#`.
 */
export const readErrorName = (header: string | null, body: {code?: unknown; __type?: unknown}): string | undefined => {
	const raw = header?.split(':')[0] || [body.code, body.__type].find((value) => typeof value === 'string');
	return (raw as string | undefined)?.split('#').pop()?.trim() || undefined;
};

/** Turns a failed response into a named error; an HTML or garbage body still gets one. */
export const fromResponse = async (response: Response): Promise<ParticipantServiceError> => {
	const {status, statusText, headers} = response;
	let body: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(await response.text());
		if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
	} catch {
		// Not JSON: the status still names the error.
	}
	const message = [body.Message, body.message].find((value) => typeof value === 'string') as string | undefined;
	return new ParticipantServiceError(
		readErrorName(headers.get('x-amzn-errortype'), body) ?? namesByStatus[status] ?? (status >= 500 ? 'InternalServerException' : 'UnknownException'),
		(message ?? `${status} ${statusText}`.trim()).slice(0, 1000),
		{
			status,
			requestId: headers.get('x-amzn-RequestId') ?? undefined,
			retryAfterMs: parseRetryAfter(headers.get('Retry-After')),
			response,
		},
	);
};

/** Names whatever a call threw; an abort is passed through untouched, as the page asked for it. */
export const toParticipantError = async (error: unknown): Promise<unknown> => {
	if (error instanceof HTTPError) return fromResponse(error.response);
	if (error instanceof TimeoutError) return new ParticipantServiceError('TimeoutError', 'No response in time');
	if (error instanceof TypeError) {
		// Offline, a reset connection, or an origin the service did not approve (CORS).
		return new ParticipantServiceError('NetworkError', error.message);
	}
	return error;
};
