// @ts-check
// Just enough of the chat WebSocket for ChatJS: topic subscriptions succeed, heartbeats are
// answered, and once a socket subscribes to `aws/chat` the chat's events are pushed on it as the
// service pushes them (CreateParticipantConnection: "connect to the returned websocket URL and
// subscribe to the desired topic"). Events before the subscription are not pushed.
import {WebSocketServer} from 'ws';

export const webSocketPath = '/websocket';

/** @param {import('node:http').Server} server @param {import('./chats.js').Chats} chats */
export const attachWebSocket = (server, chats) => {
	const sockets = new WebSocketServer({noServer: true, maxPayload: 64 * 1024});
	server.on('upgrade', (request, socket, head) => {
		if (!request.url?.startsWith(webSocketPath)) return socket.destroy();
		const chat = chats.chatOfConnection(new URL(request.url, 'http://emulator').searchParams.get('token') ?? '');
		if (!chat) return socket.destroy();
		sockets.handleUpgrade(request, socket, head, (webSocket) => {
			// ChatJS keeps only the events of its own contact.
			const push = (/** @type {import('./chats.js').ChatEvent} */ event) =>
				webSocket.send(JSON.stringify({topic: 'aws/chat', contentType: 'application/json', content: JSON.stringify({...event, ContactId: chat.contactId, InitialContactId: chat.contactId})}));
			webSocket.on('close', () => {
				chat.listeners.delete(push);
				chat.webSockets.delete(webSocket);
			});
			webSocket.on('message', (data) => {
				let message;
				try {
					message = JSON.parse(String(data));
				} catch {
					return;
				}
				if (message?.topic === 'aws/subscribe') {
					if (message.content?.topics?.includes?.('aws/chat') && !chat.webSockets.has(webSocket)) {
						chat.webSockets.add(webSocket);
						chat.listeners.add(push);
					}
					webSocket.send(JSON.stringify({topic: 'aws/subscribe', content: {status: 'success', topics: message.content?.topics ?? []}}));
				} else if (message?.topic === 'aws/heartbeat' || message?.topic === 'aws/ping') {
					webSocket.send(JSON.stringify({topic: message.topic}));
				}
			});
		});
	});
	return sockets;
};
