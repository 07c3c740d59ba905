import {expect} from '@open-wc/testing';
import {Acknowledgement} from '../../src/core/acknowledgement.js';
import {fakeClock} from '../support/fake-clock.js';

const passing = {retryable: true};

describe('Acknowledgement', () => {
	it('owes one, due at once, and nothing once it was sent', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		expect(acknowledgement.dueInMs()).to.equal(0);
		acknowledgement.start();
		expect(acknowledgement.dueInMs(), 'in flight').to.equal(undefined);
		acknowledgement.delivered();
		expect(acknowledgement.dueInMs()).to.equal(undefined);
	});

	it('is one per token: each carries a ClientToken of its own', () => {
		const clock = fakeClock();
		expect(new Acknowledgement(clock.now).start()).not.to.equal(new Acknowledgement(clock.now).start());
	});

	it('backs off 1 s, 2 s, 4 s … 60 s after passing failures, and only then', () => {
		const clock = fakeClock();
		const acknowledgement = new Acknowledgement(clock.now);
		const waits: number[] = [];
		for (let failure = 0; failure < 8; failure++) {
			expect(acknowledgement.dueInMs()).to.equal(0);
			acknowledgement.start();
			const wait = acknowledgement.failed(passing)!;
			waits.push(wait);
			expect(acknowledgement.dueInMs()).to.equal(wait);
			clock.advance(wait - 1);
			expect(acknowledgement.dueInMs()).to.equal(1);
			clock.advance(1);
		}
		expect(waits).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
	});

	it('waits what Retry-After says when the service says it', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.start();
		expect(acknowledgement.failed({retryable: true, retryAfterMs: 7_000})).to.equal(7_000);
		expect(acknowledgement.dueInMs()).to.equal(7_000);
	});

	it('gives up on a failure that is not passing (400, 403, 409)', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.start();
		expect(acknowledgement.failed({retryable: false})).to.equal(undefined);
		expect(acknowledgement.dueInMs()).to.equal(undefined);
	});

	it('owes it again at once after an aborted attempt, with the same ClientToken', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		const first = acknowledgement.start();
		acknowledgement.aborted();
		expect(acknowledgement.dueInMs()).to.equal(0);
		expect(acknowledgement.start()).to.equal(first);
	});

	it('renew() owes a new one now, under a new ClientToken', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		const first = acknowledgement.start();
		acknowledgement.delivered();
		acknowledgement.renew();
		expect(acknowledgement.dueInMs()).to.equal(0);
		expect(acknowledgement.start()).not.to.equal(first);
	});

	it('is due at once when the browser is back online, and keeps backing off after', () => {
		const clock = fakeClock();
		const acknowledgement = new Acknowledgement(clock.now);
		for (let failure = 0; failure < 3; failure++) {
			clock.advance(acknowledgement.dueInMs()!);
			acknowledgement.start();
			acknowledgement.failed(passing);
		}
		expect(acknowledgement.dueInMs()).to.equal(4_000);
		acknowledgement.online();
		expect(acknowledgement.dueInMs()).to.equal(0);
		acknowledgement.start();
		expect(acknowledgement.failed(passing), 'the backoff goes on').to.equal(8_000);
	});

	it('back online changes nothing when nothing is owed', () => {
		const acknowledgement = new Acknowledgement(fakeClock().now);
		acknowledgement.start();
		acknowledgement.online();
		expect(acknowledgement.dueInMs(), 'in flight').to.equal(undefined);
		acknowledgement.delivered();
		acknowledgement.online();
		expect(acknowledgement.dueInMs()).to.equal(undefined);
	});
});
