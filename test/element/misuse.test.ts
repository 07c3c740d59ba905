// Bad set-ups and rough handling: each ends in a clear error event or a documented default,
// sends nothing when the set-up is invalid, and leaves nothing running behind.
import {expect, oneEvent} from '@open-wc/testing';
import {defaultInterval} from '../../src/core/typing-schedule.js';
import {fakeClockPerTest} from '../support/clock.js';
import {startCustomerChat, typing, waitFor} from '../support/emulator.js';
import {mountNotifier, recordOutcomes, type} from '../support/fixture.js';
import {installProbe} from '../../tooling/probe.js';
import {target, type ConnectTypingNotifierElement} from '../support/target.js';

const probe = installProbe();

/** A notifier with no token yet, acknowledging, set up by attributes alone. */
const mount = async (attributes: Record<string, string> = {}) => {
	const mounted = await mountNotifier({token: false, acknowledge: true, attributes});
	return {...mounted, errors: mounted.seen.errors};
};

describe(`bad set-ups (${target})`, () => {
	const time = fakeClockPerTest();
	const setups: [string, Record<string, string>, (notifier: ConnectTypingNotifierElement) => void][] = [
		['a 1001-character token', {}, (notifier) => (notifier.connectionToken = 'x'.repeat(1001))],
		['a token that is not a string', {}, (notifier) => (notifier.connectionToken = 42 as unknown as string)],
		['region us-east-1.evil.com/', {region: 'us-east-1.evil.com/', endpoint: ''}, (notifier) => (notifier.connectionToken = 'token')],
		['region ../', {region: '../', endpoint: ''}, (notifier) => (notifier.connectionToken = 'token')],
		['region us-east1 (a typo)', {region: 'us-east1', endpoint: ''}, (notifier) => (notifier.connectionToken = 'token')],
		['a region that is a number', {endpoint: ''}, (notifier) => Object.assign(notifier, {region: 1, connectionToken: 'token'})],
		['an http:// endpoint that is not loopback', {endpoint: 'http://participant.example.com'}, (notifier) => (notifier.connectionToken = 'token')],
		['an endpoint with an empty query', {endpoint: 'https://participant.example.com/?'}, (notifier) => (notifier.connectionToken = 'token')],
		['an endpoint with an empty fragment', {endpoint: 'https://participant.example.com/#'}, (notifier) => (notifier.connectionToken = 'token')],
	];
	for (const [what, attributes, configure] of setups) {
		it(`${what}: one ValidationException event, no request`, async () => {
			const {notifier, errors, field} = await mount(attributes);
			const urls = probe.urls().length;
			configure(notifier);
			await notifier.updateComplete;
			// Keystrokes each past the interval: every one may send, none may say it again.
			for (const text of ['a', 'ab', 'abc']) {
				await time.clock.tickAsync(defaultInterval);
				type(field, text);
			}
			await waitFor(() => errors.length);
			await probe.settled();
			expect(errors.map((error) => [error.name, error.status, error.retryable])).to.deep.equal([['ValidationException', 0, false]]);
			expect(errors[0]!.message).not.to.contain('x'.repeat(20));
			expect(probe.urls().length).to.equal(urls);
		});
	}

	it('a method call on a bad set-up is answered every time', async () => {
		const {notifier, errors} = await mount({'no-acknowledge': '', region: 'us-east1', endpoint: ''});
		notifier.connectionToken = 'token';
		await notifier.acknowledge();
		await notifier.acknowledge();
		expect(await notifier.sendTyping()).to.equal(false);
		expect(errors.map((error) => error.name)).to.deep.equal(['ValidationException', 'ValidationException', 'ValidationException']);
	});

	it('a method called on an element that is not on the page answers with an error event, and sendTyping() with false', async () => {
		const notifier = document.createElement('connect-typing-notifier');
		const {errors} = recordOutcomes(notifier);
		notifier.connectionToken = 'token';
		expect(await notifier.sendTyping()).to.equal(false);
		await notifier.acknowledge();
		expect(errors.map((error) => error.name)).to.deep.equal(['ValidationException', 'ValidationException']);
		expect(errors[0]!.message).to.contain('Not on the page');
	});

	it('a for= that names nothing waits for the field without an error while nobody types', async () => {
		const {notifier, errors} = await mount({for: 'nothing-yet', 'no-acknowledge': ''});
		notifier.connectionToken = 'token';
		await notifier.updateComplete;
		await probe.settled();
		expect(errors).to.deep.equal([]);
	});

	it('a field taken off the page and put back is followed', async () => {
		const chat = await startCustomerChat();
		const {notifier, field, page, errors} = await mount({'no-acknowledge': ''});
		notifier.connectionToken = chat.connectionToken;
		field.remove();
		expect(probe.inputListeners(field)).to.equal(0);
		page.append(field);
		type(field, 'back');
		await waitFor(async () => (await chat.events()).length === 1);
		expect(errors).to.deep.equal([]);
	});

	it('moved into a shadow root, it binds to the field of that name there', async () => {
		const chat = await startCustomerChat();
		const {notifier, field, page} = await mount({'no-acknowledge': ''});
		notifier.connectionToken = chat.connectionToken;
		const host = document.createElement('div');
		page.append(host);
		const root = host.attachShadow({mode: 'open'});
		root.innerHTML = '<textarea id="msg"></textarea>';
		root.append(notifier);
		await notifier.updateComplete;
		expect(probe.inputListeners(field)).to.equal(0);
		type(root.querySelector('textarea')!, 'shadow');
		await waitFor(async () => (await chat.events()).length === 1);
	});

	it('moved into another document, it binds there', async () => {
		const chat = await startCustomerChat();
		const frame = document.createElement('iframe');
		document.body.append(frame);
		const other = frame.contentDocument!;
		other.body.innerHTML = '<input id="msg">';
		const {notifier, field} = await mount({'no-acknowledge': ''});
		notifier.connectionToken = chat.connectionToken;
		other.body.append(other.adoptNode(notifier));
		await notifier.updateComplete;
		expect(probe.inputListeners(field)).to.equal(0);
		const input = other.querySelector('input')!;
		input.value = 'elsewhere';
		input.dispatchEvent(new Event('input'));
		await waitFor(async () => (await chat.events()).length === 1);
		frame.remove();
	});
});

