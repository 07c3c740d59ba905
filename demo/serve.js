// npm start and npm run examples: the emulator, and the demo and the examples served beside it,
// on loopback. PORT (8040) and EMULATOR_PORT (8041) move them.
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createAdaptorServer} from '@hono/node-server';
import {serveStatic} from '@hono/node-server/serve-static';
import {Hono} from 'hono';
import {startEmulator} from '../emulator/server.js';
import {emulatorChatStarter} from '../back-end/start-chat-contact.mjs';
import {startNextExample} from '../examples/next/server.mjs';
import {contentSecurityPolicy} from './content-security-policy.js';

const port = Number(process.env.PORT ?? 8040);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 8041);
const origin = `http://localhost:${port}`;
const examples = ['plain-html', 'vue', 'angular', 'react', 'chatjs', 'alpine', 'next'];

const fail = (message) => {
	console.error(`The demo did not start: ${message}`);
	process.exit(1);
};

const emulator = await startEmulator({
	port: emulatorPort,
	origins: [origin, `http://127.0.0.1:${port}`],
	onRefusedOrigin: (refused) => console.warn(`The emulator refused a request from ${refused}: open the pages at ${origin}/`),
}).catch((error) => fail(`${error.message} (EMULATOR_PORT sets the emulator's port)`));

const app = new Hono();
// The demo runs under a strict policy. The examples do not: Vue's in-browser template compiler
// and Angular's just-in-time compiler need eval, which a production build would not.
app.use(async (c, next) => {
	await next();
	if (!c.req.path.startsWith('/examples/')) c.res.headers.set('content-security-policy', contentSecurityPolicy(emulator.url));
});
// The pages find the emulator here, so their addresses need no ?emulator=.
app.get('/config.json', (c) => c.json({emulatorUrl: emulator.url}));
// The pages' back end: StartChatContact with the official AWS SDK, as a production back end calls it.
const startEmulatorChat = emulatorChatStarter(emulator.url);
app.post('/chat', async (c) => c.json(await startEmulatorChat(await c.req.json().catch(() => ({})))));
// The Next.js example runs under `next start`, started by its first request, and is served here.
let nextExample;
app.all('/examples/next/*', async (c, next) => {
	if (!existsSync('examples/next/.next')) return next();
	nextExample ??= startNextExample(emulator.url);
	return (await nextExample).forward(c.req.raw);
});
app.use('/dist/*', serveStatic({root: './'}));
app.use('/emulator/controls.js', serveStatic({root: './'}));
app.use('/examples/*', serveStatic({root: './'}));
app.use('/*', serveStatic({root: './demo'}));

const server = createAdaptorServer({fetch: app.fetch});
server.once('error', (error) => fail(error.code === 'EADDRINUSE' ? `port ${port} is in use: stop what runs there, or set PORT` : error.message));
server.listen(port, '127.0.0.1', () => {
	// examples/back-end runs its own server (examples/back-end/server.mjs).
	const built = examples.filter((name) => name === 'plain-html' || ['dist/main.js', 'dist/alpine.min.js', '.next'].some((file) => existsSync(`examples/${name}/${file}`)));
	console.log(`
  connect-typing-notifier demo: ${origin}/
  examples: ${built.map((name) => `${origin}/examples/${name}/`).join('\n            ') || 'npm run examples builds and serves them'}
  (Participant Service emulator: ${emulator.url}; Ctrl+C to stop)
`);
	// Open the demo where there is a desktop to open it on.
	const opener = {darwin: 'open', win32: 'explorer'}[process.platform] ?? ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && 'xdg-open');
	if (opener && !process.env.CI && !process.argv.includes('--no-open')) execFile(opener, [`${origin}/`], () => {});
});
