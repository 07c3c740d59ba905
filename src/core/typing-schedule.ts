import {ContentTypes} from './content-types.js';
import {asServiceError, type ParticipantServiceError} from '../errors/participant-service-error.js';
import type {ParticipantEventClient, SendEventOutput} from './participant-event-client.js';
import {hasVisibleText} from './visible-text.js';

/** Milliseconds since some fixed point: `Date.now` on a page, a fake in tests. */
export type Clock = () => number;

export interface TypingScheduleOptions {
	/** The longest time between two typing events while the text keeps changing; see `interval`. */
	interval?: number;
	clock?: Clock;
	/** A number in [0, 1): `Math.random` on a page, a fixed one in tests. */
	random?: () => number;
}

/** How a send ended: delivered, or failed; after a throttle, nothing of its kind goes for `pauseMs`. */
export type SendResult = {output: SendEventOutput; error?: undefined; pauseMs?: undefined} | {output?: undefined; error: ParticipantServiceError; pauseMs?: number};

/** The agent's chat UI hides "typing…" this long after the last typing event. */
export const indicatorMs = 12_000;
/** The longest time between two typing events while the text keeps changing, unless the page sets one. */
export const defaultInterval = 11_500;
// A refresh reaches the agent this long before the indicator hides, after the slowest recent round trip.
const marginMs = 250;
// A key after this long without one starts a new burst of typing.
const burstPauseMs = 1000;
// Throttling lengthens the refresh by 1 s per 429, shortens it by 0.25 s per delivered event,
// up to 4.5 s; above 2.5 s there is no refresh, only a new burst or message is announced.
const slowdownStep = 1000;
const recoveryStep = 250;
const maxSlowdown = 4500;
const noRefreshAbove = 2500;

/**
 * Decides when typing events go, for one customer of an account whose SendEvent quota every chat
 * shares. The first change of a message, or of a burst after a pause, is sent at once; while the
 * text keeps changing, the agent's indicator (hidden 12 s after an event) is refreshed as late as
 * is safe: `interval` after the last delivered event, sooner when the slowest recent round trip
 * would make it arrive later than 12 s − 250 ms. One event at a time is in flight.
 *
 * A 429 is not retried at once. Nothing goes for the service's `Retry-After`, else 0.5–1 s; each
 * 429 lengthens the refresh by 1 s (recovering 0.25 s per delivered event), and while the
 * indicator is off, a key in the half second after the pause tries once more; after that only a
 * key after a pause of 1 s, or a new message, does.
 */
export class TypingSchedule {
	readonly #clock: Clock;
	readonly #random: () => number;
	#interval!: number;
	#text = '';
	#lastKey = -Infinity;
	// When the last delivered event started: the agent's indicator is on for 12 s from about then.
	#shownAt = -Infinity;
	// The attempt `claim()` allowed last; none once a message ended (what is in flight shows nothing).
	#attempt?: {startedAt: number};
	// Nothing goes before these: an attempt in flight, or a failed one's next refresh (a new
	// message does not wait for them); a throttle's pause (it does).
	#holdUntil = -Infinity;
	#pausedUntil = -Infinity;
	// After a 429 while the indicator was off: keys try again until this time.
	#darkUntil = Infinity;
	#slowdown = 0;
	// The slowest recent round trip: the longest seen, fading by a fifth per response.
	#roundTrip = 0;

	constructor({interval, clock = Date.now, random = Math.random}: TypingScheduleOptions = {}) {
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
	 * An edit landed and the field holds `text`: claims a typing event when the text changed and
	 * one is due (true: send it now). Text with nothing visible ends the message.
	 */
	edited(text: string): boolean {
		if (!hasVisibleText(text)) {
			this.endMessage();
			return false;
		}
		const changed = text !== this.#text;
		this.#text = text;
		return changed && this.claim();
	}

	/**
	 * The customer's message was sent (the agent's UI hides the typing indicator when it arrives),
	 * or what was shown may be lost (a new token, back online): the next change sends at once.
	 * A throttle's pause still holds.
	 */
	endMessage(): void {
		this.#text = '';
		this.#shownAt = this.#lastKey = this.#holdUntil = -Infinity;
		this.#attempt = undefined;
		this.#darkUntil = Infinity;
	}

	/**
	 * A key now: claims a typing event if the policy allows one (true), and holds the next until
	 * this attempt settles.
	 */
	claim(): boolean {
		const now = this.#clock();
		const newBurst = now - this.#lastKey >= burstPauseMs;
		this.#lastKey = now;
		if (now < this.#holdUntil || now < this.#pausedUntil) return false;
		const refreshMs = this.#refreshMs();
		const refresh = now >= this.#shownAt + refreshMs && this.#slowdown <= noRefreshAbove;
		const claimed = now < this.#shownAt + indicatorMs ? refresh : newBurst || (refresh && now <= this.#darkUntil);
		if (claimed) {
			this.#attempt = {startedAt: now};
			// Released when the attempt settles; an attempt never made holds for one refresh.
			this.#holdUntil = now + refreshMs;
		}
		return claimed;
	}

	/** Sends the typing event `claim()` allowed through `client`, without retrying a 429, and learns from its outcome. */
	async send(client: Pick<ParticipantEventClient, 'sendEvent'>, signal?: AbortSignal): Promise<SendResult> {
		// Unclaimed, or claimed before a message ended: this send is the attempt now, held until it settles.
		const attempt = (this.#attempt ??= {startedAt: this.#clock()});
		this.#holdUntil = Infinity;
		try {
			// A retry after the next refresh would be a late one.
			const output = await client.sendEvent({contentType: ContentTypes.typing, signal, retryWithinMs: this.#refreshMs(), retryThrottled: false});
			this.#settle(attempt, -recoveryStep, -Infinity);
			if (attempt === this.#attempt) {
				this.#shownAt = attempt.startedAt;
				this.#darkUntil = Infinity;
			}
			return {output};
		} catch (thrown) {
			const error = asServiceError(thrown);
			const throttled = error.name === 'ThrottlingException';
			// Aborted: nothing to wait for. Throttled: a pause. Failed otherwise: tried again a refresh after the attempt.
			this.#settle(attempt, throttled ? slowdownStep : 0, signal?.aborted || throttled ? -Infinity : attempt.startedAt + this.#refreshMs());
			if (!throttled) return {error};
			const now = this.#clock();
			const pauseMs = error.retryAfterMs ?? 500 + this.#random() * 500;
			this.#pausedUntil = now + pauseMs;
			// The indicator was off: a key in the half second after the pause tries again, once.
			if (now >= this.#shownAt + indicatorMs) this.#darkUntil = Math.min(this.#darkUntil, this.#pausedUntil + 500);
			return {error, pauseMs};
		}
	}

	// Refresh after the last delivered event: within the page's ceiling, early enough that the
	// slowest recent round trip still arrives 250 ms before the indicator hides.
	#refreshMs() {
		return Math.min(this.#interval, Math.max(burstPauseMs, indicatorMs - marginMs - this.#roundTrip)) + this.#slowdown;
	}

	// An attempt ended: its round trip, the slowdown's change, and until when the next waits
	// (unless a message or another attempt came since).
	#settle(attempt: {startedAt: number}, slowdown: number, holdUntil: number) {
		if (attempt === this.#attempt) this.#holdUntil = holdUntil;
		this.#roundTrip = Math.max(this.#clock() - attempt.startedAt, this.#roundTrip * 0.8);
		this.#slowdown = Math.min(maxSlowdown, Math.max(0, this.#slowdown + slowdown));
	}
}
