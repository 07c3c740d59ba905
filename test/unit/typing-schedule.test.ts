import {expect} from '@open-wc/testing';
import {indicatorMs, requestTimeoutMs} from '../../src/core/timing.js';
import {defaultInterval, TypingSchedule, type TypingAttempt} from '../../src/core/typing-schedule.js';
import {hasVisibleText} from '../../src/core/visible-text.js';
import {fakeClock} from '../support/fake-clock.js';

/** How the service answers an attempt: delivered, throttled (with or without a Retry-After), failed otherwise. */
type Answer = 'sent' | 'throttled' | 'failed' | {retryAfterMs: number};
/** What a key led to: nothing, a delivered event, a throttle with its cool-down, or another failure. */
type Outcome = undefined | 'sent' | {coolDownMs: number} | 'failed';

/**
 * A schedule, and a service that answers each attempt as `answers` say (sent when they run out),
 * `roundTripMs` later on the fake clock. `key(text)` types and settles what was sent.
 */
const customer = ({interval = defaultInterval, roundTripMs = 30, random = 0.5} = {}) => {
	const clock = fakeClock();
	const schedule = new TypingSchedule({interval, clock: clock.now, random: () => random});
	const answers: Answer[] = [];
	const attempts: {at: number; attempt: TypingAttempt}[] = [];
	/** Answers an attempt the schedule allowed, as the service would after `roundTripMs`. */
	const answer = (attempt: TypingAttempt): Outcome => {
		attempts.push({at: clock.now(), attempt});
		clock.advance(roundTripMs);
		const next = answers.shift() ?? 'sent';
		if (next === 'sent') {
			schedule.delivered(attempt);
			return 'sent';
		}
		if (next === 'failed') {
			schedule.failed(attempt, {throttled: false});
			return 'failed';
		}
		return {coolDownMs: schedule.failed(attempt, {throttled: true, ...(next === 'throttled' ? {} : next)})!};
	};
	let text = '';
	/** Types one character (or sets `next`); gives what happened. */
	const key = (next = text + 'a'): Outcome => {
		text = next;
		if (!schedule.edited(text)) return undefined;
		const attempt = schedule.claim();
		return attempt && answer(attempt);
	};
	/** Types at `every` ms for `forMs`, from now; gives the times (from the start) when events went. */
	const typeFor = (forMs: number, every = 200) => {
		const start = clock.now();
		const sentAt: number[] = [];
		for (let t = 0; t < forMs; t += every) {
			// Keys while an event was in flight on the fake clock are skipped: they could not send.
			if (start + t < clock.now()) continue;
			clock.advance(start + t - clock.now());
			const before = attempts.length;
			key();
			if (attempts.length > before) sentAt.push(attempts.at(-1)!.at - start);
		}
		return sentAt;
	};
	return {clock, schedule, answers, attempts, key, typeFor};
};

