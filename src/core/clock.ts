/** Milliseconds that only move forward: what the schedule and the acknowledgement measure time with. */
export type Clock = () => number;

// How far the wall clock may run ahead of the monotonic one before it counts as a sleep: more
// than timer drift and NTP's slewing, less than the agent's 12 s indicator.
const sleepThresholdMs = 1000;

/**
 * The page's clock: `performance.now()`, which no one can set, plus the time the computer slept.
 * While a laptop sleeps the monotonic clock may stand still (Linux, macOS), but the agent's
 * indicator hides all the same: when the wall clock moved more than a second further than the
 * monotonic one, the whole of its step counts. A wall clock set back changes nothing.
 */
export const pageClock = (): Clock => {
	let now = 0;
	let lastMonotonic = performance.now();
	let lastWall = Date.now();
	return () => {
		const monotonic = performance.now();
		const wall = Date.now();
		const monotonicStep = Math.max(0, monotonic - lastMonotonic);
		const wallStep = wall - lastWall;
		now += wallStep - monotonicStep > sleepThresholdMs ? wallStep : monotonicStep;
		lastMonotonic = monotonic;
		lastWall = wall;
		return now;
	};
};
