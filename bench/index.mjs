// @ts-check
// npm run bench: the browser table, then a short contact-center scale run (npm run bench:scale
// has the full one). Says first how long it takes; a stage that fails or is stopped ends the
// bench with its exit code, and the next one does not start.
import {spawn} from 'node:child_process';
import {once} from 'node:events';

/** The stages, with what they took on a 2-core machine. */
const stages = [
	{args: ['bench/run.mjs'], about: 'the browser table beside the AWS SDK and ChatJS, about 1½ minutes'},
	{args: ['bench/scale.mjs', '--seconds', '30', '--customers', '100,200'], about: 'contact-center scale at 100 and 200 customers for 30 s, about 2 minutes'},
];

process.stderr.write(`npm run bench takes about 4 minutes:\n${stages.map(({about}, index) => `  ${index + 1}. ${about}`).join('\n')}\n`);
for (const [index, {args, about}] of stages.entries()) {
	process.stderr.write(`\n== stage ${index + 1}/${stages.length}: ${about}\n`);
	const child = spawn(process.execPath, args, {stdio: 'inherit'});
	// Ctrl+C reaches the stage too (one process group): wait for it to end, then end with it.
	process.on('SIGINT', () => {});
	const [code, signal] = await once(child, 'exit');
	if (code !== 0) {
		process.stderr.write(`\nStage ${index + 1} ${signal ? `was stopped (${signal})` : `failed (exit ${code})`}: the bench stops here.\n`);
		process.exit(code || 1);
	}
}
