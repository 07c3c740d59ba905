// Counts what the page holds open: input listeners, observing MutationObservers, pending
// timers and requests in flight, and notes when each request started. Whoever needs it installs
// it (the element suites, the bench's pages), before the element is put on the page: it wraps
// EventTarget, MutationObserver, setTimeout and fetch for the rest of the page's life. No test
// library counts what a page still holds; sinon's fakes replace these, they do not count them.
const live = {
	inputListeners: new Map<EventTarget, Set<unknown>>(),
	observers: new Set<MutationObserver>(),
	timers: new Set<unknown>(),
	requests: 0,
	started: [] as {url: string; at: number}[],
	// Waiters for the next request to start, and for none to be in flight.
	onRequest: [] as (() => void)[],
	onIdle: [] as (() => void)[],
};
const wake = (waiters: (() => void)[]) => waiters.splice(0).forEach((resolve) => resolve());
// The page's own, read before anything is wrapped.
const {setTimeout: set, clearTimeout: clear, fetch: originalFetch} = window;

const probe = {
	inputListeners: (target: EventTarget) => live.inputListeners.get(target)?.size ?? 0,
	observers: () => live.observers.size,
	timers: () => live.timers.size,
	requests: () => live.requests,
	urls: () => live.started.map((request) => request.url),
	/** Resolves when the next request starts. */
	nextRequest: () => new Promise<void>((resolve) => live.onRequest.push(resolve)),
	/** Resolves once no request is in flight. */
	idle: () => (live.requests ? new Promise<void>((resolve) => live.onIdle.push(resolve)) : Promise.resolve()),
	/**
	 * Resolves once what the page started so far has made its requests (the element's own
	 * microtasks run before the next task) and none is in flight. Not for requests that a retry
	 * timer will make later: wait for their outcome event instead.
	 */
	settled: async () => {
		await new Promise((resolve) => set(resolve, 0));
		await probe.idle();
	},
	/** Every request so far: its URL and when fetch was called (performance.now()). */
	started: () => live.started,
};

let installed = false;

/** Wraps the page's listeners, observers, timers and fetch (once), and gives the counts. */
export const installProbe = () => {
	if (!installed) {
		installed = true;
		const {addEventListener, removeEventListener} = EventTarget.prototype;
		EventTarget.prototype.addEventListener = function (type, listener, options) {
			if (type === 'input' && listener) {
				const set = live.inputListeners.get(this) ?? new Set();
				live.inputListeners.set(this, set.add(listener));
				const signal = typeof options === 'object' ? options.signal : undefined;
				if (signal) addEventListener.call(signal, 'abort', () => set.delete(listener), {once: true});
			}
			return addEventListener.call(this, type, listener, options);
		};
		EventTarget.prototype.removeEventListener = function (type, listener, options) {
			if (type === 'input') live.inputListeners.get(this)?.delete(listener);
			return removeEventListener.call(this, type, listener, options);
		};

		const {observe, disconnect} = MutationObserver.prototype;
		MutationObserver.prototype.observe = function (...args) {
			live.observers.add(this);
			return observe.apply(this, args);
		};
		MutationObserver.prototype.disconnect = function () {
			live.observers.delete(this);
			return disconnect.call(this);
		};

		window.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
			const id = set(() => {
				live.timers.delete(id);
				handler(...(args as []));
			}, ms);
			live.timers.add(id);
			return id;
		}) as typeof setTimeout;
		window.clearTimeout = (id) => {
			live.timers.delete(id);
			clear(id);
		};
		window.fetch = async (input, init) => {
			live.requests++;
			live.started.push({url: input instanceof Request ? input.url : String(input), at: performance.now()});
			wake(live.onRequest);
			try {
				return await originalFetch(input, init);
			} finally {
				if (--live.requests === 0) wake(live.onIdle);
			}
		};
	}
	return probe;
};
