// What the page writes to the console, for the tests of what the element says there.

const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Records every console line of each test of the calling `describe()`, as [level, text], and restores the console after it. */
export const consolePerTest = () => {
	const lines: [string, string][] = [];
	const originals = levels.map((level) => console[level]);
	beforeEach(() => {
		lines.length = 0;
		for (const level of levels) console[level] = (...args: unknown[]) => void lines.push([level, args.map(String).join(' ')]);
	});
	afterEach(() => levels.forEach((level, index) => (console[level] = originals[index]!)));
	return lines;
};
