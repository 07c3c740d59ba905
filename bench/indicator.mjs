// @ts-check
// What the agent sees: Amazon Connect's chat interface shows "typing…" on a typing event and
// hides it 12 s after the last one, or when a message from the customer arrives.
export const indicatorMs = 12_000;

/** How long the spans [from, to) last together, in ms. @param {[number, number][]} spans */
export const spanMs = (spans) => spans.reduce((sum, [from, to]) => sum + (to - from), 0);

/**
 * How long the indicator was on within the spans [from, to), in ms, given when typing events
 * reached the agent and when the customer's messages did.
 * @param {[number, number][]} spans @param {number[]} events @param {number[]} [messages]
 */
export const shownMs = (spans, events, messages = []) => {
	const sorted = [...events].sort((a, b) => a - b);
	/** An event's indicator hides after 12 s, or at the first message after it. @param {number} at */
	const hiddenAt = (at) => Math.min(at + indicatorMs, ...messages.filter((message) => message > at));
	let shown = 0;
	for (const [from, to] of spans) {
		let until = from;
		for (const at of sorted) {
			const start = Math.max(at, until);
			const end = Math.min(hiddenAt(at), to);
			if (end > start) shown += end - start;
			until = Math.max(until, end);
		}
	}
	return shown;
};
