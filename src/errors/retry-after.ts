/** The longest wait the element keeps for an answer's `Retry-After`: a longer one counts as this. */
export const maxRetryAfterMs = 60_000;

/**
 * How long an answer asks the caller to wait before trying again, in ms: its `Retry-After`
 * (seconds, or an HTTP date) on a 429 or a 503, as the AWS SDKs read it, at most a minute.
 * Undefined when it asks nothing.
 */
export const retryAfterOf = ({status, headers}: Response): number | undefined => {
	const value = headers.get('Retry-After');
	if (!value || (status !== 429 && status !== 503)) return undefined;
	const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
	return Number.isNaN(ms) ? undefined : Math.min(maxRetryAfterMs, Math.max(0, ms));
};
