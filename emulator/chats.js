// @ts-check
// The emulator's state: chats, their participant and connection tokens, the events they
// received, idempotency records and injected faults. Throttling is the account's (quotas.js).
import {randomBytes, randomUUID} from 'node:crypto';
import {ServiceError} from './model.js';

/**
 * @typedef {import('./types.js').Attempt} Attempt @typedef {import('./types.js').Fault} Fault @typedef {import('./types.js').ChatEvent} ChatEvent
 * @typedef {{token: string, expiresAt: number,
 *   seen: Map<string, {request: string, output: {Id: string, AbsoluteTime: string}, at: number}>}} Connection
 * @typedef {{contactId: string, participantId: string, participantToken: string, account: string, ended: boolean,
 *   acknowledged: boolean, events: ChatEvent[], faults: Fault[],
 *   requests: Attempt[], participants: number,
 *   listeners: Set<(event: ChatEvent) => void>, webSockets: Set<object>, connections: Connection[]}} Chat
 */

const token = () => randomBytes(48).toString('base64url');

/** @typedef {{ParticipantId: string, DisplayName: string, ParticipantRole: string}} OtherParticipant a participant of the chat besides the customer */
/** The chat's agent, unless a control names another participant. @type {OtherParticipant} */
const agent = {ParticipantId: 'agent', DisplayName: 'Agent', ParticipantRole: 'AGENT'};
const denied = () => new ServiceError(403, 'AccessDeniedException', 'You do not have sufficient access to perform this action.');

export class Chats {
	/** @type {Map<string, Chat>} */ #byContact = new Map();
	/** @type {Map<string, Chat>} */ #byParticipantToken = new Map();
	/** @type {Map<string, {chat: Chat, connection: Connection}>} */ #byConnectionToken = new Map();

	/**
	 * @param {{tokenLifetimeMs?: number, idempotencyWindowMs?: number, now?: () => number}} [options]
	 */
	constructor({tokenLifetimeMs = 24 * 3600_000, idempotencyWindowMs = 3600_000, now = Date.now} = {}) {
		this.tokenLifetimeMs = tokenLifetimeMs;
		this.idempotencyWindowMs = idempotencyWindowMs;
		this.now = now;
	}

	/** Starts a chat, as StartChatContact does, in the account whose quotas its calls use. @param {string} account */
	create(account) {
		/** @type {Chat} */
		const chat = {
			contactId: randomUUID(),
			participantId: randomUUID(),
			participantToken: token(),
			account,
			ended: false,
			acknowledged: false,
			events: [],
			faults: [],
			requests: [],
			// The customer and the agent.
			participants: 2,
			listeners: new Set(),
			// The WebSockets subscribed to the chat's topic (websocket.js).
			webSockets: new Set(),
			connections: [],
		};
		this.#byContact.set(chat.contactId, chat);
		this.#byParticipantToken.set(chat.participantToken, chat);
		return chat;
	}

	/** @param {string} contactId */
	get(contactId) {
		return this.#byContact.get(contactId);
	}

	/** The chat a ParticipantToken opens; 403 when unknown or ended. @param {string} participantToken */
	byParticipantToken(participantToken) {
		const chat = this.#byParticipantToken.get(participantToken);
		if (!chat || chat.ended) throw denied();
		return chat;
	}

	/** A live connection; 403 when the token is unknown, expired, or its chat ended. @param {string} connectionToken */
	byConnectionToken(connectionToken) {
		const found = this.#byConnectionToken.get(connectionToken);
		if (!found || found.chat.ended || found.connection.expiresAt <= this.now()) throw denied();
		return found;
	}

	/**
	 * Notes an attempt on the chat that issued this connection token, even one that will be
	 * refused: what the tests count retries and ClientTokens with, and the demo shows.
	 * Gives the record, for the answer to be added to it.
	 * @param {string} connectionToken @param {{operation: string, contentType: unknown, clientToken: unknown}} request
	 * @returns {Attempt | undefined}
	 */
	logRequest(connectionToken, request) {
		const chat = this.#byConnectionToken.get(connectionToken)?.chat;
		if (!chat) return undefined;
		const attempt = {...request, at: this.now()};
		chat.requests.push(attempt);
		return attempt;
	}

