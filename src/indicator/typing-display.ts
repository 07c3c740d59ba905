import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';
import {pageClock} from '../core/clock.js';
import {OthersTyping, type ChatParticipant, type HiddenReason} from '../core/others-typing.js';
import type {ConnectTypingIndicatorEventMap} from './events.js';

/**
 * Who shows as typing on the element, and until when: the participants' state, the one timer for
 * the next to lapse (its own, ended when the element leaves the page, which hides everyone), and
 * the events that say each change.
 */
export class TypingDisplay implements ReactiveController {
	readonly others = new OthersTyping(pageClock());
	readonly #host: ReactiveControllerHost & HTMLElement;
	// Says a new burst to screen readers.
	readonly #announce: () => void;
	#timer?: ReturnType<typeof setTimeout>;

	constructor(host: ReactiveControllerHost & HTMLElement, announce: () => void) {
		this.#host = host;
		this.#announce = announce;
		host.addController(this);
	}

	hostDisconnected() {
		this.#hide(this.others.clear(), 'removed');
	}

	/** A participant typed: they show, and a new burst is announced. */
	typing(participant: ChatParticipant) {
		if (!this.#host.isConnected) return;
		if (this.others.typing(participant)) {
			this.#emit('connect-typing-shown', {participant});
			this.#announce();
		}
		this.#changed();
	}

	/** A participant's message arrived: they no longer show. */
	messageArrived(participantId: string) {
		const participant = this.others.messageArrived(participantId);
		if (participant) this.#hide([participant], 'message');
	}

	/** The chat ended: nobody shows. */
	chatEnded() {
		this.#hide(this.others.clear(), 'ended');
	}

	#hide(participants: ChatParticipant[], reason: HiddenReason) {
		for (const participant of participants) this.#emit('connect-typing-hidden', {participant, reason});
		this.#changed();
	}

	// What shows changed: render it, and set the timer for the next to lapse.
	#changed() {
		clearTimeout(this.#timer);
		const lapseInMs = this.#host.isConnected ? this.others.nextLapseInMs() : undefined;
		if (lapseInMs !== undefined) this.#timer = setTimeout(() => this.#hide(this.others.lapsed(), 'lapsed'), lapseInMs);
		this.#host.requestUpdate();
	}

	#emit<Type extends keyof ConnectTypingIndicatorEventMap>(type: Type, detail: ConnectTypingIndicatorEventMap[Type]['detail']) {
		this.#host.dispatchEvent(new CustomEvent(type, {bubbles: true, composed: true, detail}));
	}
}
