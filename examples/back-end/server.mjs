// @ts-check
// A minimal back end and its page, on http://localhost:8042/:
//   against the emulator:  npm run emulator -- --origin http://localhost:8042
//                          CONNECT_ENDPOINT=http://127.0.0.1:8041 node examples/back-end/server.mjs
//   against AWS:           AWS_REGION=… CONNECT_INSTANCE_ID=… CONNECT_CONTACT_FLOW_ID=… node examples/back-end/server.mjs
// (npm run build first: the page loads dist/connect-typing-notifier.min.js.)
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {connectSettings, startChatContact} from '../../back-end/start-chat-contact.mjs';

const port = Number(process.env.PORT ?? 8042);
const settings = connectSettings();
const files = {
	'/': ['examples/back-end/index.html', 'text/html'],
	'/main.js': ['examples/back-end/main.js', 'text/javascript'],
	'/connect-typing-notifier.min.js': ['dist/connect-typing-notifier.min.js', 'text/javascript'],
};

createServer(async (request, response) => {
	try {
		if (request.method === 'POST' && request.url === '/chat') {
			const chat = await startChatContact(settings, 'Customer');
			response.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(chat));
			return;
		}
		const file = files[/** @type {keyof typeof files} */ (request.url ?? '')];
		if (!file) return void response.writeHead(404).end();
		response.writeHead(200, {'content-type': file[1]}).end(await readFile(file[0]));
	} catch (error) {
		// Say what failed, never the credentials or a token.
		response.writeHead(502, {'content-type': 'application/json'}).end(JSON.stringify({message: /** @type {Error} */ (error).message}));
	}
})
	.once('error', (error) => {
		console.error(`The example did not start: ${/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE' ? `port ${port} is in use (PORT sets another)` : error.message}`);
		process.exit(1);
	})
	.listen(port, '127.0.0.1', () => console.log(`Back-end example: http://localhost:${port}/ (${settings.endpoint ? `emulator at ${settings.endpoint}` : `Amazon Connect in ${settings.region}`})`));
