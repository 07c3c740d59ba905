import {pageClock, type Clock} from './clock.js';
import {indicatorMs, requestTimeoutMs} from './timing.js';
import {hasVisibleText} from './visible-text.js';

export interface TypingScheduleOptions {
	/** The longest time between two typing events while the text keeps changing; see `interval`. */
	interval?: number;
	/** The page's clock (monotonic, counting a sleep) by default; a fake in tests. */
	clock?: Clock;
	/** A number in [0, 1): `Math.random` on a page, a fixed one in tests. */
	random?: () => number;
}

/** A typing event the schedule allowed: when it started, and how long its retries may go on (until the next refresh). */
export interface TypingAttempt {
	readonly startedAt: number;
	readonly retryWithinMs: number;
}

/** What the schedule needs of a failed attempt: whether the service throttled it, and the wait it asked for. */
export interface TypingFailure {
	throttled: boolean;
	retryAfterMs?: number;
}

/** The longest time between two typing events while the text keeps changing, unless the page sets one. */
export const defaultInterval = 11_500;
// A refresh reaches the agent this long before the indicator hides, after the slowest recent round trip.
const marginMs = 250;
// An edit this long after the last one starts a new burst of typing.
const burstGapMs = 1000;
// However slow the network, a refresh comes no sooner than this after the last event.
const minRefreshMs = 1000;
// A throttle's cool-down when the service names none: 0.5 s plus up to 0.5 s of jitter.
const coolDownMs = 500;
// Throttling slows the refresh down by 1 s per 429, and each delivered event takes 0.25 s of it
// back, up to 4.5 s; slowed down by more than 2.5 s, there is no refresh, only a new burst or message.
const slowdownStepMs = 1000;
const recoveryStepMs = 250;
const maxSlowdownMs = 4500;
const noRefreshAboveMs = 2500;
// After a throttle while the indicator was off, keys may try again this long after the cool-down.
const keysRetryMs = 500;

/** Whether `time` is set and `now` has not reached it. */
const before = (now: number, time: number | undefined) => time !== undefined && now < time;

/**
 * Decides when typing events go, for one customer of an account whose SendEvent quota every chat
 * shares (docs/behaviour.md, "Under the shared quota"). The first change of a message, or of a
 * new burst, is sent at once; while the text keeps changing, the agent's indicator
 * (hidden 12 s after an event) is refreshed as late as is safe: `interval` after the last event
 * shown, sooner when the slowest recent round trip would make it arrive later than 12 s − 250 ms.
 * One event at a time is in flight. A throttle's cool-down stops every event, and slows the
 * refresh down. The schedule decides; the caller sends, and tells it how each attempt ended.
 */
export class TypingSchedule {
	readonly #clock: Clock;
	readonly #random: () => number;
	#interval!: number;
	// The text as last read, and when the customer last edited it.
	#text = '';
	#lastEditAt?: number;
	// When the agent's indicator was last turned on: the start of the last event that was, or may have been, delivered.
	#shownAt?: number;
	// The attempt in flight; none once a message ended (its answer no longer tells what the agent sees).
	#inFlight?: TypingAttempt;
	// After an attempt failed: the next waits until the refresh after it (a new message does not).
	#retryAt?: number;
	// After a throttle: nothing goes before this, a new message included.
	#coolDownUntil?: number;
	// After a throttle while the indicator was off: keys may try again until this time, then only a new burst or message.
	#keysRetryUntil?: number;
	// How much throttling has slowed the refresh down.
	#slowdownMs = 0;
	// The slowest recent round trip: the longest seen, fading by a fifth per answer.
	#roundTripMs = 0;

	constructor({interval, clock = pageClock(), random = Math.random}: TypingScheduleOptions = {}) {
		// Not given is not a positive number: the setter gives it the default.
		this.interval = interval as number;
		this.#clock = clock;
		this.#random = random;
	}

	/**
	 * The longest time between two typing events while the text keeps changing, in ms: a ceiling,
	 * within which the schedule refreshes before the agent's indicator hides. Throttling lengthens
	 * it. A value that is not a positive number of ms sets the default, 11,500.
	 */
	get interval(): number {
		return this.#interval;
	}

	set interval(ms: number) {
		this.#interval = ms > 0 && ms < Infinity ? ms : defaultInterval;
	}

	/**
	 * An edit landed and the field holds `text`: whether it changed the text, so that a typing
	 * event may be due (`claim()` says). Text with nothing visible ends the message.
	 */
	edited(text: string): boolean {
		if (!hasVisibleText(text)) {
			this.endMessage();
			return false;
		}
		const changed = text !== this.#text;
		this.#text = text;
		return changed;
	}

