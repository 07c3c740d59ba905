#!/usr/bin/env node
// @ts-check
// npm run emulator -- [--port 8041] [--host 127.0.0.1] [--origin http://localhost:8040 ...]
//   [--quota SendEvent=10/15 ...] [--retry-after]
import {parseArgs} from 'node:util';
import {operations, parseQuota} from './quotas.js';
import {demoOrigins, startEmulator} from './server.js';

const fail = (/** @type {string} */ message) => {
	console.error(`The emulator did not start: ${message}`);
	process.exit(1);
};

const {values} = parseArgs({
	options: {
		port: {type: 'string', default: process.env.EMULATOR_PORT ?? '8041'},
		host: {type: 'string', default: '127.0.0.1'},
		origin: {type: 'string', multiple: true, default: demoOrigins},
		// Operation=perSecond/burst, for every account: the published quotas otherwise.
		quota: {type: 'string', multiple: true, default: []},
		// Send Retry-After on 429s, which no source shows the service doing.
		'retry-after': {type: 'boolean', default: false},
	},
});
/** @type {Partial<import('./quotas.js').QuotaTable>} */
const quotas = {};
for (const setting of values.quota) {
	const [operation, quota = ''] = setting.split('=');
	const known = operations.find((name) => name === operation);
	if (!known) fail(`--quota ${setting}: the operation is one of ${operations.join(', ')}`);
	try {
		quotas[/** @type {import('./quotas.js').Operation} */ (known)] = parseQuota(quota);
	} catch {
		fail(`--quota ${setting}: write it as ${operation}=<per second>/<burst>, e.g. ${operation}=10/15`);
	}
}
try {
	const emulator = await startEmulator({
		port: Number(values.port),
		hostname: values.host,
		origins: values.origin,
		quotas,
		retryAfter: values['retry-after'],
		onRefusedOrigin: (origin) => console.warn(`Refused a request from ${origin}, not an approved origin: to allow it, start with --origin ${origin}`),
	});
	const table = Object.entries(emulator.quotas.defaults.quotas).map(([operation, {perSecond, burst}]) => `${operation} ${perSecond}/s burst ${burst}`);
	console.log(`Participant Service emulator: ${emulator.url} (approved origins: ${values.origin.join(', ')})`);
	console.log(`Quotas per account: ${table.join(', ')}; Retry-After on 429: ${values['retry-after'] ? 'yes' : 'no'}`);
} catch (error) {
	fail(`${/** @type {Error} */ (error).message} (--port sets it)`);
}
