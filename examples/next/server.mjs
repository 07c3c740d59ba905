// @ts-check
// Runs the built Next.js example (`next build examples/next`, which examples/build.mjs does) with
// `next start` on a free loopback port, its chat back end pointed at an emulator, and forwards the
// example's requests to it: the servers that serve the other examples (npm run examples, the test
// runner) serve it under /examples/next/ on their own origin, which the emulator approves.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

/** A loopback port nothing listens on. @returns {Promise<number>} */
const freePort = () =>
	new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});

/** Starts the example against the emulator at `emulatorUrl`; resolves once it answers. @param {string} emulatorUrl */
export const startNextExample = async (emulatorUrl) => {
	const port = await freePort();
	const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', 'examples/next', '--port', String(port), '--hostname', '127.0.0.1'], {
		env: {...process.env, CONNECT_ENDPOINT: emulatorUrl, NEXT_TELEMETRY_DISABLED: '1'},
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise((resolve, reject) => {
		next.stdout.on('data', (chunk) => String(chunk).includes('Ready') && resolve(undefined));
		next.once('exit', (code) => reject(new Error(`next start exited with ${code}: run \`node examples/build.mjs\` first`)));
	});
	const origin = `http://127.0.0.1:${port}`;
	return {
		/**
		 * The example's answer to a request for one of its paths (under /examples/next): uncompressed,
		 * and with no hop-by-hop headers, for the forwarding server to send on as it is.
		 * @param {Request} request
		 */
		forward: async (request) => {
			const {pathname, search} = new URL(request.url);
			const headers = new Headers(request.headers);
			headers.set('accept-encoding', 'identity');
			const answer = await fetch(`${origin}${pathname}${search}`, {method: request.method, headers, body: request.body, duplex: 'half', redirect: 'manual'});
			const answerHeaders = new Headers(answer.headers);
			for (const name of ['connection', 'keep-alive', 'transfer-encoding', 'content-length']) answerHeaders.delete(name);
			return new Response(answer.body, {status: answer.status, statusText: answer.statusText, headers: answerHeaders});
		},
		close: () => next.kill(),
	};
};