	/**
	 * The customer's message was sent (the agent's UI hides the typing indicator when it arrives),
	 * or what was shown may be lost (a new token, back online): the next change sends at once.
	 * A throttle's cool-down still applies.
	 */
	endMessage(): void {
		this.#text = '';
		this.#lastEditAt = this.#shownAt = this.#inFlight = this.#retryAt = this.#keysRetryUntil = undefined;
	}

	/** The customer typed now: the attempt to make, if a typing event is due; the next waits until this one ends. */
	claim(): TypingAttempt | undefined {
		const now = this.#clock();
		const burstStarts = this.#lastEditAt === undefined || now - this.#lastEditAt >= burstGapMs;
		this.#lastEditAt = now;
		const waiting = this.#inFlight !== undefined || before(now, this.#retryAt) || before(now, this.#coolDownUntil);
		if (waiting) return undefined;
		const refreshMs = this.#refreshMs();
		const indicatorOn = this.#indicatorOn(now);
		const refreshDue = (this.#shownAt === undefined || now >= this.#shownAt + refreshMs) && this.#slowdownMs <= noRefreshAboveMs;
		const keysMayRetry = this.#keysRetryUntil === undefined || now <= this.#keysRetryUntil;
		const due = indicatorOn ? refreshDue : burstStarts || (refreshDue && keysMayRetry);
		if (!due) return undefined;
		this.#inFlight = {startedAt: now, retryWithinMs: refreshMs};
		return this.#inFlight;
	}

	/** The service took the attempt: the agent's indicator is on from its start. */
	delivered(attempt: TypingAttempt): void {
		this.#learnRoundTrip(attempt);
		this.#slowdownMs = Math.max(0, this.#slowdownMs - recoveryStepMs);
		if (attempt !== this.#inFlight) return;
		this.#inFlight = this.#keysRetryUntil = undefined;
		this.#shownAt = attempt.startedAt;
	}

	/** The attempt was never made (nothing to send it over): the next key may claim one. */
	withdrawn(attempt: TypingAttempt): void {
		if (attempt === this.#inFlight) this.#inFlight = undefined;
	}

	/**
	 * The attempt was cut off (the element left the page): it may have reached the service, so it
	 * counts as shown, as a delivered one would; a round trip that did not end teaches nothing.
	 */
	aborted(attempt: TypingAttempt): void {
		if (attempt !== this.#inFlight) return;
		this.#inFlight = undefined;
		this.#shownAt = attempt.startedAt;
	}

	/**
	 * The attempt failed. Throttled: a cool-down (the service's `Retry-After`, else 0.5–1 s), which
	 * this gives, and a slower refresh. Otherwise the next waits until the refresh after it.
	 */
	failed(attempt: TypingAttempt, {throttled, retryAfterMs}: TypingFailure): number | undefined {
		this.#learnRoundTrip(attempt);
		const current = attempt === this.#inFlight;
		if (current) this.#inFlight = undefined;
		if (!throttled) {
			if (current) this.#retryAt = attempt.startedAt + this.#refreshMs();
			return undefined;
		}
		const now = this.#clock();
		// A duration in ms is a whole number: the event says exactly the cool-down kept.
		const waitMs = retryAfterMs ?? Math.round(coolDownMs + this.#random() * coolDownMs);
		this.#coolDownUntil = now + waitMs;
		this.#slowdownMs = Math.min(maxSlowdownMs, this.#slowdownMs + slowdownStepMs);
		// The indicator was off: a key in the half second after the cool-down tries once more.
		if (!this.#indicatorOn(now)) this.#keysRetryUntil = Math.min(this.#keysRetryUntil ?? Infinity, this.#coolDownUntil + keysRetryMs);
		return waitMs;
	}

	#indicatorOn(now: number) {
		return this.#shownAt !== undefined && now < this.#shownAt + indicatorMs;
	}

	// The refresh after the last event shown: within the page's ceiling, early enough that the
	// slowest recent round trip still arrives 250 ms before the indicator hides; later when throttled.
	#refreshMs() {
		return Math.min(this.#interval, Math.max(minRefreshMs, indicatorMs - marginMs - this.#roundTripMs)) + this.#slowdownMs;
	}

	#learnRoundTrip(attempt: TypingAttempt) {
		const roundTripMs = this.#clock() - attempt.startedAt;
		// Longer than a request may take: the computer slept meanwhile; it says nothing of the network.
		if (roundTripMs > requestTimeoutMs) return;
		this.#roundTripMs = Math.max(roundTripMs, this.#roundTripMs * 0.8);
	}
}
