// @ts-check
// What the agent sees: Amazon Connect's chat interface shows "typing…" on a typing event and
// hides it 12 s after the last one.
const indicatorMs = 12_000;

/**
 * How long the indicator was on within the spans [from, to), in ms, given when typing events
 * reached the agent.
 * @param {[number, number][]} spans @param {number[]} events
 */
export const shownMs = (spans, events) => {
	const sorted = [...events].sort((a, b) => a - b);
	let shown = 0;
	for (const [from, to] of spans) {
		let until = from;
		for (const at of sorted) {
			const start = Math.max(at, until);
			const end = Math.min(at + indicatorMs, to);
			if (end > start) shown += end - start;
			until = Math.max(until, end);
		}
	}
	return shown;
};
