/** A clock that moves only when told: pure modules are tested with it, without timers. */
export const fakeClock = () => {
	let now = 1_000_000;
	return {now: () => now, advance: (ms: number) => (now += ms)};
};
