// The library under test: `src/` (the default), or the built CDN file when the test runner's
// page says `window.TARGET = 'cdn'` — loaded as users load it, by a classic <script> tag that
// defines the element and exposes `ConnectTypingNotifier`. One suite, two targets.
import type * as Library from '../../src/index.js';

declare global {
	interface Window {
		TARGET?: 'src' | 'cdn';
		ConnectTypingNotifier?: typeof Library;
	}
}

export const target = window.TARGET ?? 'src';

/** Loads a script as a page's classic <script src> does. */
export const loadScript = async (src: string) => {
	const script = Object.assign(document.createElement('script'), {src});
	const loaded = new Promise((resolve, reject) => {
		script.onload = resolve;
		script.onerror = () => reject(new Error(`${src} did not load: run \`npm run build\` first`));
	});
	document.head.append(script);
	await loaded;
};

const loadCdnFile = async () => {
	await loadScript('/dist/connect-typing-notifier.min.js');
	return window.ConnectTypingNotifier!;
};

export const library: typeof Library = target === 'cdn' ? await loadCdnFile() : await import('../../src/index.js');

export const {ConnectTypingNotifierElement, ContentTypes, ParticipantEventClient, ParticipantServiceError} = library;
export type ConnectTypingNotifierElement = InstanceType<typeof library.ConnectTypingNotifierElement>;
export type ParticipantServiceError = InstanceType<typeof library.ParticipantServiceError>;
