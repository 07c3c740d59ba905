// @ts-check
// Injected faults: what a chat's next calls meet instead of the service's answer, and the log of
// every attempt that reached a chat, with how it was answered.
import {setTimeout as sleep} from 'node:timers/promises';
import {ServiceError, validation} from './model.js';

/** @typedef {import('./types.js').FaultRequest} FaultRequest @typedef {import('./types.js').Fault} Fault @typedef {import('./types.js').Attempt} Attempt */

/** A fault as the control API gives it, with its defaults, or the error that says what is wrong. @param {Record<string, unknown>} body */
export const faultOf = (body) => {
	const {times = 1, operation = 'event', ...fault} = /** @type {FaultRequest} */ (body);
	if (!Number.isInteger(times) || times < 1) throw validation('times must be a positive integer');
	return /** @type {Fault} */ ({times, operation, ...fault});
};

// The name a status implies, for a fault that names none.
const namesByStatus = /** @type {Record<number, string>} */ ({
	400: 'ValidationException',
	403: 'AccessDeniedException',
	409: 'ConflictException',
	429: 'ThrottlingException',
	500: 'InternalServerException',
});

/**
 * A body that begins and never ends: its first bytes, then nothing (`stalled`) or a space a second
 * (`trickling`), until the client goes away.
 * @param {boolean} trickling
 */
const neverEnding = (trickling) => {
	/** @type {ReturnType<typeof setInterval> | undefined} */
	let timer;
	return new ReadableStream({
		start(controller) {
			controller.enqueue(new TextEncoder().encode('{"AbsoluteTime":'));
			if (trickling) timer = setInterval(() => controller.enqueue(new TextEncoder().encode(' ')), 1000);
		},
		cancel: () => clearInterval(timer),
	});
};

/** Each attempt's record in the chat's request log, by its request, for the answer to be noted. */
export const attempts = /** @type {WeakMap<Request, Attempt>} */ (new WeakMap());

/**
 * Applies an injected fault: a Response to answer with, or undefined to go on (latency only).
 * @param {import('./http.js').Context} c @param {Fault | undefined} fault
 */
export const applyFault = async (c, fault) => {
	if (!fault) return undefined;
	const attempt = attempts.get(c.req.raw);
	if (fault.latencyMs) {
		if (attempt) attempt.latencyMs = fault.latencyMs;
		await sleep(fault.latencyMs);
	}
	if (fault.drop) {
		if (attempt) attempt.dropped = true;
		c.env.incoming.socket.destroy();
		return c.body(null);
	}
	const headers = fault.headers ?? {};
	if (fault.redirect) return c.body(null, /** @type {any} */ (fault.status ?? 307), {...headers, location: fault.redirect});
	// An error exactly as written: another service's or a proxy's shape, for clients' parsing.
	if (fault.json) return c.json(fault.json, /** @type {any} */ (fault.status ?? 400), {...headers, ...(fault.errorType ? {'x-amzn-errortype': fault.errorType} : {})});
	if (fault.body === 'html') return c.html('<html><body><h1>502 Bad Gateway</h1></body></html>', /** @type {any} */ (fault.status ?? 200));
	if (fault.body === 'truncated') return c.body('{"AbsoluteTime":"2019-11-08T02:4', /** @type {any} */ (fault.status ?? 200), {'content-type': 'application/json'});
	if (fault.body === 'stalled' || fault.body === 'trickling') return c.body(neverEnding(fault.body === 'trickling'), /** @type {any} */ (fault.status ?? 200), {'content-type': 'application/json'});
	if (fault.body === 'huge') return c.body(`{"Message":"${'x'.repeat(1024 * 1024)}"}`, /** @type {any} */ (fault.status ?? 500), {'content-type': 'application/json'});
	if (!fault.status) return undefined;
	// A success without the model's output (204 No Content).
	if (fault.status < 300) return c.body(null, /** @type {any} */ (fault.status), headers);
	const name = fault.errorType ?? namesByStatus[fault.status] ?? '';
	const token = fault.echoToken ? (c.req.header('x-amz-bearer') ?? '') : undefined;
	const message = token === undefined ? (fault.message ?? 'Injected fault') : `Token ${token} refused`;
	throw new ServiceError(fault.status, name, message, {...headers, ...(fault.retryAfter ? {'Retry-After': fault.retryAfter} : {}), ...(token === undefined ? {} : {'x-amzn-RequestId': token})});
};
