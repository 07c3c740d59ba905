// What a bench page puts on `window`: the peer under test, and the measurements run.mjs calls.
import type {CustomerChat} from '../../emulator/controls.js';

declare global {
	interface Window {
		/** The library under test, wired the way a page would wire it. */
		peer: {
			/** Which region a trial uses (ChatJS throttles per region). */
			regionFor(trial: number): string;
			/** Binds the peer's typing to `field` for `chat`; resolves to an unbind. */
			bind(field: HTMLTextAreaElement, chat: CustomerChat, options: {region: string; index: number; offline?: boolean}): Promise<() => unknown>;
			/** Starts the acknowledgement: when it started, and when its outcome came (performance.now()). */
			acknowledge(chat: CustomerChat, options: {region: string}): Promise<{started: number; done: Promise<number>}>;
		};
		bench: typeof import('./harness.js').bench;
	}
}
