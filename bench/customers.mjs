// @ts-check
// The contact center's customers, the same for every policy and for the bound: a seeded
// generator gives each one's keystrokes.
import {random} from './random.mjs';

/**
 * One customer's typing for `durationMs`: bursts of 3–15 s at about 5 keys/s, with 4–20 s between
 * them (reading the agent's answer), from a start within the first 10 s. Key times in ms from the start.
 * @param {number} seed @param {number} durationMs
 */
export const customerKeys = (seed, durationMs) => {
	const next = random(seed);
	/** @type {number[]} */ const keys = [];
	/** @type {[number, number][]} */ const bursts = [];
	for (let at = next() * 10_000; at < durationMs;) {
		const end = Math.min(durationMs, at + 3_000 + next() * 12_000);
		bursts.push([at, end]);
		for (let key = at; key < end; key += 150 + next() * 100) keys.push(key);
		at = end + 4_000 + next() * 16_000;
	}
	return {keys, bursts};
};
