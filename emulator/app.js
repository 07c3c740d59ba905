// @ts-check
// The HTTP face of the emulator: what every answer carries (a request id, CORS as the service
// answers it, the body limit, errors in the service's shape), then one module per API.
import {randomUUID} from 'node:crypto';
import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {cors} from 'hono/cors';
import {connectService} from './connect-service.js';
import {controlApi} from './control-api.js';
import {errorResponse} from './http.js';
import {ServiceError, validation} from './model.js';
import {participantService} from './participant-service.js';

/**
 * @param {{chats: import('./chats.js').Chats, quotas: import('./quotas.js').Quotas, isApprovedOrigin: (origin: string) => boolean, maxBodyBytes?: number}} options
 */
export const createApp = ({chats, quotas, isApprovedOrigin, maxBodyBytes = 128 * 1024}) => {
	/** @type {import('./participant-service.js').App} */
	const app = new Hono();

	app.use(async (c, next) => {
		await next();
		if (!c.res.headers.has('x-amzn-RequestId')) c.res.headers.set('x-amzn-RequestId', randomUUID());
	});
	app.use(
		cors({
			origin: (origin) => (isApprovedOrigin(origin) ? origin : null),
			allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
			// What browsers send for a JSON call, plus the AWS SDK's own (it signs every call, though the service ignores it).
			allowHeaders: [
				'content-type',
				'x-amz-bearer',
				'x-amz-user-agent',
				'amz-sdk-invocation-id',
				'amz-sdk-request',
				'authorization',
				'x-amz-date',
				'x-amz-content-sha256',
				'x-amz-security-token',
			],
			// The service's, and the rate-limit headers a same-origin proxy would let a page read (faults send them).
			exposeHeaders: ['x-amzn-RequestId', 'x-amzn-ErrorType', 'x-amzn-ErrorMessage', 'Retry-After', 'Date', 'RateLimit-Reset', 'X-RateLimit-Reset'],
			maxAge: 600,
		}),
	);
	app.use(bodyLimit({maxSize: maxBodyBytes, onError: (c) => errorResponse(c, validation(`The request body is larger than ${maxBodyBytes} bytes`))}));
	app.onError((error, c) => errorResponse(c, error instanceof ServiceError ? error : new ServiceError(500, 'InternalServerException', 'Internal service error')));
	app.notFound((c) => errorResponse(c, new ServiceError(404, 'UnknownOperationException', 'Unknown operation')));

	participantService(app, {chats, quotas});
	connectService(app, {chats});
	controlApi(app, {chats, quotas});
	return app;
};
