// @ts-check
// What every route of the emulator shares: its Hono types, errors as the service answers them,
// and JSON bodies as the service reads them.
import {ServiceError, validation} from './model.js';

/** @typedef {{Bindings: {incoming: import('node:http').IncomingMessage}}} Env */
/** @typedef {import('hono').Context<Env>} Context */

// Real error types carry the service's namespace after a colon; clients must cut it off.
const errorNamespace = ':http://internal.amazon.com/coral/com.amazonaws.connect.participant/';

/** The service's answer to an error. @param {Context} c @param {ServiceError} error */
export const errorResponse = (c, error) => {
	// A load balancer's 502/503/504 names nothing; the service's own errors always do.
	if (error.name) c.header('x-amzn-errortype', error.name + errorNamespace);
	for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
	return c.json(error.name ? {Message: error.message} : {message: error.message}, /** @type {any} */ (error.status));
};

/** A request's JSON object, or the error the service gives for it. @param {Context} c @returns {Promise<Record<string, unknown>>} */
export const readJson = async (c) => {
	if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
		throw new ServiceError(415, 'UnsupportedMediaTypeException', 'Content-Type must be application/json');
	}
	let body;
	try {
		body = JSON.parse((await c.req.text()) || '{}');
	} catch {
		throw validation('The request body is not valid JSON');
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) throw validation('The request body must be a JSON object');
	return body;
};
