import {expect} from '@open-wc/testing';
import type {SendEventInput, SendEventOutput} from '../../src/core/participant-event-client.js';
import {defaultInterval, indicatorMs, TypingSchedule, type SendResult} from '../../src/core/typing-schedule.js';
import {hasVisibleText} from '../../src/core/visible-text.js';
import {ParticipantServiceError} from '../../src/errors/participant-service-error.js';
import {fakeClock} from '../support/fake-clock.js';

type Answer = 'sent' | 'throttled' | 'failed' | {retryAfterMs: number};
type Failed = Extract<SendResult, {error: unknown}>;

/**
 * A schedule and a client that answers each typing event as `answers` say (sent when they run
 * out), `roundTripMs` later on the fake clock. `key(text)` types and settles what was sent.
 */
const customer = ({interval = defaultInterval, roundTripMs = 30, random = 0.5} = {}) => {
	const clock = fakeClock();
	const schedule = new TypingSchedule({interval, clock: clock.now, random: () => random});
	const answers: Answer[] = [];
	const requests: {at: number; input: SendEventInput}[] = [];
	const client = {
		async sendEvent(input: SendEventInput): Promise<SendEventOutput> {
			requests.push({at: clock.now(), input});
			clock.advance(roundTripMs);
			const answer = answers.shift() ?? 'sent';
			if (answer === 'sent') return {id: 'event', absoluteTime: new Date(clock.now()).toISOString(), clientToken: 'token'};
			if (answer === 'failed') throw new ParticipantServiceError('InternalServerException', 'Injected', {status: 500});
			throw new ParticipantServiceError('ThrottlingException', 'Rate exceeded', {status: 429, ...(answer === 'throttled' ? {} : answer)});
		},
	};
	let text = '';
	/** Types one character (or sets `next`); resolves to what happened: nothing, 'sent', or the failure with its pause. */
	const key = async (next = text + 'a') => {
		text = next;
		if (!schedule.edited(text)) return undefined;
		const result = await schedule.send(client);
		return result.output ? 'sent' : result;
	};
	/** Types at `every` ms for `forMs`, from now; gives the times (from the start) when events went. */
	const typeFor = async (forMs: number, every = 200) => {
		const start = clock.now();
		const sentAt: number[] = [];
		for (let t = 0; t < forMs; t += every) {
			// Keys while an event was in flight on the fake clock are skipped: they could not send.
			if (start + t < clock.now()) continue;
			clock.advance(start + t - clock.now());
			const before = requests.length;
			await key();
			if (requests.length > before) sentAt.push(requests.at(-1)!.at - start);
		}
		return sentAt;
	};
	return {clock, schedule, answers, requests, client, key, typeFor};
};