describe('TypingSchedule', () => {
	it('sends the first change at once (leading edge)', () => {
		const {key} = customer();
		expect(key('h')).to.equal('sent');
	});

	it('refreshes `interval` after the last delivered event while the text keeps changing: one event per interval', () => {
		const {typeFor} = customer();
		// 60 s at 5 keys/s: the first key after each 11.5 s.
		expect(typeFor(60_000)).to.deep.equal([0, 11_600, 23_200, 34_800, 46_400, 58_000]);
	});

	it('takes the page’s interval as a ceiling: a shorter one refreshes more often', () => {
		const {typeFor} = customer({interval: 5_000});
		expect(typeFor(20_000)).to.deep.equal([0, 5_000, 10_000, 15_000]);
	});

	it('refreshes sooner after a slow round trip, so the refresh still arrives 250 ms before the indicator hides', () => {
		const {typeFor, attempts} = customer({roundTripMs: 2_000});
		const sentAt = typeFor(30_000);
		// 12 s − 250 ms − 2 s: the first key at or after 9.75 s from the last event's start.
		expect(sentAt).to.deep.equal([0, 9_800, 19_600, 29_400]);
		for (const [index, at] of sentAt.slice(1).entries()) expect(at + 2_000 - sentAt[index]!, 'arrives before the indicator hides').to.be.below(indicatorMs);
		expect(attempts).to.have.length(4);
	});

	it('sends nothing for inputs that leave the text unchanged, nor for a cleared field', () => {
		const {key, clock} = customer({interval: 1_000});
		expect(key('hi')).to.equal('sent');
		clock.advance(5_000);
		expect(key('hi')).to.equal(undefined);
		expect(key('')).to.equal(undefined);
	});

	it('sends nothing while idle: only input asks, time alone never does', () => {
		const {key, clock, attempts} = customer({interval: 1_000});
		key();
		clock.advance(60_000);
		expect(attempts).to.have.length(1);
		expect(key()).to.equal('sent');
	});

	it('holds one event in flight at a time', () => {
		const {schedule, clock} = customer({interval: 1});
		const attempt = schedule.edited('a') && schedule.claim();
		expect(attempt).to.be.an('object');
		clock.advance(4_000);
		expect(schedule.edited('ab') && schedule.claim(), 'the first has not settled').to.equal(undefined);
		schedule.delivered(attempt as TypingAttempt);
		clock.advance(1);
		expect(schedule.edited('abc') && schedule.claim()).to.be.an('object');
	});

	it('lets an attempt retry until the next refresh, no later', () => {
		const {schedule} = customer();
		expect(schedule.edited('a') && schedule.claim()).to.deep.include({retryWithinMs: defaultInterval});
	});

	it('counts an attempt cut off in flight as shown: the next key within the interval sends nothing', () => {
		const {schedule, clock, key} = customer();
		const attempt = (schedule.edited('a') && schedule.claim()) as TypingAttempt;
		clock.advance(400);
		schedule.aborted(attempt);
		clock.advance(100);
		expect(key('ab'), 'within the interval').to.equal(undefined);
		clock.advance(defaultInterval);
		expect(key('abc'), 'the refresh').to.equal('sent');
	});

	it('learns a round trip up to the request timeout; a longer one (the computer slept meanwhile) teaches nothing', () => {
		// 12 s − 250 ms − 4.9 s: the refresh comes 6.85 s after the last event's start.
		expect(customer({roundTripMs: requestTimeoutMs - 100}).typeFor(20_000)).to.deep.equal([0, 7_000, 14_000]);
		// Longer than a request may take: the refresh stays at the interval.
		expect(customer({roundTripMs: requestTimeoutMs + 1}).typeFor(30_000)).to.deep.equal([0, 11_600, 23_200]);
	});

	it('keeps two schedules apart (two chats on one page)', () => {
		const clock = fakeClock();
		const first = new TypingSchedule({clock: clock.now});
		const second = new TypingSchedule({clock: clock.now});
		expect(first.edited('a')).to.equal(true);
		expect(second.edited('a')).to.equal(true);
	});

	it('takes an interval that is not a positive number of ms as the default', () => {
		for (const interval of [NaN, 0, -5, Infinity]) expect(new TypingSchedule({interval}).interval, String(interval)).to.equal(defaultInterval);
		const schedule = new TypingSchedule({interval: 5_000});
		schedule.interval = Number('fast');
		expect(schedule.interval).to.equal(defaultInterval);
	});

	it('applies a changed interval to the next event', () => {
		const {key, clock, schedule} = customer({interval: 60_000});
		key();
		clock.advance(1_000);
		expect(key()).to.equal(undefined);
		schedule.interval = 1_000;
		expect(key()).to.equal('sent');
	});

	describe('after a 429 (the quota is the account’s, shared by every chat)', () => {
		it("keeps a cool-down of the service's Retry-After, and gives it", () => {
			const {key, answers, clock} = customer({interval: 1});
			answers.push({retryAfterMs: 3_000});
			expect(key()).to.deep.equal({coolDownMs: 3_000});
			clock.advance(2_999);
			expect(key()).to.equal(undefined);
			clock.advance(1);
			expect(key()).to.equal('sent');
		});

		it('without Retry-After, cools down 0.5–1 s by the random source, a whole number of ms; while the indicator is off, the next key tries again, once', () => {
			for (const [random, coolDownMs] of [
				[0, 500],
				[0.5, 750],
				[0.2291, 615],
				[0.999, 1000],
			] as const) {
				const {answers, key} = customer({random});
				answers.push('throttled');
				expect(key()).to.deep.equal({coolDownMs});
			}
			const {answers, typeFor} = customer({random: 0.5});
			answers.push('throttled', 'throttled');
			// Keys every 100 ms: the 429 arrives at 30 ms, the cool-down ends at 780 ms, the key at 800 ms tries.
			expect(typeFor(3_000, 100)).to.deep.equal([0, 800]);
		});

		it('after that, only a key after a pause of 1 s (a new burst) tries', () => {
			const {answers, typeFor, clock, key} = customer();
			answers.push('throttled', 'throttled');
			expect(typeFor(5_000)).to.have.length(2);
			clock.advance(999);
			expect(key(), 'a pause under 1 s').to.equal(undefined);
			clock.advance(1_000);
			expect(key(), 'a new burst').to.equal('sent');
		});

		it('a new message tries once the cool-down is over', () => {
			const {answers, key, clock} = customer();
			answers.push('throttled');
			const {coolDownMs} = key('a') as {coolDownMs: number};
			key('');
			expect(key('b'), 'within the cool-down').to.equal(undefined);
			key('');
			clock.advance(coolDownMs);
			expect(key('c')).to.equal('sent');
		});

		it('a throttled refresh is tried 1 s later; after three 429s in a row, the indicator lapses until a new burst', () => {
			const {answers, typeFor, attempts} = customer();
			typeFor(1);
			answers.push('throttled', 'throttled', 'throttled');
			const sentAt = typeFor(40_000);
			// The refresh at 11.5 s (429), again at 12.5 s (429, the indicator is off now), once more in
			// the half second after its 750 ms cool-down (429); then nothing while typing goes on.
			expect(sentAt).to.deep.equal([11_600, 12_600, 13_600]);
			expect(attempts).to.have.length(4);
		});

		it('each delivered event takes 0.25 s off the slowdown; the refresh is back to `interval` after four', () => {
			const {answers, typeFor, clock, key} = customer({interval: 2_000});
			key();
			answers.push('throttled');
			clock.advance(2_000);
			key();
			// After the retry: refreshes 2.75 s, 2.5 s, 2.25 s, then 2 s after the last delivered event.
			const sentAt = typeFor(14_000, 50);
			const gaps = sentAt.slice(1).map((at, index) => at - sentAt[index]!);
			expect(gaps).to.deep.equal([2_750, 2_500, 2_250, 2_000, 2_000]);
		});
	});

	describe('other failures', () => {
		it('are tried again one refresh after the attempt, not at the next key', () => {
			const {answers, typeFor} = customer({interval: 2_000});
			answers.push('failed');
			expect(typeFor(4_100)).to.deep.equal([0, 2_000, 4_000]);
		});
	});

	describe('each message starts with a leading edge', () => {
		// A message every few seconds: the interval never holds back the next message's first event.
		it('sends the first change after the text was emptied at once, even within the interval', () => {
			const {key, clock} = customer();
			expect(key('hello')).to.equal('sent');
			clock.advance(2_000);
			expect(key('')).to.equal(undefined);
			clock.advance(100);
			expect(key('n')).to.equal('sent');
			clock.advance(100);
			expect(key('ne'), 'the rest of the message keeps the interval').to.equal(undefined);
		});

		it('takes text with nothing visible as empty: whitespace, a new line, an editor’s zero-width placeholder', () => {
			for (const blank of [' ', '\n', '\uFEFF', '\u200B', ' \u200D\n\u2060']) {
				const {key, clock} = customer();
				key('hello');
				clock.advance(1_000);
				expect(key(blank), JSON.stringify(blank)).to.equal(undefined);
				expect(key('n'), `after ${JSON.stringify(blank)}, a new message`).to.equal('sent');
			}
		});

		it('endMessage() (a page emptied the field in script) makes the same words again a new message', () => {
			const {key, schedule, clock} = customer();
			key('hello');
			clock.advance(1_000);
			schedule.endMessage();
			expect(key('hello'), 'the same words again are a new message').to.equal('sent');
		});

		it("endMessage() sends the next change at once, and keeps a throttle's cool-down", () => {
			const {key, schedule, clock, answers} = customer();
			key('a');
			schedule.endMessage();
			expect(key('ab')).to.equal('sent');
			answers.push({retryAfterMs: 5_000});
			schedule.endMessage();
			key('abc');
			schedule.endMessage();
			clock.advance(4_999);
			expect(key('abcd')).to.equal(undefined);
			clock.advance(1);
			expect(key('abcde')).to.equal('sent');
		});

		it('an event in flight when a message is sent does not hold back the next message', () => {
			const {schedule, clock} = customer();
			const attempt = (schedule.edited('hi') && schedule.claim()) as TypingAttempt;
			schedule.endMessage();
			schedule.delivered(attempt);
			clock.advance(100);
			expect(schedule.edited('n') && schedule.claim(), 'the message hid the indicator that event showed').to.be.an('object');
		});

		it('keeps one long message on one event per interval', () => {
			const {key, clock} = customer({interval: 10_000});
			const sentAt: number[] = [];
			let text = 'h';
			const start = clock.now();
			for (let t = 0; t < 25_000; t += 200) {
				clock.advance(start + t - clock.now());
				text += t % 2_000 ? 'a' : '\n';
				if (key(text)) sentAt.push(t);
			}
			expect(sentAt).to.deep.equal([0, 10_000, 20_000]);
		});
	});
});

describe('hasVisibleText', () => {
	it('is false for whitespace and zero-width characters alone, true for anything else', () => {
		for (const blank of ['', ' ', '\n\t', '\u00A0', '\uFEFF', '\u200B\u200C\u200D', '\u2060']) expect(hasVisibleText(blank), JSON.stringify(blank)).to.equal(false);
		for (const text of ['a', ' a ', '\uFEFFa', '.', '\u{1F600}']) expect(hasVisibleText(text), JSON.stringify(text)).to.equal(true);
	});
});
