// @ts-check
// What is possible at all on one account's quota, as a reference for the policies: one scheduler
// for the whole account that sees every customer's keystrokes as they happen (no foresight) and
// spends the bucket's tokens on the typing customers whose indicator is off (the one who began
// typing last first), or lapses soonest, just in time. A simulation over the same customers, not
// a client: nothing is sent.
import {indicatorMs, shownMs, spanMs} from './indicator.mjs';

const stepMs = 2;
// A customer whose last key is older than this has stopped typing: the scheduler no longer spends on them.
const typingGapMs = 500;
// A typing customer's indicator that lapses within this (plus the round trip) is refreshed now,
// at a key, if a token is there: keys come 150–250 ms apart, so waiting for the last one would leave gaps.
const refreshAheadMs = 300;

/**
 * @param {{keys: number[], bursts: [number, number][]}[]} customers
 * @param {{durationMs: number, perSecond: number, burst: number, roundTripMs: number}} options
 */
export const upperBound = (customers, {durationMs, perSecond, burst, roundTripMs}) => {
	const states = customers.map(({keys, bursts}) => ({
		keys,
		bursts,
		next: 0,
		lastKey: -Infinity,
		// When the current stretch of typing began (a key after a pause).
		typingSince: -Infinity,
		shownUntil: -Infinity,
		/** @type {number[]} */ delivered: [],
	}));
	/** @type {Set<(typeof states)[number]>} */ const wanting = new Set();
	let tokens = burst;
	let sent = 0;
	for (let now = 0; now < durationMs; now += stepMs) {
		tokens = Math.min(burst, tokens + (perSecond * stepMs) / 1000);
		for (const state of states) {
			for (let key = state.keys[state.next]; key !== undefined && key <= now; key = state.keys[++state.next]) {
				if (key - state.lastKey > typingGapMs) state.typingSince = key;
				state.lastKey = key;
				// Off, or about to be: this customer wants an event.
				if (state.shownUntil <= now + roundTripMs + refreshAheadMs) wanting.add(state);
			}
		}
		for (const state of wanting) if (state.lastKey < now - typingGapMs) wanting.delete(state);
		// Whom a token goes to first: an indicator that is off, of the customer who began typing last
		// (the most of a burst is ahead of them, as far as anyone can know now); then the one that lapses soonest.
		const priority = (/** @type {(typeof states)[number]} */ state) => (state.shownUntil <= now + roundTripMs ? -1e12 - state.typingSince : state.shownUntil);
		while (tokens >= 1 && wanting.size) {
			const chosen = [...wanting].reduce((best, candidate) => (priority(candidate) < priority(best) ? candidate : best));
			wanting.delete(chosen);
			tokens--;
			sent++;
			chosen.delivered.push(now + roundTripMs);
			chosen.shownUntil = now + roundTripMs + indicatorMs;
		}
	}
	let typingMs = 0;
	let covered = 0;
	for (const {bursts, delivered} of states) {
		typingMs += spanMs(bursts);
		covered += shownMs(bursts, delivered);
	}
	return {offered: sent / (durationMs / 1000), coverage: covered / typingMs, typingAtOnce: typingMs / durationMs};
};
