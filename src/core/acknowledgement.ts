import {randomUuid} from '../utils/uuid.js';
import type {Clock} from './clock.js';

/** The acknowledgement of one token: owed (maybe after a backoff), in flight, sent, or given up after a failure that cannot pass. */
export type AcknowledgementState = 'owed' | 'in flight' | 'sent' | 'given up';

/** What the acknowledgement needs of a failure: whether it may pass, and the wait the service asked for. */
export interface AcknowledgementFailure {
	retryable: boolean;
	retryAfterMs?: number;
}

const firstBackoffMs = 1000;
const maxBackoffMs = 60_000;

/**
 * Owes `connection.acknowledged` once, for one token (a new token gets a new one). An attempt
 * that failed for a passing reason is due again after `Retry-After`, else 1 s, 2 s, 4 s … 60 s;
 * an aborted one (the element left the page) is due again at once. Every attempt carries the same
 * ClientToken, so the service keeps one acknowledgement however many attempts reached it.
 */
export class Acknowledgement {
	readonly #clock: Clock;
	#clientToken = randomUuid();
	#state: AcknowledgementState = 'owed';
	// When the owed attempt is due; undefined: at once.
	#dueAt?: number;
	#failures = 0;

	constructor(clock: Clock) {
		this.#clock = clock;
	}

	/** Ms until the owed attempt is due (0: now); undefined when none is owed. */
	dueInMs(): number | undefined {
		if (this.#state !== 'owed') return undefined;
		return this.#dueAt === undefined ? 0 : Math.max(0, this.#dueAt - this.#clock());
	}

	/** Whether an attempt is in flight (from any element with this connection). */
	get inFlight(): boolean {
		return this.#state === 'in flight';
	}

	/** Starts an attempt; gives its ClientToken. */
	start(): string {
		this.#state = 'in flight';
		return this.#clientToken;
	}

	/** The service took it. */
	delivered(): void {
		if (this.#state === 'in flight') this.#state = 'sent';
	}

	/** The attempt was cut off (the element left the page): owed again at once, with the same ClientToken. */
	aborted(): void {
		if (this.#state !== 'in flight') return;
		this.#state = 'owed';
		this.#dueAt = undefined;
	}

	/** The attempt failed: owed again after a wait when the failure may pass (gives the wait), never when it cannot. */
	failed({retryable, retryAfterMs}: AcknowledgementFailure): number | undefined {
		if (this.#state !== 'in flight') return undefined;
		if (!retryable) {
			this.#state = 'given up';
			return undefined;
		}
		const backoffMs = Math.min(maxBackoffMs, firstBackoffMs * 2 ** this.#failures++);
		const waitMs = retryAfterMs ?? backoffMs;
		this.#state = 'owed';
		this.#dueAt = this.#clock() + waitMs;
		return waitMs;
	}

	/** The browser is back online: an owed attempt is due now, not at the end of its backoff. */
	online(): void {
		this.#dueAt = undefined;
	}

	/** Owes a new acknowledgement, now (the page asked for one), with a new ClientToken. */
	renew(): void {
		this.#clientToken = randomUuid();
		this.#state = 'owed';
		this.#dueAt = undefined;
	}
}
