import type {ConnectTypingNotifierEventMap} from './events.js';

/** How loud a console line is: a mistake, something likely wrong, or worth knowing while developing. */
export type ConsoleLevel = 'error' | 'warn' | 'info';

/**
 * Tells the page what happened, as the element's events, and the developer, as console lines
 * that name the element. It decides nothing: `Outcomes` says what is told, and when.
 */
export class Reporter {
	readonly #host: HTMLElement;

	constructor(host: HTMLElement) {
		this.#host = host;
	}

	/** An event that bubbles and crosses shadow roots. */
	event<Type extends keyof ConnectTypingNotifierEventMap>(type: Type, detail: ConnectTypingNotifierEventMap[Type]['detail']) {
		this.#host.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
	}

	console(level: ConsoleLevel, message: string) {
		console[level](`<${this.#host.localName}> ${message}`);
	}
}
