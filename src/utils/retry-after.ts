/** A `Retry-After` header in ms (delay-seconds or an HTTP date); undefined when absent or unreadable. */
export const parseRetryAfter = (value: string | null, now = Date.now()): number | undefined => {
	if (!value) return undefined;
	const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
	return Number.isNaN(ms) ? undefined : Math.max(0, ms);
};
