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
 * The error name as the AWS SDKs read it (`loadRestJsonErrorCode`): the `x-amzn-errortype`
 * header, else the body's `code` (any case), else its `__type`; cut at `,`, then at `:`, then
 * what follows a `#`. An empty name leaves the status to name the error.
 */
export const readErrorName = (header: string | null, body: Record<string, unknown>): string | undefined => {
	const code = Object.keys(body).find((key) => key.toLowerCase() == 'code');
	const raw = header ?? (code && body[code] !== undefined ? body[code] : body.__type);
	// One pattern for the three cuts: up to a `,` or `:`, and past a `#`.
	return typeof raw == 'string' || typeof raw == 'number' ? /^(?:[^#,:]*#)?([^#,:]*)/.exec(String(raw))![1] || undefined : undefined;
};

// How fetch's TypeError begins when no response came: the words the AWS SDK lists for
// browsers (Firefox's may end in a full stop), and Node's. Any other TypeError is a bug.
const networkFailure = /^(Failed to fetch|NetworkError when|The Internet connection|Load failed|Network request failed|fetch failed)/;

/** True for a call that got no response: offline, DNS, a reset, or a refused origin (CORS). */
const isNetworkFailure = (error: unknown) => error instanceof TypeError && networkFailure.test(error.message);

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
	const message = body.message ?? body.Message;
	return new ParticipantServiceError(
		readErrorName(headers.get('x-amzn-errortype'), body) ?? namesByStatus[status] ?? (status >= 500 ? 'InternalServerException' : 'UnknownException'),
		(typeof message == 'string' ? message : `${status} ${statusText}`.trim()).slice(0, 1000),
		{
			status,
			requestId: headers.get('x-amzn-RequestId') ?? undefined,
			retryAfterMs: parseRetryAfter(headers.get('Retry-After')),
			response,
		},
	);
};

/** Names what a call met; an abort, or a bug, is passed through untouched. */
export const toParticipantError = async (error: unknown): Promise<unknown> => {
	if (error instanceof HTTPError) return fromResponse(error.response);
	if (error instanceof TimeoutError) return new ParticipantServiceError('TimeoutError', 'No response in time');
	if (isNetworkFailure(error)) return new ParticipantServiceError('NetworkError', (error as TypeError).message);
	// A programming error (or the page's abort) stays what it is.
	return error;
};
