// npm start: the emulator, and the demo page served beside it, on loopback.
import {execFile} from 'node:child_process';
import {serve} from '@hono/node-server';
import {serveStatic} from '@hono/node-server/serve-static';
import {Hono} from 'hono';
import {startEmulator} from '../emulator/server.js';
import {contentSecurityPolicy} from './content-security-policy.js';

const port = Number(process.env.PORT ?? 8040);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 8041);
const demoUrl = `http://localhost:${port}/`;

const emulator = await startEmulator({port: emulatorPort, origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`]});

const app = new Hono();
app.use(async (c, next) => {
	await next();
	c.res.headers.set('content-security-policy', contentSecurityPolicy(emulator.url));
});
app.get('/config.json', (c) => c.json({emulatorUrl: emulator.url}));
app.use('/dist/*', serveStatic({root: './'}));
app.use('/emulator/controls.js', serveStatic({root: './'}));
app.use('/*', serveStatic({root: './demo'}));
serve({fetch: app.fetch, port, hostname: '127.0.0.1'});

console.log(`\n  connect-typing-notifier demo: ${demoUrl}\n  (Participant Service emulator: ${emulator.url}; Ctrl+C to stop)\n`);

// Open it where there is a desktop to open it on.
const opener = {darwin: 'open', win32: 'explorer'}[process.platform] ?? ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && 'xdg-open');
if (opener && !process.env.CI) execFile(opener, [demoUrl], () => {});
