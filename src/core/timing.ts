/** The agent's chat UI hides "typing…" this long after the last typing event (the service contract). */
export const indicatorMs = 12_000;

/** Time allowed for each request, in ms: a round trip longer than this could not have happened. */
export const requestTimeoutMs = 5000;
