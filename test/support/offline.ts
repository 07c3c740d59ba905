// Requests that would leave the machine, stopped where they would go out.
/**
 * Runs `send` with the network cut where a request would leave the page (fetch rejects as
 * offline), and gives the URLs it tried: for tests that name real AWS hosts, so that nothing
 * leaves the machine.
 */
export const urlsTriedOffline = async (send: () => Promise<unknown>) => {
	const urls: string[] = [];
	const realFetch = window.fetch;
	window.fetch = async (input) => {
		urls.push(input instanceof Request ? input.url : String(input));
		throw new TypeError('offline');
	};
	try {
		await send();
	} finally {
		window.fetch = realFetch;
	}
	return new Set(urls);
};
