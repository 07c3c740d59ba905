import {uuid} from '../utils/uuid.js';
import type {Clock} from './typing-schedule.js';

/** How an acknowledgement attempt ended. */
export type AcknowledgementResult = 'sent' | 'aborted' | {retryable: boolean; retryAfterMs?: number};

const maxBackoff = 60_000;
// The acknowledgement's state: owed (maybe after a backoff), an attempt in flight, or sent.
const owed = 0;
const sending = 1;
const done = 2;

/**
 * Owes `connection.acknowledged` once, for one token (a new token gets a new one). An attempt
 * that failed for a passing reason is due again after `Retry-After`, else 1 s, 2 s, 4 s … 60 s;
 * an aborted one (the element left the page) is due again at once. Every attempt carries the same
 * ClientToken, so the service keeps one acknowledgement however many attempts reached it.
 */
export class Acknowledgement {
	readonly #clock: Clock;
	#clientToken = uuid();
	#state: typeof owed | typeof sending | typeof done = owed;
	#dueAt = 0;
	#failures = 0;

	constructor(clock: Clock = Date.now) {
		this.#clock = clock;
	}

	/** Ms until an attempt is due: 0 for now, Infinity when none is owed. */
	dueIn(): number {
		return this.#state === owed ? Math.max(0, this.#dueAt - this.#clock()) : Infinity;
	}

	/** Starts an attempt; gives its ClientToken. */
	start(): string {
		this.#state = sending;
		return this.#clientToken;
	}

	/** Records how the attempt ended; gives the wait before the next attempt when one is owed. */
	settle(result: AcknowledgementResult): number | undefined {
		if (this.#state !== sending) return undefined;
		if (result === 'sent' || (result !== 'aborted' && !result.retryable)) {
			this.#state = done;
			return undefined;
		}
		this.#state = owed;
		const wait = result === 'aborted' ? 0 : (result.retryAfterMs ?? Math.min(maxBackoff, 1000 * 2 ** this.#failures++));
		this.#dueAt = this.#clock() + wait;
		return wait;
	}

	/** The browser is back online: an owed attempt is due now, not at the end of its backoff. */
	online(): void {
		if (this.#state === owed) this.#dueAt = 0;
	}

	/** Owes a new acknowledgement, now (`acknowledge()` asked for one). */
	renew(): void {
		this.#clientToken = uuid();
		this.#state = owed;
		this.#dueAt = 0;
	}
}