describe('TypingSchedule', () => {
	it('sends the first change at once (leading edge)', async () => {
		const {key} = customer();
		expect(await key('h')).to.equal('sent');
	});

	it('refreshes `interval` after the last delivered event while the text keeps changing: one event per interval', async () => {
		const {typeFor} = customer();
		// 60 s at 5 keys/s: the first key after each 11.5 s.
		expect(await typeFor(60_000)).to.deep.equal([0, 11_600, 23_200, 34_800, 46_400, 58_000]);
	});

	it('takes the page’s interval as a ceiling: a shorter one refreshes more often', async () => {
		const {typeFor} = customer({interval: 5_000});
		expect(await typeFor(20_000)).to.deep.equal([0, 5_000, 10_000, 15_000]);
	});

	it('refreshes sooner after a slow round trip, so the refresh still arrives 250 ms before the indicator hides', async () => {
		const {typeFor, requests} = customer({roundTripMs: 2_000});
		const sentAt = await typeFor(30_000);
		// 12 s − 250 ms − 2 s: the first key at or after 9.75 s from the last event's start.
		expect(sentAt).to.deep.equal([0, 9_800, 19_600, 29_400]);
		for (const [index, at] of sentAt.slice(1).entries()) expect(at + 2_000 - sentAt[index]!, 'arrives before the indicator hides').to.be.below(indicatorMs);
		expect(requests).to.have.length(4);
	});

	it('sends nothing for inputs that leave the text unchanged, nor for a cleared field', async () => {
		const {key, clock} = customer({interval: 1_000});
		expect(await key('hi')).to.equal('sent');
		clock.advance(5_000);
		expect(await key('hi')).to.equal(undefined);
		expect(await key('')).to.equal(undefined);
	});

	it('sends nothing while idle: only input asks, time alone never does', async () => {
		const {key, clock, requests} = customer({interval: 1_000});
		await key();
		clock.advance(60_000);
		expect(requests).to.have.length(1);
		expect(await key()).to.equal('sent');
	});

	it('holds one event in flight at a time', async () => {
		const {schedule, clock, client} = customer({interval: 1});
		expect(schedule.edited('a')).to.equal(true);
		const sending = schedule.send(client);
		clock.advance(5_000);
		expect(schedule.edited('ab'), 'the first has not settled').to.equal(false);
		await sending;
		clock.advance(1);
		expect(schedule.edited('abc')).to.equal(true);
	});

	it('sends typing events without retrying a 429, no later than the next refresh', async () => {
		const {key, requests} = customer();
		await key();
		expect(requests[0]!.input).to.include({contentType: 'application/vnd.amazonaws.connect.event.typing', retryThrottled: false, retryWithinMs: defaultInterval});
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

	it('applies a changed interval to the next event', async () => {
		const {key, clock, schedule} = customer({interval: 60_000});
		await key();
		clock.advance(1_000);
		expect(await key()).to.equal(undefined);
		schedule.interval = 1_000;
		expect(await key()).to.equal('sent');
	});

	describe('after a 429 (the quota is the account’s, shared by every chat)', () => {
		it("pauses for the service's Retry-After, and says so in its result", async () => {
			const {key, answers, clock} = customer({interval: 1});
			answers.push({retryAfterMs: 3_000});
			const throttled = (await key()) as Failed;
			expect(throttled.pauseMs).to.equal(3_000);
			expect((throttled.error as ParticipantServiceError).name).to.equal('ThrottlingException');
			clock.advance(2_999);
			expect(await key()).to.equal(undefined);
			clock.advance(1);
			expect(await key()).to.equal('sent');
		});

		it('without Retry-After, pauses 0.5–1 s by the random source; while the indicator is off, the next key tries again, once', async () => {
			for (const [random, pauseMs] of [
				[0, 500],
				[0.5, 750],
				[0.999, 999.5],
			] as const) {
				const {answers, key} = customer({random});
				answers.push('throttled');
				expect(((await key()) as Failed).pauseMs).to.equal(pauseMs);
			}
			const {answers, typeFor} = customer({random: 0.5});
			answers.push('throttled', 'throttled');
			// Keys every 100 ms: the 429 arrives at 30 ms, the pause ends at 780 ms, the key at 800 ms tries.
			expect(await typeFor(3_000, 100)).to.deep.equal([0, 800]);
		});

		it('after that, only a key after a pause of 1 s (a new burst) tries', async () => {
			const {answers, typeFor, clock, key} = customer();
			answers.push('throttled', 'throttled');
			expect(await typeFor(5_000)).to.have.length(2);
			clock.advance(999);
			expect(await key(), 'a pause under 1 s').to.equal(undefined);
			clock.advance(1_000);
			expect(await key(), 'a new burst').to.equal('sent');
		});

		it('a new message tries once the pause is over', async () => {
			const {answers, key, clock} = customer();
			answers.push('throttled');
			const {pauseMs} = (await key('a')) as Failed;
			await key('');
			expect(await key('b'), 'within the pause').to.equal(undefined);
			await key('');
			clock.advance(pauseMs!);
			expect(await key('c')).to.equal('sent');
		});

		it('a throttled refresh is tried 1 s later; after three 429s in a row, the indicator lapses until a new burst', async () => {
			const {answers, typeFor, requests} = customer();
			await typeFor(1);
			answers.push('throttled', 'throttled', 'throttled');
			const sentAt = await typeFor(40_000);
			// The refresh at 11.5 s (429), again at 12.5 s (429, the indicator is off now), once more in
			// the half second after its 750 ms pause (429); then nothing while typing goes on.
			expect(sentAt).to.deep.equal([11_600, 12_600, 13_600]);
			expect(requests).to.have.length(4);
		});

		it('each delivered event takes 0.25 s off the slowdown; the refresh is back to `interval` after four', async () => {
			const {answers, typeFor, clock, key} = customer({interval: 2_000});
			await key();
			answers.push('throttled');
			clock.advance(2_000);
			await key();
			// After the retry: refreshes 2.75 s, 2.5 s, 2.25 s, then 2 s after the last delivered event.
			const sentAt = await typeFor(14_000, 50);
			const gaps = sentAt.slice(1).map((at, index) => at - sentAt[index]!);
			expect(gaps).to.deep.equal([2_750, 2_500, 2_250, 2_000, 2_000]);
		});
	});

	describe('other failures', () => {
		it('are tried again one refresh after the attempt, not at the next key', async () => {
			const {answers, typeFor} = customer({interval: 2_000});
			answers.push('failed');
			expect(await typeFor(4_100)).to.deep.equal([0, 2_000, 4_000]);
		});
	});

	describe('each message starts with a leading edge', () => {
		// A message every few seconds: the interval never holds back the next message's first event.
		it('sends the first change after the text was emptied at once, even within the interval', async () => {
			const {key, clock} = customer();
			expect(await key('hello')).to.equal('sent');
			clock.advance(2_000);
			expect(await key('')).to.equal(undefined);
			clock.advance(100);
			expect(await key('n')).to.equal('sent');
			clock.advance(100);
			expect(await key('ne'), 'the rest of the message keeps the interval').to.equal(undefined);
		});

		it('takes text with nothing visible as empty: whitespace, a new line, an editor’s zero-width placeholder', async () => {
			for (const blank of [' ', '\n', '\uFEFF', '\u200B', ' \u200D\n\u2060']) {
				const {key, clock} = customer();
				await key('hello');
				clock.advance(1_000);
				expect(await key(blank), JSON.stringify(blank)).to.equal(undefined);
				expect(await key('n'), `after ${JSON.stringify(blank)}, a new message`).to.equal('sent');
			}
		});

		it('endMessage() (a page emptied the field in script) makes the same words again a new message', async () => {
			const {key, schedule, clock} = customer();
			await key('hello');
			clock.advance(1_000);
			schedule.endMessage();
			expect(await key('hello'), 'the same words again are a new message').to.equal('sent');
		});

		it('endMessage() sends the next change at once, and keeps a throttle pause', async () => {
			const {key, schedule, clock, answers} = customer();
			await key('a');
			schedule.endMessage();
			expect(await key('ab')).to.equal('sent');
			answers.push({retryAfterMs: 5_000});
			schedule.endMessage();
			await key('abc');
			schedule.endMessage();
			clock.advance(4_999);
			expect(await key('abcd')).to.equal(undefined);
			clock.advance(1);
			expect(await key('abcde')).to.equal('sent');
		});

		it('an event in flight when a message is sent does not hold back the next message', async () => {
			const {schedule, client, clock} = customer();
			expect(schedule.edited('hi')).to.equal(true);
			const sending = schedule.send(client);
			schedule.endMessage();
			await sending;
			clock.advance(100);
			expect(schedule.edited('n'), 'the message hid the indicator that event showed').to.equal(true);
		});

		it('keeps one long message on one event per interval', async () => {
			const {schedule, client, clock} = customer({interval: 10_000});
			const sentAt: number[] = [];
			let text = 'h';
			const start = clock.now();
			for (let t = 0; t < 25_000; t += 200) {
				clock.advance(start + t - clock.now());
				text += t % 2_000 ? 'a' : '\n';
				if (schedule.edited(text)) {
					sentAt.push(t);
					await schedule.send(client);
				}
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
