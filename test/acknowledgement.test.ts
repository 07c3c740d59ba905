import {expect} from '@open-wc/testing';
import {Acknowledgement} from '../src/core/acknowledgement.js';
import {fakeClock} from './support/fake-clock.js';

const passing = {retryable: true};

describe('Acknowledgement', () => {
	it('owes one per token, due at once, and nothing once it was sent', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		expect(acknowledgement.dueIn('t1')).to.equal(0);
		acknowledgement.start();
		expect(acknowledgement.dueIn('t1'), 'in flight').to.equal(Infinity);
		acknowledgement.settle('t1', 'sent');
		expect(acknowledgement.dueIn('t1')).to.equal(Infinity);
		expect(acknowledgement.dueIn('t2'), 'a new token').to.equal(0);
	});

	it('backs off 1 s, 2 s, 4 s … 60 s after passing failures, and only then', () => {
		const clock = fakeClock();
		const acknowledgement = new Acknowledgement(clock.now);
		const waits: number[] = [];
		for (let failure = 0; failure < 8; failure++) {
			expect(acknowledgement.dueIn('t')).to.equal(0);
			acknowledgement.start();
			const wait = acknowledgement.settle('t', passing)!;
			waits.push(wait);
			expect(acknowledgement.dueIn('t')).to.equal(wait);
			clock.advance(wait - 1);
			expect(acknowledgement.dueIn('t')).to.equal(1);
			clock.advance(1);
		}
		expect(waits).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
	});

	it('waits what Retry-After says when the service says it', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('t');
		acknowledgement.start();
		expect(acknowledgement.settle('t', {retryable: true, retryAfterMs: 7_000})).to.equal(7_000);
		expect(acknowledgement.dueIn('t')).to.equal(7_000);
	});

	it('gives up on a failure that is not passing (400, 403, 409)', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('t');
		acknowledgement.start();
		expect(acknowledgement.settle('t', {retryable: false})).to.equal(undefined);
		expect(acknowledgement.dueIn('t')).to.equal(Infinity);
	});

	it('owes it again at once after an aborted attempt, with the same ClientToken', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('t');
		const first = acknowledgement.start();
		expect(acknowledgement.settle('t', 'aborted')).to.equal(0);
		expect(acknowledgement.dueIn('t')).to.equal(0);
		expect(acknowledgement.start()).to.equal(first);
	});

	it('ignores the outcome of an attempt made for an older token', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('old');
		acknowledgement.start();
		expect(acknowledgement.dueIn('new')).to.equal(0);
		expect(acknowledgement.settle('old', 'sent')).to.equal(undefined);
		expect(acknowledgement.dueIn('new')).to.equal(0);
	});

	it('renew() owes a new one now, under a new ClientToken', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('t');
		const first = acknowledgement.start();
		acknowledgement.settle('t', 'sent');
		acknowledgement.renew();
		expect(acknowledgement.dueIn('t')).to.equal(0);
		expect(acknowledgement.start()).not.to.equal(first);
	});

	it('is due at once when the browser is back online, and keeps backing off after', () => {
		const clock = fakeClock();
		const acknowledgement = new Acknowledgement(clock.now);
		for (let failure = 0; failure < 3; failure++) {
			clock.advance(acknowledgement.dueIn('t'));
			acknowledgement.start();
			acknowledgement.settle('t', passing);
		}
		expect(acknowledgement.dueIn('t')).to.equal(4_000);
		acknowledgement.online();
		expect(acknowledgement.dueIn('t')).to.equal(0);
		acknowledgement.start();
		expect(acknowledgement.settle('t', passing), 'the backoff goes on').to.equal(8_000);
	});

	it('back online changes nothing when nothing is owed', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.dueIn('t');
		acknowledgement.start();
		acknowledgement.online();
		expect(acknowledgement.dueIn('t'), 'in flight').to.equal(Infinity);
		acknowledgement.settle('t', 'sent');
		acknowledgement.online();
		expect(acknowledgement.dueIn('t')).to.equal(Infinity);
	});
});
