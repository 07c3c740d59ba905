import {expect} from '@open-wc/testing';
import type {SendEventInput, SendEventOutput} from '../src/core/participant-event-client.js';
import {defaultInterval, indicatorMs, TypingSchedule} from '../src/core/typing-schedule.js';
import {ParticipantServiceError} from '../src/errors/participant-service-error.js';
import {fakeClock} from './support/fake-clock.js';

type Answer = 'sent' | 'throttled' | 'failed' | {retryAfterMs: number};

/**
 * A schedule and a client that answers each typing event as `answers` say (sent when they run
 * out), `roundTripMs` later on the fake clock. `key(text)` types and settles what was sent.
 */
const customer = ({interval = defaultInterval, roundTripMs = 30} = {}) => {
	const clock = fakeClock();
	const schedule = new TypingSchedule(interval, clock.now);
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
	/** Types one character (or sets `next`); resolves to what happened: nothing, or the outcome with its pause. */
	const key = async (next = text + 'a') => {
		text = next;
		if (!schedule.input(text)) return undefined;
		try {
			await schedule.send(client);
			return 'sent';
		} catch (error) {
			return error as ParticipantServiceError;
		}
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
		expect(schedule.input('a')).to.equal(true);
		const sending = schedule.send(client);
		clock.advance(5_000);
		expect(schedule.input('ab'), 'the first has not settled').to.equal(false);
		await sending;
		clock.advance(1);
		expect(schedule.input('abc')).to.equal(true);
	});

	it('sends typing events without retrying a 429, no later than the next refresh', async () => {
		const {key, requests} = customer();
		await key();
		expect(requests[0]!.input).to.include({contentType: 'application/vnd.amazonaws.connect.event.typing', retryThrottled: false});
		expect(requests[0]!.input.retryUntil).to.be.a('number');
	});

	it('keeps two schedules apart (two chats on one page)', () => {
		const clock = fakeClock();
		const first = new TypingSchedule(10_000, clock.now);
		const second = new TypingSchedule(10_000, clock.now);
		expect(first.input('a')).to.equal(true);
		expect(second.input('a')).to.equal(true);
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
		it("pauses for the service's Retry-After, and says so in the error", async () => {
			const {key, answers, clock} = customer({interval: 1});
			answers.push({retryAfterMs: 3_000});
			const throttled = (await key()) as ParticipantServiceError;
			expect(throttled.retryAfterMs).to.equal(3_000);
			clock.advance(2_999);
			expect(await key()).to.equal(undefined);
			clock.advance(1);
			expect(await key()).to.equal('sent');
		});

		it('without Retry-After, pauses 0.5–1 s; while the indicator is off, the next key tries again, once', async () => {
			const {answers, typeFor} = customer();
			answers.push('throttled', 'throttled');
			// Keys every 100 ms: the retry comes 0.5–1 s after the 429.
			const sentAt = await typeFor(3_000, 100);
			expect(sentAt).to.have.length(2);
			expect(sentAt[1]! - sentAt[0]!).to.be.within(500, 1_130);
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
			const {retryAfterMs} = (await key('a')) as ParticipantServiceError;
			await key('');
			expect(await key('b'), 'within the pause').to.equal(undefined);
			await key('');
			clock.advance(retryAfterMs!);
			expect(await key('c')).to.equal('sent');
		});

		it('a throttled refresh is tried 1 s later; after three 429s in a row, the indicator lapses until a new burst', async () => {
			const {answers, typeFor, requests} = customer();
			await typeFor(1);
			answers.push('throttled', 'throttled', 'throttled');
			const sentAt = await typeFor(40_000);
			// The refresh at 11.5 s (429), again at 12.5 s (429, the indicator is off now), maybe once
			// more after its pause (429); then nothing while typing goes on.
			expect(sentAt[0]).to.equal(11_600);
			expect(sentAt[1], 'the first key from 12.5 s on, once its pause is over').to.be.oneOf([12_600, 12_800]);
			expect(sentAt.length).to.be.within(2, 3);
			expect(sentAt.at(-1)).to.be.below(14_000);
			expect(requests.length).to.equal(sentAt.length + 1);
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

		it('takes emptied text seen without an input (a page clearing the field in script)', async () => {
			const {key, schedule, clock} = customer();
			await key('hello');
			clock.advance(1_000);
			schedule.seen('hello');
			expect(await key('hello!'), 'text seen unchanged is no new message').to.equal(undefined);
			schedule.seen('');
			expect(await key('hello'), 'the same words again are a new message').to.equal('sent');
		});

		it('restart() sends the next change at once, and keeps a throttle pause', async () => {
			const {key, schedule, clock, answers} = customer();
			await key('a');
			schedule.restart();
			expect(await key('ab')).to.equal('sent');
			answers.push({retryAfterMs: 5_000});
			schedule.restart();
			await key('abc');
			schedule.restart();
			clock.advance(4_999);
			expect(await key('abcd')).to.equal(undefined);
			clock.advance(1);
			expect(await key('abcde')).to.equal('sent');
		});

		it('an event in flight when a message is sent does not hold back the next message', async () => {
			const {schedule, client, clock} = customer();
			expect(schedule.input('hi')).to.equal(true);
			const sending = schedule.send(client);
			schedule.seen('');
			await sending;
			clock.advance(100);
			expect(schedule.input('n'), 'the message hid the indicator that event showed').to.equal(true);
		});

		it('keeps one long message on one event per interval', async () => {
			const {schedule, client, clock} = customer({interval: 10_000});
			const sentAt: number[] = [];
			let text = '';
			const start = clock.now();
			for (let t = 0; t < 25_000; t += 200) {
				clock.advance(start + t - clock.now());
				text += t % 2_000 ? 'a' : '\n';
				schedule.seen(text);
				if (schedule.input(text)) {
					sentAt.push(t);
					await schedule.send(client);
				}
			}
			expect(sentAt).to.deep.equal([0, 10_000, 20_000]);
		});
	});
});
