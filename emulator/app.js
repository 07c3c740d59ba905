// @ts-check
// The HTTP face of the emulator: the Participant Service routes, CORS as the service
// answers it, and the /_emulator/ routes that tests and the demo use to start chats,
// inject faults and watch what each chat received.
import {randomUUID} from 'node:crypto';
import {setTimeout as sleep} from 'node:timers/promises';
import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {cors} from 'hono/cors';
import {streamSSE} from 'hono/streaming';
import {webSocketPath} from './websocket.js';
import {defaultAccount} from './quotas.js';
import {bearer, createConnectionInput, sendEventInput, sendMessageInput, ServiceError, startChatContactInput, stringField, validation} from './model.js';

/** @typedef {import('./quotas.js').Quotas} Quotas @typedef {import('./chats.js').Chats} Chats @typedef {import('./chats.js').Chat} Chat @typedef {import('./chats.js').Fault} Fault */
/** @typedef {{Bindings: {incoming: import('node:http').IncomingMessage}}} Env */
/** @typedef {import('hono').Context<Env>} Context */

// Real error types carry the service's namespace after a colon; clients must cut it off.
const errorNamespace = ':http://internal.amazon.com/coral/com.amazonaws.connect.participant/';
const namesByStatus = /** @type {Record<number, string>} */ ({
	400: 'ValidationException',
	403: 'AccessDeniedException',
	409: 'ConflictException',
	429: 'ThrottlingException',
	500: 'InternalServerException',
});
const transcriptTypes = /** @type {Record<string, string>} */ ({
	'application/vnd.amazonaws.connect.event.typing': 'TYPING',
	'application/vnd.amazonaws.connect.event.connection.acknowledged': 'CONNECTION_ACK',
	'application/vnd.amazonaws.connect.event.message.delivered': 'MESSAGE_DELIVERED',
	'application/vnd.amazonaws.connect.event.message.read': 'MESSAGE_READ',
});

/** @param {Context} c @param {ServiceError} error */
const errorResponse = (c, error) => {
	// A load balancer's 502/503/504 names nothing; the service's own errors always do.
	if (error.name) c.header('x-amzn-errortype', error.name + errorNamespace);
	for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
	return c.json(error.name ? {Message: error.message} : {message: error.message}, /** @type {any} */ (error.status));
};

