import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {listenToSession, type ChatSession, type SessionListener} from './chatjs-session.js';

// The element, as the feed reads it: the session the page gave it.
interface Host extends ReactiveControllerHost, HTMLElement {
	session?: ChatSession | null;
}

/**
 * Feeds the display from a ChatJS session while the element is on the page: the session's typing,
 * messages and end, and the customer's own participant id. Given another session, or taken off
 * the page, it stops hearing the one before.
 */
export class SessionFeed implements ReactiveController {
	readonly #host: Host;
	readonly #listener: SessionListener & {self(participantId: string | undefined): void};
	#heard?: ChatSession | null;
	#stop?: () => void;

	constructor(host: Host, listener: SessionListener & {self(participantId: string | undefined): void}) {
		this.#host = host;
		this.#listener = listener;
		host.addController(this);
	}

	hostConnected() {
		this.#hear(this.#host.session);
	}

	hostDisconnected() {
		this.#hear(undefined);
	}

	// A new session, before the element renders: hear it instead.
	hostUpdate() {
		if (this.#host.isConnected && this.#host.session !== this.#heard) this.#hear(this.#host.session);
	}

	#hear(session: ChatSession | null | undefined) {
		this.#stop?.();
		this.#stop = undefined;
		this.#heard = session;
		if (!session) return;
		this.#listener.self(session.getChatDetails().participantId);
		this.#stop = listenToSession(session, this.#listener);
	}
}
