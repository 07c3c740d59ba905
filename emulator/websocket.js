// @ts-check
// Just enough of the chat WebSocket for clients that will not send without it (ChatJS):
// topic subscriptions succeed and heartbeats are answered. Chat messages are not pushed here;
// /_emulator/chats/{id}/stream carries them.
import {WebSocketServer} from 'ws';

export const webSocketPath = '/websocket';

/** @param {import('node:http').Server} server */
export const attachWebSocket = (server) => {
	const sockets = new WebSocketServer({noServer: true, maxPayload: 64 * 1024});
	server.on('upgrade', (request, socket, head) => {
		if (!request.url?.startsWith(webSocketPath)) return socket.destroy();
		sockets.handleUpgrade(request, socket, head, (webSocket) => {
			webSocket.on('message', (data) => {
				let message;
				try {
					message = JSON.parse(String(data));
				} catch {
					return;
				}
				if (message?.topic === 'aws/subscribe') {
					webSocket.send(JSON.stringify({topic: 'aws/subscribe', content: {status: 'success', topics: message.content?.topics ?? []}}));
				} else if (message?.topic === 'aws/heartbeat' || message?.topic === 'aws/ping') {
					webSocket.send(JSON.stringify({topic: message.topic}));
				}
			});
		});
	});
	return sockets;
};
