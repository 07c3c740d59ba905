#!/usr/bin/env node
// @ts-check
// npm run emulator -- [--port 8041] [--host 127.0.0.1] [--origin http://localhost:8040 ...]
import {parseArgs} from 'node:util';
import {demoOrigins, startEmulator} from './server.js';

const {values} = parseArgs({
	options: {
		port: {type: 'string', default: process.env.EMULATOR_PORT ?? '8041'},
		host: {type: 'string', default: '127.0.0.1'},
		origin: {type: 'string', multiple: true, default: demoOrigins},
	},
});
try {
	const emulator = await startEmulator({
		port: Number(values.port),
		hostname: values.host,
		origins: values.origin,
		onRefusedOrigin: (origin) => console.warn(`Refused a request from ${origin}, not an approved origin: to allow it, start with --origin ${origin}`),
	});
	console.log(`Participant Service emulator: ${emulator.url} (approved origins: ${values.origin.join(', ')})`);
} catch (error) {
	console.error(`The emulator did not start: ${/** @type {Error} */ (error).message} (--port sets it)`);
	process.exit(1);
}
