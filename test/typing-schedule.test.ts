import {expect} from '@open-wc/testing';
import {TypingSchedule} from '../src/core/typing-schedule.js';
import {fakeClock} from './support/fake-clock.js';

describe('TypingSchedule', () => {
	it('sends the first change at once (leading edge)', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		expect(schedule.input('h')).to.equal(true);
	});

	it('sends at most one more per interval while the text keeps changing', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		const sentAt: number[] = [];
		// 60 s of typing at 5 keys/s.
		let text = '';
		for (let t = 0; t < 60_000; t += 200) {
			text += 'a';
			if (schedule.input(text)) sentAt.push(t);
			clock.advance(200);
		}
		expect(sentAt).to.deep.equal([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
	});

	it('keeps the gap between two events within 12 s while typing goes on, so the agent indicator never lapses', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		let last = -Infinity;
		let text = '';
		let widest = 0;
		for (let t = 0; t < 120_000; t += 1_500) {
			text += 'a';
			if (schedule.input(text)) {
				if (last > -Infinity) widest = Math.max(widest, t - last);
				last = t;
			}
			clock.advance(1_500);
		}
		expect(widest).to.be.at.most(12_000);
	});

	it('sends nothing for inputs that leave the text unchanged', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(1_000, clock.now);
		expect(schedule.input('hi')).to.equal(true);
		clock.advance(5_000);
		expect(schedule.input('hi')).to.equal(false);
	});

	it('sends nothing when the field is cleared', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(1_000, clock.now);
		schedule.input('hi');
		clock.advance(5_000);
		expect(schedule.input('')).to.equal(false);
	});

	it('sends nothing while idle', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(1_000, clock.now);
		expect(schedule.input('a')).to.equal(true);
		clock.advance(60_000);
		// Only input asks; time alone never does.
		expect(schedule.input('ab')).to.equal(true);
		expect(schedule.input('abc')).to.equal(false);
	});

	it('holds every event until a throttle cool-down ends', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(1_000, clock.now);
		schedule.input('a');
		schedule.pauseUntil(clock.now() + 30_000);
		clock.advance(29_000);
		expect(schedule.input('ab')).to.equal(false);
		clock.advance(1_000);
		expect(schedule.input('abc')).to.equal(true);
	});

	it("after a throttled event, pauses for the service's Retry-After, else for one interval", () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		schedule.input('a');
		clock.advance(10_000);
		expect(schedule.throttled(3_000)).to.equal(3_000);
		clock.advance(2_999);
		expect(schedule.input('ab')).to.equal(false);
		clock.advance(1);
		expect(schedule.input('abc')).to.equal(true);
		expect(schedule.throttled()).to.equal(10_000);
		clock.advance(9_999);
		expect(schedule.input('abcd')).to.equal(false);
	});

	it('never shortens a pause that is already longer', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		schedule.input('a');
		schedule.pauseUntil(clock.now() + 1_000);
		clock.advance(5_000);
		expect(schedule.input('ab')).to.equal(false);
	});

	it('applies a shorter interval at once, to the next event', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(60_000, clock.now);
		schedule.input('a');
		clock.advance(1_000);
		expect(schedule.input('ab')).to.equal(false);
		schedule.interval = 1_000;
		expect(schedule.input('abc')).to.equal(true);
	});

	it('applies a changed interval to the next event', () => {
		const clock = fakeClock();
		const schedule = new TypingSchedule(10_000, clock.now);
		schedule.interval = 2_000;
		schedule.input('a');
		clock.advance(2_000);
		expect(schedule.input('ab')).to.equal(true);
	});

	it('keeps two schedules apart (two chats on one page)', () => {
		const clock = fakeClock();
		const first = new TypingSchedule(10_000, clock.now);
		const second = new TypingSchedule(10_000, clock.now);
		expect(first.input('a')).to.equal(true);
		expect(second.input('a')).to.equal(true);
	});

	describe('each message starts with a leading edge', () => {
		// A message every few seconds: the interval never holds back the next message's first event.
		it('sends the first change after the text was emptied at once, even within the interval', () => {
			const clock = fakeClock();
			const schedule = new TypingSchedule(10_000, clock.now);
			expect(schedule.input('hello')).to.equal(true);
			clock.advance(2_000);
			expect(schedule.input('')).to.equal(false);
			clock.advance(1_000);
			expect(schedule.input('n')).to.equal(true);
			expect(schedule.input('ne'), 'the rest of the message keeps the interval').to.equal(false);
		});

		it('takes emptied text seen without an input (a page clearing the field in script)', () => {
			const clock = fakeClock();
			const schedule = new TypingSchedule(10_000, clock.now);
			schedule.input('hello');
			clock.advance(1_000);
			schedule.seen('hello');
			expect(schedule.input('hello!'), 'text seen unchanged is no new message').to.equal(false);
			schedule.seen('');
			expect(schedule.input('hello'), 'the same words again are a new message').to.equal(true);
		});

		it('restart() sends the next change at once, and keeps a throttle pause', () => {
			const clock = fakeClock();
			const schedule = new TypingSchedule(10_000, clock.now);
			schedule.input('a');
			schedule.restart();
			expect(schedule.input('ab')).to.equal(true);
			schedule.throttled(5_000);
			schedule.restart();
			clock.advance(4_999);
			expect(schedule.input('abc')).to.equal(false);
			clock.advance(1);
			expect(schedule.input('abcd')).to.equal(true);
		});

		it('keeps one long message on one event per interval', () => {
			const clock = fakeClock();
			const schedule = new TypingSchedule(10_000, clock.now);
			const sentAt: number[] = [];
			let text = '';
			for (let t = 0; t < 25_000; t += 200) {
				text += t % 2_000 ? 'a' : '\n';
				schedule.seen(text);
				if (schedule.input(text)) sentAt.push(t);
				clock.advance(200);
			}
			expect(sentAt).to.deep.equal([0, 10_000, 20_000]);
		});
	});
});
