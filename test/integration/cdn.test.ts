// The built CDN file, loaded the way a page without a build step loads it.
import {expect} from '@open-wc/testing';
import minimums from '../../build/browser-minimums.json';
import {emulatorUrl, startCustomerChat, typing, waitFor} from '../support/emulator.js';

const cdnFile = '/dist/connect-typing-notifier.min.js';

/** Opens a blank page in an iframe with `head` in it; resolves once it loaded. */
const openPage = async (head: string) => {
	const frame = document.createElement('iframe');
	frame.srcdoc = `<!doctype html><html><head>${head}</head><body>
		<textarea id="msg"></textarea>
		<connect-typing-notifier for="msg" endpoint="${emulatorUrl}" interval="1"></connect-typing-notifier>
	</body></html>`;
	const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
	document.body.append(frame);
	await loaded;
	return frame;
};

type Frame = Window & typeof globalThis & {ConnectTypingNotifier?: Record<string, unknown>};

const typesInto = async (frame: HTMLIFrameElement) => {
	const chat = await startCustomerChat();
	const page = frame.contentWindow as Frame;
	await page.customElements.whenDefined('connect-typing-notifier');
	const notifier = page.document.querySelector('connect-typing-notifier')!;
	const sent = new Promise((resolve) => notifier.addEventListener('connect-typing-sent', resolve));
	notifier.connectionToken = chat.connectionToken;
	const field = page.document.querySelector('textarea')!;
	field.value = 'hello';
	field.dispatchEvent(new page.InputEvent('input'));
	await sent;
	await waitFor(async () => (await chat.events()).some((event) => event.ContentType === typing));
};

describe('the CDN file', () => {
	afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

	it('works from <script type="module" src>', async () => {
		await typesInto(await openPage(`<script type="module" src="${cdnFile}"></script>`));
	});

	it("works from a classic <script src>, adding only the ConnectTypingNotifier namespace (and Lit's own registries)", async () => {
		const blank = await openPage('');
		const before = new Set(Object.keys(blank.contentWindow!));
		const frame = await openPage(`<script src="${cdnFile}"></script>`);
		const page = frame.contentWindow as Frame;
		// Every Lit on a page shares these two; they are Lit's, not ours.
		const lit = ['litPropertyMetadata', 'reactiveElementVersions'];
		expect(Object.keys(page).filter((key) => !before.has(key) && !lit.includes(key))).to.deep.equal(['ConnectTypingNotifier']);
		expect(page.ConnectTypingNotifier).to.include.keys('ConnectTypingNotifierElement', 'ParticipantEventClient', 'resolveEndpoint');
		await typesInto(frame);
	});

	it('loads twice on one page (two copies) without an error', async () => {
		const frame = await openPage(`<script>window.errors = []; addEventListener('error', (event) => errors.push(event.message));</script>
			<script src="${cdnFile}"></script><script src="${cdnFile}?copy=2"></script>`);
		expect((frame.contentWindow as Frame & {errors: string[]}).errors).to.deep.equal([]);
		await typesInto(frame);
	});
});

describe('browser minimums', () => {
	it("each engine reads the build's language level, and is no older than the README's minimum where its user agent names one", () => {
		// Class static blocks: the newest syntax in the CDN file (build/browser-minimums.json).
		expect(() => new Function('class A { static { this.ok = true; } }')).not.to.throw();
		const agent = navigator.userAgent;
		// Safari says its version as `Version/x.y`; WebKitGTK (on Linux) says no Safari version.
		const [, name, version] = /(Firefox|Chrome)\/(\d+)/.exec(agent) ?? (/Macintosh|iPhone|iPad/.test(agent) ? /(Version)\/(\d+\.\d+)/.exec(agent) : null) ?? [];
		if (!name) {
			expect(agent, 'WebKitGTK').to.match(/AppleWebKit\/.*Linux|Linux.*AppleWebKit\//);
			return;
		}
		const minimum = (minimums.browsers as Record<string, number>)[name === 'Version' ? 'Safari (macOS and iOS)' : name];
		expect(minimum, `a minimum for ${agent}`).to.be.a('number');
		expect(Number(version), agent).to.be.at.least(minimum!);
	});
});
