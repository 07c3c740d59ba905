// The boundary for what the network gives. An answer is read whole inside the request's deadline
// and no further than a cap; every string a server sent is made safe to tell here, before it
// reaches an event or the console. A stalled body, a huge one, or a proxy that echoes the token
// is covered for every answer, whatever its status.

/** The most of an answer's body that is read: a SendEvent answer is about 100 bytes, and an error page needs no more than its start. */
export const maxBodyBytes = 16 * 1024;
/** The longest text from a server that reaches an event or the console. */
export const maxServerTextLength = 1000;

/**
 * `fetch` that resolves only once the answer's body is read (up to `maxBodyBytes`): given to ky
 * as its `fetch`, so that ky's timeout, which ends at the answer, ends after the body too. A
 * body that stalls is then a `TimeoutError` like a service that does not answer.
 */
export const fetchWholeAnswer = async (...call: Parameters<typeof fetch>): Promise<Response> => {
	const response = await fetch(...call);
	// A redirect, which is not followed (WebKit gives it an empty body), and a 204 or a 304 have none to wait for.
	if (!response.body || response.type === 'opaqueredirect' || [204, 205, 304].includes(response.status)) return response;
	const {status, statusText, headers} = response;
	return new Response(await readUpTo(response.body, maxBodyBytes), {status, statusText, headers});
};

const readUpTo = async (body: ReadableStream<Uint8Array<ArrayBuffer>>, maxBytes: number): Promise<Blob> => {
	const reader = body.getReader();
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let bytes = 0;
	while (bytes < maxBytes) {
		const {done, value} = await reader.read();
		if (done) return new Blob(chunks);
		chunks.push(value);
		bytes += value.length;
	}
	// The rest is not wanted: the connection may go.
	void reader.cancel().catch(() => {});
	return new Blob(chunks).slice(0, maxBytes);
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Line breaks and spaces may come between any two characters of an echo (a folded header, a wrapped body).
const spaced = (text: string) => [...text].map(escapeRegExp).join('\\s*');

/**
 * What an echo of `token` looks like, as a pattern: as sent, URL-encoded (`%xx` in either case:
 * the pattern is read without case), and in base64, with or without padding.
 * `token` is Latin-1: the client sends no other in a header.
 */
const echoesOf = (token: string) => {
	const base64 = btoa(token).replace(/=+$/, '');
	const padding = '(\\s*=)*';
	return [spaced(token), spaced(encodeURIComponent(token)), spaced(base64) + padding].join('|');
};

/**
 * Makes what a server said safe to tell: the ConnectionToken cut out in every form a proxy may
 * echo it in, then cut to `maxServerTextLength`. One function per client, for every string of
 * every answer: an event's `id` and `absoluteTime`, an error's name, message and request id.
 */
export const serverTextReader = (connectionToken: string) => {
	const echoes = new RegExp(echoesOf(connectionToken), 'gi');
	return (text: string): string => text.replace(echoes, '[ConnectionToken]').slice(0, maxServerTextLength);
};

/** Makes a server's text safe to tell: see `serverTextReader`. */
export type ServerText = ReturnType<typeof serverTextReader>;
