import type {ChatParticipant} from '../core/others-typing.js';

/** A chat item as ChatJS hands it to `onTyping` and `onMessage` (the service's, as it came over the WebSocket). */
export interface ChatItem {
	ContentType?: string;
	Type?: string;
	ParticipantId?: string;
	DisplayName?: string;
	ParticipantRole?: string;
}

/** What the indicator needs of an Amazon Connect ChatJS session (`connect.ChatSession.create(…)`). */
export interface ChatSession {
	onTyping(handler: (event: {data: ChatItem}) => void): void;
	onMessage(handler: (event: {data: ChatItem}) => void): void;
	onEnded(handler: (event: unknown) => void): void;
	getChatDetails(): {participantId?: string};
}

/** What an indicator is told of a session's events. */
export interface SessionListener {
	typing(participant: ChatParticipant): void;
	messageArrived(participantId: string): void;
	chatEnded(): void;
}

const prefix = 'application/vnd.amazonaws.connect.event.';
// Items after which a participant is no longer typing: their message or attachment, their leaving.
const endsTyping = (item: ChatItem) => item.Type === 'MESSAGE' || item.Type === 'ATTACHMENT' || item.ContentType === `${prefix}participant.left`;

// The listeners of each session. ChatJS gives no way to stop hearing a session's events
// (`onTyping` returns nothing): each session is heard once, for the page's life, and indicators
// come and go from its set of listeners.
const listeners = new WeakMap<ChatSession, Set<SessionListener>>();

const hear = (session: ChatSession, heard: Set<SessionListener>) => {
	const each = (tell: (listener: SessionListener) => void) => heard.forEach(tell);
	session.onTyping(({data}) => data.ParticipantId && each((listener) => listener.typing({participantId: data.ParticipantId!, displayName: data.DisplayName, role: data.ParticipantRole})));
	session.onMessage(({data}) => {
		if (data.ContentType === `${prefix}chat.ended`) each((listener) => listener.chatEnded());
		else if (data.ParticipantId && endsTyping(data)) each((listener) => listener.messageArrived(data.ParticipantId!));
	});
	session.onEnded(() => each((listener) => listener.chatEnded()));
};

/** Tells `listener` the session's typing, messages and end, until the function it gives is called. */
export const listenToSession = (session: ChatSession, listener: SessionListener): (() => void) => {
	let heard = listeners.get(session);
	if (!heard) {
		heard = new Set();
		listeners.set(session, heard);
		hear(session, heard);
	}
	heard.add(listener);
	return () => heard.delete(listener);
};
