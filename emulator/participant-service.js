// @ts-check
// The Participant Service API: CreateParticipantConnection, SendEvent, SendMessage and
// DisconnectParticipant, each behind the chat's injected faults and the account's quota.
import {applyFault, attempts} from './faults.js';
import {readJson} from './http.js';
import {bearer, createConnectionInput, sendEventInput, sendMessageInput, ServiceError} from './model.js';
import {webSocketPath} from './websocket.js';

/** @typedef {import('hono').Hono<import('./http.js').Env>} App */

const transcriptTypes = /** @type {Record<string, string>} */ ({
	'application/vnd.amazonaws.connect.event.typing': 'TYPING',
	'application/vnd.amazonaws.connect.event.connection.acknowledged': 'CONNECTION_ACK',
	'application/vnd.amazonaws.connect.event.message.delivered': 'MESSAGE_DELIVERED',
	'application/vnd.amazonaws.connect.event.message.read': 'MESSAGE_READ',
});

/** @param {App} app @param {{chats: import('./chats.js').Chats, quotas: import('./quotas.js').Quotas}} state */
export const participantService = (app, {chats, quotas}) => {
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
};
