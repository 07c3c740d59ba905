// A customer's Amazon Connect ChatJS 5 session against the emulator, as a page makes one: ChatJS
// loaded by its <script>, connected with the chat's ParticipantToken.
import {emulatorUrl, waitFor, type CustomerChat} from './emulator.js';
import {loadScript} from './target.js';

/** The part of ChatJS's global a page uses. */
interface ChatJs {
	ChatSession: {
		setGlobalConfig(config: object): void;
		create(options: object): ChatJsSession;
		SessionTypes: {CUSTOMER: string};
	};
	LogLevel: {ERROR: unknown};
}

/** A ChatJS customer session. */
export interface ChatJsSession {
	connect(): Promise<unknown>;
	disconnectParticipant(): Promise<unknown>;
	onTyping(handler: (event: {data: Record<string, string>}) => void): void;
	onMessage(handler: (event: {data: Record<string, string>}) => void): void;
	onEnded(handler: (event: unknown) => void): void;
	getChatDetails(): {participantId?: string; connectionDetails: {connectionToken: string}};
}

let chatjs: ChatJs | undefined;

/** A ChatJS customer session for the chat, once its WebSocket is up: what the agent does from then on reaches it. */
export const chatjsSession = async (chat: CustomerChat): Promise<ChatJsSession> => {
	const {contactId, participantToken} = chat;
	if (!chatjs) {
		await loadScript('/node_modules/amazon-connect-chatjs/dist/amazon-connect-chat.js');
		chatjs = (globalThis as unknown as {connect: ChatJs}).connect;
	}
	const {ChatSession, LogLevel} = chatjs;
	ChatSession.setGlobalConfig({region: 'us-east-1', endpoint: emulatorUrl, loggerConfig: {level: LogLevel.ERROR}});
	const session = ChatSession.create({
		chatDetails: {ContactId: contactId, ParticipantId: 'customer', ParticipantToken: participantToken},
		type: ChatSession.SessionTypes.CUSTOMER,
		options: {region: 'us-east-1'},
	});
	await session.connect();
	// connect() resolves before the WebSocket is up (so does onConnectionEstablished, once at the
	// connect and again at the socket's open): an event pushed before it subscribes never arrives.
	await waitFor(async () => (await chat.subscribedWebSockets()) > 0, "ChatJS's WebSocket subscribed to the chat");
	return session;
};