/** @param {Context} c @returns {Promise<Record<string, unknown>>} */
const readJson = async (c) => {
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

/** Each attempt's record in the chat's request log, by its request, for the answer to be noted. */
const attempts = /** @type {WeakMap<Request, import('./chats.js').Attempt>} */ (new WeakMap());

/** Applies an injected fault: a Response to answer with, or undefined to go on (latency only). @param {Context} c @param {Fault | undefined} fault */
const applyFault = async (c, fault) => {
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
	// An error exactly as written: another service's or a proxy's shape, for clients' parsing.
	if (fault.json) return c.json(fault.json, /** @type {any} */ (fault.status ?? 400), fault.errorType ? {'x-amzn-errortype': fault.errorType} : {});
	if (fault.body === 'html') return c.html('<html><body><h1>502 Bad Gateway</h1></body></html>', /** @type {any} */ (fault.status ?? 200));
	if (fault.body === 'truncated') return c.body('{"AbsoluteTime":"2019-11-08T02:4', /** @type {any} */ (fault.status ?? 200), {'content-type': 'application/json'});
	if (!fault.status) return undefined;
	const name = fault.errorType ?? namesByStatus[fault.status] ?? '';
	throw new ServiceError(fault.status, name, fault.message ?? 'Injected fault', fault.retryAfter ? {'Retry-After': fault.retryAfter} : {});
};

/**
 * The account a signed call is made for: the access key in its SigV4 `Credential` (the emulator
 * has no keys to check the signature with); unsigned calls are the default account's.
 * @param {string | undefined} authorization
 */
const accountOf = (authorization) => /\bCredential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? defaultAccount;

/**
 * @param {{chats: Chats, quotas: Quotas, isApprovedOrigin: (origin: string) => boolean, maxBodyBytes?: number}} options
 */
export const createApp = ({chats, quotas, isApprovedOrigin, maxBodyBytes = 128 * 1024}) => {
	/** @type {Hono<Env>} */
	const app = new Hono();

	app.use(async (c, next) => {
		await next();
		c.res.headers.set('x-amzn-RequestId', randomUUID());
	});
	app.use(
		cors({
			origin: (origin) => (isApprovedOrigin(origin) ? origin : null),
			allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
			// What browsers send for a JSON call, plus the AWS SDK's own (it signs every call, though the service ignores it).
			allowHeaders: ['content-type', 'x-amz-bearer', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'authorization', 'x-amz-date', 'x-amz-content-sha256', 'x-amz-security-token'],
			exposeHeaders: ['x-amzn-RequestId', 'x-amzn-ErrorType', 'x-amzn-ErrorMessage', 'Retry-After', 'Date'],
			maxAge: 600,
		}),
	);
	app.use(bodyLimit({maxSize: maxBodyBytes, onError: (c) => errorResponse(c, validation(`The request body is larger than ${maxBodyBytes} bytes`))}));
	app.onError((error, c) => errorResponse(c, error instanceof ServiceError ? error : new ServiceError(500, 'InternalServerException', 'Internal service error')));
	app.notFound((c) => errorResponse(c, new ServiceError(404, 'UnknownOperationException', 'Unknown operation')));

	// --- Participant Service ---

	// The status each logged attempt was answered with, errors included.
	app.use('/participant/*', async (c, next) => {
		await next();
		const attempt = attempts.get(c.req.raw);
		if (attempt && !attempt.dropped) attempt.status = c.res.status;
	});

	app.post('/participant/connection', async (c) => {
		const chat = chats.byParticipantToken(bearer(c.req.header('x-amz-bearer')));
		const faulted = await applyFault(c, chats.takeFault(chat, 'connection'));
		if (faulted) return faulted;
		quotas.take(chat.account, 'CreateParticipantConnection');
		const {types, connectParticipant} = createConnectionInput(await readJson(c));
		const connection = chats.connect(chat);
		const expiry = new Date(connection.expiresAt).toISOString();
		if (connectParticipant && !chat.acknowledged) {
			chat.acknowledged = true;
			chats.record(chat, connection, {type: 'CONNECTION_ACK', contentType: 'application/vnd.amazonaws.connect.event.connection.acknowledged', request: ''});
		}
		return c.json({
			...(types.includes('CONNECTION_CREDENTIALS') ? {ConnectionCredentials: {ConnectionToken: connection.token, Expiry: expiry}} : {}),
			...(types.includes('WEBSOCKET') ? {Websocket: {Url: `ws://${c.req.header('host')}${webSocketPath}?token=${connection.token}`, ConnectionExpiry: expiry}} : {}),
		});
	});

	/** SendEvent and SendMessage: the account's quota, validation, idempotency, then the transcript. */
	const send = (/** @type {'event' | 'message'} */ operation, /** @type {'SendEvent' | 'SendMessage'} */ name, /** @type {typeof sendEventInput} */ parse) =>
		app.post(`/participant/${operation}`, async (c) => {
			const token = bearer(c.req.header('x-amz-bearer'));
			const body = await readJson(c);
			const attempt = chats.logRequest(token, {operation, contentType: body.ContentType, clientToken: body.ClientToken});
			if (attempt) attempts.set(c.req.raw, attempt);
			const {chat, connection} = chats.byConnectionToken(token);
			const faulted = await applyFault(c, chats.takeFault(chat, operation));
			if (faulted) return faulted;
			// Throttling comes first, as at any front door: a retry with the same ClientToken counts too.
			quotas.take(chat.account, name);
			const {contentType, content, clientToken} = parse(body);
			const request = JSON.stringify([contentType, content]);
			const earlier = chats.replay(connection, clientToken, request);
			if (earlier) return c.json(earlier);
			const type = operation === 'message' ? 'MESSAGE' : (transcriptTypes[contentType] ?? 'EVENT');
			// The SendEvent page: receipts are refused once more than two participants are in the chat.
			if (type.startsWith('MESSAGE_') && chat.participants > 2) {
				throw new ServiceError(409, 'ConflictException', 'Read and delivered receipts are not supported with more than two participants');
			}
			return c.json(chats.record(chat, connection, {type, contentType, content, clientToken, request}));
		});
	send('event', 'SendEvent', sendEventInput);
	send('message', 'SendMessage', sendMessageInput);

	app.post('/participant/disconnect', async (c) => {
		const {chat, connection} = chats.byConnectionToken(bearer(c.req.header('x-amz-bearer')));
		const faulted = await applyFault(c, chats.takeFault(chat, 'disconnect'));
		if (faulted) return faulted;
		quotas.take(chat.account, 'DisconnectParticipant');
		chats.record(chat, connection, {type: 'EVENT', contentType: 'application/vnd.amazonaws.connect.event.participant.left', request: ''});
		chats.end(chat);
		return c.json({});
	});

	// --- Amazon Connect: StartChatContact, what a back end calls before the page can connect ---

	// Signed with SigV4 by the AWS SDK; the emulator takes any signature (it has no credentials to check).
	app.put('/contact/chat', async (c) => {
		const body = await readJson(c);
		startChatContactInput(body);
		const chat = chats.create(accountOf(c.req.header('authorization')));
		return c.json({ContactId: chat.contactId, ParticipantId: chat.participantId, ParticipantToken: chat.participantToken});
	});

	// --- Emulator controls: never part of the service's API ---

	// An account's quotas, and whether its 429s carry Retry-After. The account is the access key a
	// back end signs StartChatContact with; `emulator` for unsigned calls.
	app.get('/_emulator/accounts/:account', (c) => c.json(quotas.settings(c.req.param('account'))));
	app.put('/_emulator/accounts/:account', async (c) => c.json(quotas.configure(c.req.param('account'), await readJson(c))));

	/** @param {Context} c */
	const chatOf = (c) => {
		const chat = chats.get(c.req.param('contactId') ?? '');
		if (!chat) throw new ServiceError(404, 'ResourceNotFoundException', 'No such chat');
		return chat;
	};

	app.get('/_emulator/chats/:contactId/events', (c) => {
		const chat = chatOf(c);
		return c.json({Ended: chat.ended, Events: chat.events});
	});

	app.get('/_emulator/chats/:contactId/stream', (c) => {
		const chat = chatOf(c);
		return streamSSE(c, async (stream) => {
			/** @param {unknown} event */
			const listener = (event) => void stream.writeSSE({event: 'chat-event', data: JSON.stringify(event)});
			chat.listeners.add(listener);
			stream.onAbort(() => void chat.listeners.delete(listener));
			for (const event of chat.events) listener(event);
			while (!stream.aborted) await stream.sleep(15_000).then(() => stream.writeSSE({event: 'ping', data: ''}));
		});
	});

	// Another participant joins (a supervisor barges in): receipts then get 409.
	app.post('/_emulator/chats/:contactId/participants', (c) => {
		const chat = chatOf(c);
		chat.participants++;
		return c.json({Participants: chat.participants}, 201);
	});

	// The agent's side, which a real chat has in the agent's workspace.
	app.post('/_emulator/chats/:contactId/agent-messages', async (c) => {
		const chat = chatOf(c);
		const content = stringField(await readJson(c), 'Content', {required: true, max: 1024});
		return c.json(chats.agentMessage(chat, /** @type {string} */ (content)), 201);
	});

	// Every SendEvent/SendMessage attempt that reached the chat, faulted or not: retries show here.
	app.get('/_emulator/chats/:contactId/requests', (c) => c.json({Requests: chatOf(c).requests}));

	app.post('/_emulator/chats/:contactId/faults', async (c) => {
		const chat = chatOf(c);
		const {times = 1, operation = 'event', ...fault} = /** @type {Partial<Fault>} */ (await readJson(c));
		if (!Number.isInteger(times) || times < 1) throw validation('times must be a positive integer');
		chat.faults.push({times, operation, ...fault});
		return c.body(null, 204);
	});

	app.delete('/_emulator/chats/:contactId/faults', (c) => {
		chatOf(c).faults.length = 0;
		return c.body(null, 204);
	});

	app.post('/_emulator/chats/:contactId/expire', (c) => {
		chats.expire(chatOf(c));
		return c.body(null, 204);
	});

	app.post('/_emulator/chats/:contactId/end', (c) => {
		chats.end(chatOf(c));
		return c.body(null, 204);
	});

	return app;
};
