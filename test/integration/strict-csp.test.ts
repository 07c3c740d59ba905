// The CDN file on a page with a strict Content-Security-Policy and Trusted Types enforced.
import {expect} from '@open-wc/testing';
import {acknowledged, startCustomerChat, typing, waitFor} from '../support/emulator.js';

describe('under a strict Content-Security-Policy', () => {
	it("runs the CDN file with script-src 'self', connect-src limited to the endpoint and Trusted Types required, with no violation", async () => {
		const chat = await startCustomerChat();
		const frame = document.createElement('iframe');
		frame.src = '/strict-csp.html';
		const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
		document.body.append(frame);
		await loaded;
		const page = frame.contentWindow as Window & typeof globalThis & {violations: string[]};
		await page.customElements.whenDefined('connect-typing-notifier');
		const notifier = page.document.querySelector('connect-typing-notifier')!;
		notifier.connectionToken = chat.connectionToken;
		const field = page.document.querySelector('textarea')!;
		field.value = 'hi';
		field.dispatchEvent(new page.Event('input'));
		// Two requests in flight at once: the service may take them in either order.
		await waitFor(
			async () =>
				(await chat.events())
					.map((event) => event.ContentType)
					.sort()
					.join() === [acknowledged, typing].sort().join(),
		);
		expect(page.violations).to.deep.equal([]);
		frame.remove();
	});
});
