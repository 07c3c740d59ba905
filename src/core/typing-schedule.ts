import {ContentTypes} from './content-types.js';
import {ParticipantServiceError} from '../errors/participant-service-error.js';
import type {ParticipantEventClient, SendEventOutput} from './participant-event-client.js';

/** Milliseconds since some fixed point: `Date.now` on a page, a fake in tests. */
export type Clock = () => number;

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
	/**
	 * The longest time between two typing events while the text keeps changing, in ms: a ceiling,
	 * within which the schedule refreshes before the agent's indicator hides. Throttling lengthens it.
	 */
	interval: number;

	readonly #clock: Clock;
	#text = '';
	#lastKey = -Infinity;
	// When the last delivered event started: the agent's indicator is on for 12 s from about then.
	#shownAt = -Infinity;
	#attemptAt = -Infinity;
	// Nothing goes before these: an attempt in flight, or a failed one's next refresh (a new
	// message does not wait for them); a throttle's pause (it does).
	#holdUntil = -Infinity;
	#pausedUntil = -Infinity;
	// After a 429 while the indicator was off: keys try again until this time.
	#darkUntil = Infinity;
	#slowdown = 0;
	// The slowest recent round trip: the longest seen, fading by a fifth per response.
	#roundTrip = 0;

	constructor(interval = defaultInterval, clock: Clock = Date.now) {
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
		this.#shownAt = this.#lastKey = this.#holdUntil = -Infinity;
		// An event in flight shows nothing once a message has hidden the indicator.
		this.#attemptAt = NaN;
		this.#darkUntil = Infinity;
	}

	/** A key now: true, and holds the next until this attempt is settled, when a typing event may be sent. */
	due(): boolean {
		const now = this.#clock();
		const newBurst = now - this.#lastKey >= burstPauseMs;
		this.#lastKey = now;
		if (now < this.#holdUntil || now < this.#pausedUntil) return false;
		const refreshMs = this.#refreshMs();
		const refresh = now >= this.#shownAt + refreshMs && this.#slowdown <= noRefreshAbove;
		const due = now < this.#shownAt + indicatorMs ? refresh : newBurst || (refresh && now <= this.#darkUntil);
		if (due) {
			this.#attemptAt = now;
			// Released when the attempt settles; an attempt never made holds for one refresh.
			this.#holdUntil = now + refreshMs;
		}
		return due;
	}

	/**
	 * Sends the typing event `due()` allowed through `client`, without retrying a 429, and learns
	 * from its outcome. A throttled event rejects with a `ThrottlingException` whose
	 * `retryAfterMs` is the pause before the next typing event.
	 */
	async send(client: Pick<ParticipantEventClient, 'sendEvent'>, signal?: AbortSignal): Promise<SendEventOutput> {
		const startedAt = this.#attemptAt;
		this.#holdUntil = Infinity;
		try {
			// A retry after the next refresh would be a late one.
			const output = await client.sendEvent({contentType: ContentTypes.typing, signal, retryUntil: Date.now() + this.#refreshMs(), retryThrottled: false});
			this.#settled(startedAt, -recoveryStep, -Infinity);
			if (startedAt === this.#attemptAt) {
				this.#shownAt = startedAt;
				this.#darkUntil = Infinity;
			}
			return output;
		} catch (error) {
			const throttled = error instanceof ParticipantServiceError && error.name === 'ThrottlingException';
			// Aborted: nothing to wait for. Throttled: a pause. Failed otherwise: tried again a refresh after the attempt.
			this.#settled(startedAt, throttled ? slowdownStep : 0, signal?.aborted || throttled ? -Infinity : startedAt + this.#refreshMs());
			if (!throttled) throw error;
			const now = this.#clock();
			const pause = error.retryAfterMs ?? 500 + Math.random() * 500;
			this.#pausedUntil = now + pause;
			// The indicator was off: a key in the half second after the pause tries again, once.
			if (now >= this.#shownAt + indicatorMs) this.#darkUntil = Math.min(this.#darkUntil, this.#pausedUntil + 500);
			throw Object.assign(error, {retryAfterMs: pause});
		}
	}

	// Refresh after the last delivered event: within the page's ceiling, early enough that the
	// slowest recent round trip still arrives 250 ms before the indicator hides.
	#refreshMs() {
		return Math.min(this.interval, Math.max(burstPauseMs, indicatorMs - marginMs - this.#roundTrip)) + this.#slowdown;
	}

	// An attempt ended: its round trip, the slowdown's change, and until when the next waits
	// (unless a message or another attempt came since).
	#settled(startedAt: number, slowdown: number, holdUntil: number) {
		if (startedAt === this.#attemptAt) this.#holdUntil = holdUntil;
		this.#roundTrip = Math.max(this.#clock() - startedAt || 0, this.#roundTrip * 0.8);
		this.#slowdown = Math.min(maxSlowdown, Math.max(0, this.#slowdown + slowdown));
	}
}