describe(`nothing left behind (${target})`, () => {
	it('10,000 attach/detach cycles leave no listener, observer, timer or request', async function () {
		this.timeout(60_000);
		const chat = await startCustomerChat();
		const {notifier, field, page} = await mount();
		notifier.connectionToken = chat.connectionToken;
		await waitFor(async () => (await chat.events()).length === 1);
		notifier.remove();
		await probe.settled();
		const before = {observers: probe.observers(), timers: probe.timers()};
		for (let i = 0; i < 10_000; i++) {
			page.append(notifier);
			notifier.remove();
		}
		await probe.settled();
		expect(probe.inputListeners(field)).to.equal(0);
		expect(probe.observers()).to.equal(before.observers);
		expect(probe.timers()).to.equal(before.timers);
		expect(probe.requests()).to.equal(0);
		// Attached, it still works: one more acknowledgement would be wrong, typing is right.
		page.append(notifier);
		type(field, 'still alive');
		await waitFor(async () => (await chat.events()).filter((event) => event.ContentType === typing).length === 1);
		expect((await chat.events()).length).to.equal(2);
	});

	it('removing the element aborts requests in flight and its retry timer: no event follows, the field sends nothing', async () => {
		const chat = await startCustomerChat();
		await chat.fault({latencyMs: 2_000});
		const {notifier, page, field, seen} = await mount();
		const timers = probe.timers();
		const requested = probe.nextRequest();
		notifier.connectionToken = chat.connectionToken;
		await requested;
		notifier.remove();
		// ky clears its timeout timer in the promise chain after fetch settles: one task later.
		await probe.idle();
		await probe.settled();
		expect(probe.timers()).to.be.at.most(timers);
		const requests = probe.urls().length;
		type(field, 'typed after removal');
		await probe.settled();
		expect(seen.outcomes, 'no event after removal').to.deep.equal([]);
		expect(probe.urls(), 'no request after removal').to.have.length(requests);
		page.remove();
	});

	it('an acknowledgement retry timer does not outlive the element', async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 503, times: 3});
		const {notifier} = await mount();
		const timers = probe.timers();
		const failed = oneEvent(notifier, 'connect-typing-error');
		notifier.connectionToken = chat.connectionToken;
		await failed;
		notifier.remove();
		expect(probe.timers()).to.be.at.most(timers);
	});
});
