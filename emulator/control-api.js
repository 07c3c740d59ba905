// @ts-check
// The emulator's own controls, under /_emulator/, never part of the service's API: accounts'
// quotas, and per chat (by its ContactId) what it received, live or at once, its faults, a third
// participant, the agent's messages, and its tokens' end. emulator/controls.js is their client.
import {streamSSE} from 'hono/streaming';
import {faultOf} from './faults.js';
import {readJson} from './http.js';
import {ServiceError, stringField} from './model.js';

/** @param {import('./participant-service.js').App} app @param {{chats: import('./chats.js').Chats, quotas: import('./quotas.js').Quotas}} state */
export const controlApi = (app, {chats, quotas}) => {
	// An account's quotas, and whether its 429s carry Retry-After. The account is the access key a
	// back end signs StartChatContact with; `emulator` for unsigned calls.
	app.get('/_emulator/accounts/:account', (c) => c.json(quotas.settings(c.req.param('account'))));
	app.put('/_emulator/accounts/:account', async (c) => c.json(quotas.configure(c.req.param('account'), await readJson(c))));

	/** The chat a control names by its ContactId. @param {import('./http.js').Context} c */
	const namedChat = (c) => {
		const chat = chats.get(c.req.param('contactId') ?? '');
		if (!chat) throw new ServiceError(404, 'ResourceNotFoundException', 'No such chat');
		return chat;
	};

	app.get('/_emulator/chats/:contactId/events', (c) => {
		const chat = namedChat(c);
		return c.json({Ended: chat.ended, Events: chat.events});
	});

	app.get('/_emulator/chats/:contactId/stream', (c) => {
		const chat = namedChat(c);
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
		const chat = namedChat(c);
		chat.participants++;
		return c.json({Participants: chat.participants}, 201);
	});

	/**
	 * Who a control speaks for: the agent, unless the body names another participant (a bot, a supervisor).
	 * @param {Record<string, unknown>} body @returns {import('./chats.js').OtherParticipant | undefined}
	 */
	const participantOf = (body) => {
		const id = stringField(body, 'ParticipantId', {max: 256});
		if (!id) return undefined;
		const role = stringField(body, 'ParticipantRole', {max: 20}) ?? 'AGENT';
		return {ParticipantId: id, DisplayName: stringField(body, 'DisplayName', {max: 256}) ?? id, ParticipantRole: role};
	};

	// The agent's side, which a real chat has in the agent's workspace.
	app.post('/_emulator/chats/:contactId/agent-messages', async (c) => {
		const chat = namedChat(c);
		const body = await readJson(c);
		const content = stringField(body, 'Content', {required: true, max: 1024});
		return c.json(chats.agentMessage(chat, /** @type {string} */ (content), participantOf(body)), 201);
	});

	// The agent types: a typing event pushed to the customer's WebSocket.
	app.post('/_emulator/chats/:contactId/agent-typing', async (c) => {
		const chat = namedChat(c);
		const body = c.req.header('content-type') ? await readJson(c) : {};
		return c.json(chats.agentTyping(chat, participantOf(body)), 201);
	});

	// How many of the customer's WebSockets have subscribed to the chat's events: pushes reach them.
	app.get('/_emulator/chats/:contactId/websockets', (c) => c.json({Subscribed: namedChat(c).webSockets.size}));

	// Every SendEvent/SendMessage attempt that reached the chat, faulted or not: retries show here.
	app.get('/_emulator/chats/:contactId/requests', (c) => c.json({Requests: namedChat(c).requests}));

	app.post('/_emulator/chats/:contactId/faults', async (c) => {
		const chat = namedChat(c);
		chat.faults.push(faultOf(await readJson(c)));
		return c.body(null, 204);
	});

	app.delete('/_emulator/chats/:contactId/faults', (c) => {
		namedChat(c).faults.length = 0;
		return c.body(null, 204);
	});

	app.post('/_emulator/chats/:contactId/expire', (c) => {
		chats.expire(namedChat(c));
		return c.body(null, 204);
	});

	app.post('/_emulator/chats/:contactId/end', (c) => {
		chats.end(namedChat(c));
		return c.body(null, 204);
	});
};