	/** Mints a ConnectionToken (CreateParticipantConnection). @param {Chat} chat */
	connect(chat) {
		/** @type {Connection} */
		const connection = {token: token(), expiresAt: this.now() + this.tokenLifetimeMs, seen: new Map()};
		chat.connections.push(connection);
		this.#byConnectionToken.set(connection.token, {chat, connection});
		return connection;
	}

	/** Expires every connection token of a chat now. @param {Chat} chat */
	expire(chat) {
		for (const connection of chat.connections) connection.expiresAt = this.now();
	}

	/**
	 * Ends the chat, as an agent's disconnect or a flow does: its tokens get 403, and the chat's
	 * end is pushed to its WebSocket (ChatJS raises `onEnded` on it).
	 * @param {Chat} chat
	 */
	end(chat) {
		if (chat.ended) return;
		chat.ended = true;
		this.#append(chat, {Type: 'EVENT', ContentType: 'application/vnd.amazonaws.connect.event.chat.ended', ParticipantRole: 'SYSTEM', ParticipantId: 'system'});
	}

	/**
	 * Idempotency: the earlier output for the same ClientToken and request, 409 for the same
	 * ClientToken with another request, undefined for a new one.
	 * @param {Connection} connection @param {string | undefined} clientToken @param {string} request
	 */
	replay(connection, clientToken, request) {
		if (!clientToken) return undefined;
		const seen = connection.seen.get(clientToken);
		if (!seen || seen.at + this.idempotencyWindowMs <= this.now()) return undefined;
		if (seen.request !== request) {
			throw new ServiceError(409, 'ConflictException', 'ClientToken was already used with a different request.');
		}
		return seen.output;
	}

	/**
	 * Records an event or message in the chat's transcript and tells its listeners.
	 * @param {Chat} chat @param {Connection} connection
	 * @param {{type: string, contentType: string, content?: string, clientToken?: string, request: string}} input
	 */
	record(chat, connection, {type, contentType, content, clientToken, request}) {
		const event = this.#append(chat, {
			Type: type,
			ContentType: contentType,
			...(content === undefined ? {} : {Content: content}),
			ParticipantRole: 'CUSTOMER',
			ParticipantId: chat.participantId,
			...(clientToken ? {ClientToken: clientToken} : {}),
		});
		const output = {Id: event.Id, AbsoluteTime: event.AbsoluteTime};
		if (clientToken) connection.seen.set(clientToken, {request, output, at: this.now()});
		return output;
	}

	/**
	 * Puts an event in the chat's transcript, with its id and time, and tells the listeners.
	 * @param {Chat} chat @param {Omit<ChatEvent, 'Id' | 'AbsoluteTime'>} fields
	 */
	#append(chat, fields) {
		/** @type {ChatEvent} */
		const event = {Id: randomUUID(), AbsoluteTime: new Date(this.now()).toISOString(), ...fields};
		chat.events.push(event);
		for (const listener of chat.listeners) listener(event);
		return event;
	}

	/**
	 * A message from the agent (or another participant: a bot, a supervisor), as their own client
	 * would send it (the emulator has no agent side otherwise).
	 * @param {Chat} chat @param {string} content @param {OtherParticipant} [participant]
	 */
	agentMessage(chat, content, participant = agent) {
		return this.#append(chat, {Type: 'MESSAGE', ContentType: 'text/plain', Content: content, ...participant});
	}

	/**
	 * The agent (or another participant) is typing, as their client tells the service: pushed to
	 * the customer's WebSocket (ChatJS `onTyping`). No "stopped typing" exists.
	 * @param {Chat} chat @param {OtherParticipant} [participant]
	 */
	agentTyping(chat, participant = agent) {
		return this.#append(chat, {Type: 'EVENT', ContentType: 'application/vnd.amazonaws.connect.event.typing', ...participant});
	}

	/** The chat a ConnectionToken belongs to, if the token is current. @param {string} connectionToken */
	chatOfConnection(connectionToken) {
		try {
			return this.byConnectionToken(connectionToken).chat;
		} catch {
			return undefined;
		}
	}

	/** The first fault queued for this operation, used up once. @param {Chat} chat @param {string} operation */
	takeFault(chat, operation) {
		const fault = chat.faults.find((candidate) => candidate.operation === operation || candidate.operation === '*');
		if (!fault) return undefined;
		if (--fault.times <= 0) chat.faults.splice(chat.faults.indexOf(fault), 1);
		return fault;
	}
}
