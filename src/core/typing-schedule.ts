/** Milliseconds since some fixed point: `Date.now` on a page, a fake in tests. */
export type Clock = () => number;

/**
 * Decides which inputs become typing events. The first change of the text is sent at once
 * (leading edge); while the text keeps changing, at most one more per `interval`. Nothing is
 * sent for inputs that leave the text as it was, or that clear it, nor during a pause after a
 * throttled event. Each message starts with a leading edge: once the text is empty (the message
 * was sent, or the customer erased it), the next change is sent at once, even within the interval.
 */
export class TypingSchedule {
	/** Least time between two typing events, in ms; a change applies to the next event. */
	interval: number;

	readonly #clock: Clock;
	#text = '';
	#sentAt = -Infinity;
	#pausedUntil = -Infinity;

	constructor(interval: number, clock: Clock = Date.now) {
		this.interval = interval;
		this.#clock = clock;
	}

	/** Reports the field's text after an input; true when a typing event is due now. */
	input(text: string): boolean {
		const changed = text !== this.#text;
		this.seen(text);
		this.#text = text;
		return changed && text !== '' && this.due();
	}

	/**
	 * Reports the field's text seen without an input (at a key press, after a form submit): a page
	 * that sends a message clears the field in script, and empty text is the end of a message.
	 */
	seen(text: string): void {
		if (!text) this.restart();
	}

	/**
	 * Sends the next change at once: a message was sent (the agent's UI hides the typing indicator
	 * when it arrives), or the browser is back online (the last event may not have arrived).
	 * Changes no throttle's pause.
	 */
	restart(): void {
		this.#text = '';
		this.#sentAt = -Infinity;
	}

	/** True, and starts a new interval, when a typing event may be sent now. */
	due(): boolean {
		const now = this.#clock();
		if (now < this.#sentAt + this.interval || now < this.#pausedUntil) return false;
		this.#sentAt = now;
		return true;
	}

	/**
	 * A typing event was throttled: nothing is sent for the service's `Retry-After`, else for one
	 * interval. The quota is the account's, shared by every customer typing: a shorter pause
	 * (0.5 s backoff, doubling) kept the agent's indicator on no longer and doubled the requests
	 * (bench/scale.mjs).
	 * @returns the pause, in ms
	 */
	throttled(retryAfterMs = this.interval): number {
		this.pauseUntil(this.#clock() + retryAfterMs);
		return retryAfterMs;
	}

	/** Holds every typing event until `time`; never shortens a longer pause. */
	pauseUntil(time: number): void {
		this.#pausedUntil = Math.max(this.#pausedUntil, time);
	}
}
