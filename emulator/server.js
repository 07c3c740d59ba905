// @ts-check
import {serve} from '@hono/node-server';
import {createApp} from './app.js';
import {Chats} from './chats.js';
import {Quotas} from './quotas.js';
import {attachWebSocket} from './websocket.js';

/** The origins the demo is served from, approved by default. */
export const demoOrigins = ['http://localhost:8040', 'http://127.0.0.1:8040'];

/**
 * Starts the emulator on loopback.
 * @param {{port?: number, hostname?: string, origins?: string[] | ((origin: string) => boolean),
 *   onRefusedOrigin?: (origin: string) => void, quotas?: Partial<import('./quotas.js').QuotaTable>, retryAfter?: boolean}
 *   & ConstructorParameters<typeof Chats>[0]} [options]
 *   `origins`: the approved page origins (CORS), `'*'` for any; `onRefusedOrigin`: told once per origin it refuses;
 *   `quotas`, `retryAfter`: what every account starts with (the published quotas, no Retry-After)
 */
export const startEmulator = async ({port = 0, hostname = '127.0.0.1', origins = demoOrigins, onRefusedOrigin, quotas, retryAfter, ...chatOptions} = {}) => {
	const chats = new Chats(chatOptions);
	const accountQuotas = new Quotas({quotas, retryAfter, now: chatOptions.now});
	const approves = typeof origins === 'function' ? origins : (/** @type {string} */ origin) => origins.includes('*') || origins.includes(origin);
	const refused = new Set();
	const isApprovedOrigin = (/** @type {string} */ origin) => {
		if (approves(origin)) return true;
		// No Origin header: not a page's cross-origin call (curl, a back end), nothing to approve.
		if (onRefusedOrigin && origin && !refused.has(origin)) onRefusedOrigin(origin);
		refused.add(origin);
		return false;
	};
	const app = createApp({chats, quotas: accountQuotas, isApprovedOrigin});
	/** @type {import('node:http').Server} */
	const server = await new Promise((resolve, reject) => {
		const started = /** @type {import('node:http').Server} */ (serve({fetch: app.fetch, port, hostname}, () => resolve(started)));
		started.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
			reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${hostname} is in use: stop what runs there, or choose another port.`) : error),
		);
	});
	const webSockets = attachWebSocket(server, chats);
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${address.port}`,
		chats,
		quotas: accountQuotas,
		close: () =>
			new Promise((resolve) => {
				for (const webSocket of webSockets.clients) webSocket.terminate();
				server.close(resolve);
				// Open event streams would hold the server forever.
				server.closeAllConnections();
			}),
	};
};
