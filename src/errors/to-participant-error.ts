import {HTTPError, TimeoutError} from 'ky';
import type {ServerText} from '../core/answers.js';
import {ParticipantServiceError, type ParticipantErrorName} from './participant-service-error.js';
import {retryAfterOf} from './retry-after.js';

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
 * keep what lies between the first `#` and the next. An empty name leaves the status to name the error.
 */
export const readErrorName = (header: string | null, body: Record<string, unknown>): string | undefined => {
	const code = Object.keys(body).find((key) => key.toLowerCase() == 'code');
	const raw = header ?? (code && body[code] !== undefined ? body[code] : body.__type);
	if (typeof raw != 'string' && typeof raw != 'number') return undefined;
	const beforeComma = String(raw).split(',')[0]!;
	const beforeColon = beforeComma.split(':')[0]!;
	const name = beforeColon.includes('#') ? beforeColon.split('#')[1] : beforeColon;
	return name || undefined;
};

// How fetch's TypeError begins when no response came: the words the AWS SDK lists for
// browsers (Firefox's may end in a full stop), and Node's. Any other TypeError is a bug.
const networkFailure = /^(Failed to fetch|NetworkError when|The Internet connection|Load failed|Network request failed|fetch failed)/;

/** True for a call that got no response: offline, no such host, a reset, a refused origin (CORS). */
export const isNetworkFailure = (error: unknown): error is TypeError => error instanceof TypeError && networkFailure.test(error.message);

/** What an error needs to name a failure: the URL called, its deadline, and how to make what the server said safe to tell. */
export interface FailureContext {
	url: string;
	timeoutMs: number;
	/** A server's words with the ConnectionToken cut out (a proxy may echo it), and capped. */
	serverText: ServerText;
}

/** Turns a failed response into a named error; an HTML or garbage body still gets one. */
export const fromResponse = async (response: Response, {url, serverText}: FailureContext): Promise<ParticipantServiceError> => {
	const {status, statusText, headers} = response;
	// `redirect: 'manual'`: the browser shows a redirect only as this, with status 0.
	if (response.type === 'opaqueredirect') {
		return new ParticipantServiceError('UnknownException', `${url} answered with a redirect, not followed: the token goes nowhere else`);
	}
	let body: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(await response.text());
		if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
	} catch {
		// Not JSON: the status still names the error.
	}
	const message = body.message ?? body.Message;
	const said = serverText(typeof message == 'string' ? message : `${status} ${statusText}`.trim());
	const requestId = headers.get('x-amzn-RequestId');
	return new ParticipantServiceError(
		serverText(readErrorName(headers.get('x-amzn-errortype'), body) ?? namesByStatus[status] ?? (status >= 500 ? 'InternalServerException' : 'UnknownException')),
		// The service answers 404 only for a path it does not know: the endpoint has a path of its own.
		status === 404 ? `${said}: ${url} answered 404; endpoint is the base URL, without /participant/event` : said,
		{status, requestId: requestId === null ? undefined : serverText(requestId), retryAfterMs: retryAfterOf(response)},
	);
};

/** Names what a call met; an abort, or a bug, is passed through untouched. */
export const toParticipantError = async (error: unknown, context: FailureContext): Promise<unknown> => {
	const {url, timeoutMs, serverText} = context;
	if (error instanceof HTTPError) return fromResponse(error.response, context);
	if (error instanceof TimeoutError) return new ParticipantServiceError('TimeoutError', `No whole answer from ${url} within ${timeoutMs} ms`);
	if (isNetworkFailure(error)) {
		return new ParticipantServiceError('NetworkError', `No response from ${url} (${serverText(error.message)}): offline, no such host, CORS or a Content-Security-Policy`);
	}
	// A programming error (or the page's abort) stays what it is.
	return error;
};
