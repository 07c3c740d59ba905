// A clock the test moves: sinon's fake timers (the @open-wc/testing convention) for `Date`,
// `performance.now()` and the timers, which go on with real time (the network and the browser's
// own events need it) and jump when the test says. The element reads its clocks and sets its
// timers through the page's globals, from src/ and from the CDN file alike.
import sinon from 'sinon';

export type TestClock = ReturnType<typeof sinon.useFakeTimers>;

// The page's own timer, read before any test fakes it.
const realSetTimeout = window.setTimeout.bind(window);

/** Resolves in the next task: what a framework's re-render after an event waits for, not a length of time. */
export const nextTask = () => new Promise<void>((resolve) => realSetTimeout(resolve));

/**
 * Waits for `thing` while the page's timers are faked and stand still, with a bound on the page's
 * real clock generous enough for a busy machine: the bound is a failure, never the expected path.
 */
export const waitWhileTimeStandsStill = <T>(thing: Promise<T>, what: string, timeout = 15_000) =>
	Promise.race([thing, new Promise<never>((_, reject) => realSetTimeout(() => reject(new Error(`Timeout: ${what}`)), timeout))]);

/**
 * Fakes the page's clocks for each test of the calling `describe()`, and restores them after it.
 * `clock.tickAsync(ms)` moves time and runs what falls due; `clock.setSystemTime(ms)` moves the
 * wall clock alone (a user or NTP setting it, or a laptop's sleep, during which the monotonic
 * clock stands still); `clock.jump(ms)` moves both, as a sleep does where the monotonic clock
 * counts it.
 */
export const fakeClockPerTest = () => {
	const held = {} as {clock: TestClock};
	beforeEach(() => {
		held.clock = sinon.useFakeTimers({
			now: Date.now(),
			toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
			shouldAdvanceTime: true,
			advanceTimeDelta: 10,
		});
	});
	afterEach(() => held.clock.restore());
	return held;
};
