// Who else in the chat is typing, on a clock the test moves (src/core/others-typing.ts).
import {expect} from '@open-wc/testing';
import {OthersTyping} from '../../src/core/others-typing.js';
import {fakeClock} from '../support/fake-clock.js';

const agent = {participantId: 'agent', displayName: 'Agent', role: 'AGENT'};
const bot = {participantId: 'bot', displayName: 'Bot', role: 'SYSTEM'};

describe('OthersTyping', () => {
	const setUp = () => {
		const clock = fakeClock();
		return {clock, others: new OthersTyping(clock.now)};
	};

	it('shows a participant from their first typing event (a new burst) until 12 s after their last', () => {
		const {clock, others} = setUp();
		expect(others.typing(agent), 'a new burst').to.equal(true);
		clock.advance(5_000);
		expect(others.typing(agent), 'the same burst').to.equal(false);
		expect(others.nextLapseInMs()).to.equal(12_000);
		clock.advance(11_999);
		expect(others.lapsed()).to.deep.equal([]);
		clock.advance(1);
		expect(others.lapsed()).to.deep.equal([agent]);
		expect(others.shown).to.deep.equal([]);
		expect(others.nextLapseInMs()).to.equal(undefined);
		expect(others.typing(agent), 'the next burst').to.equal(true);
	});

	it('hides a participant at once when their message arrives, and nobody when the chat ends', () => {
		const {others} = setUp();
		others.typing(agent);
		others.typing(bot);
		expect(others.messageArrived('agent')).to.deep.equal(agent);
		expect(others.messageArrived('agent'), 'already hidden').to.equal(undefined);
		expect(others.shown).to.deep.equal([bot]);
		expect(others.clear()).to.deep.equal([bot]);
		expect(others.shown).to.deep.equal([]);
	});

	it('shows several participants in the order they began, each lapsing on its own', () => {
		const {clock, others} = setUp();
		others.typing(agent);
		clock.advance(4_000);
		others.typing(bot);
		others.typing({...agent, displayName: 'Ana'});
		expect(others.shown, 'the agent keeps its place, with its latest name').to.deep.equal([{...agent, displayName: 'Ana'}, bot]);
		clock.advance(12_000);
		expect(others.lapsed()).to.have.length(2);
		others.typing(agent);
		clock.advance(6_000);
		others.typing(bot);
		expect(others.nextLapseInMs(), 'the agent lapses first').to.equal(6_000);
	});

	it("never shows the customer's own typing: their role, or their own participant id", () => {
		const {others} = setUp();
		others.self = 'me';
		expect(others.typing({participantId: 'customer', role: 'CUSTOMER'})).to.equal(false);
		expect(others.typing({participantId: 'me', role: 'AGENT'})).to.equal(false);
		expect(others.shown).to.deep.equal([]);
	});

	it('takes the lapse the page sets', () => {
		const {clock, others} = setUp();
		others.lapseMs = 3_000;
		others.typing(agent);
		clock.advance(3_000);
		expect(others.lapsed()).to.deep.equal([agent]);
	});
});
