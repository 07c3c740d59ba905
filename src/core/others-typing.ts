import type {Clock} from './clock.js';
import {indicatorMs} from './timing.js';

/** A participant of the chat, as a typing or message event names it. */
export interface ChatParticipant {
	participantId: string;
	/** The name the chat shows for them (the agent's, a bot's). */
	displayName?: string;
	/** `AGENT`, `CUSTOMER`, `SYSTEM`, `CUSTOM_BOT`, `SUPERVISOR`. */
	role?: string;
}

/** Why a participant's typing is no longer shown. */
export type HiddenReason = 'lapsed' | 'message' | 'ended' | 'removed';

// The customer's own typing comes back to the customer's page over the chat's WebSocket.
const customerRole = 'CUSTOMER';

/**
 * Who else in the chat is typing, for the customer's page. No Connect API says "stopped typing",
 * so each participant shows from their typing event until `lapseMs` after their last one (12 s,
 * as the agent's and customer's chat interfaces use), or until their message arrives, or until the
 * chat ends. The customer's own typing never shows. The caller keeps one timer, for `nextLapseInMs()`.
 */
export class OthersTyping {
	readonly #clock: Clock;
	/** How long a participant shows after their last typing event, in ms. */
	lapseMs = indicatorMs;
	/** The customer's own participant id, whose typing never shows. */
	self?: string;
	// Who shows, each with the time of their last typing event, in the order they began.
	readonly #typing = new Map<string, {participant: ChatParticipant; at: number}>();

	constructor(clock: Clock) {
		this.#clock = clock;
	}

	/** The participants shown now, in the order they began typing. */
	get shown(): ChatParticipant[] {
		return [...this.#typing.values()].map(({participant}) => participant);
	}

	/** A participant typed: true when they begin to show (a new burst), false when they showed already or are the customer. */
	typing(participant: ChatParticipant): boolean {
		const {participantId, role} = participant;
		if (role === customerRole || participantId === this.self) return false;
		const shown = this.#typing.has(participantId);
		// A burst keeps its place in the order, and takes the latest name.
		this.#typing.set(participantId, {participant, at: this.#clock()});
		return !shown;
	}

	/** A participant's message arrived: they no longer show. Gives them, if they showed. */
	messageArrived(participantId: string): ChatParticipant | undefined {
		const typing = this.#typing.get(participantId);
		this.#typing.delete(participantId);
		return typing?.participant;
	}

	/** Those whose last typing event is `lapseMs` old: they no longer show. */
	lapsed(): ChatParticipant[] {
		const now = this.#clock();
		return this.#hide(([, {at}]) => now >= at + this.lapseMs);
	}

	/** The chat ended, or nobody is watching: nobody shows. Gives who showed. */
	clear(): ChatParticipant[] {
		return this.#hide(() => true);
	}

	/** Ms until the next participant lapses; undefined when nobody shows. */
	nextLapseInMs(): number | undefined {
		const ats = [...this.#typing.values()].map(({at}) => at);
		return ats.length ? Math.max(0, Math.min(...ats) + this.lapseMs - this.#clock()) : undefined;
	}

	#hide(which: (entry: [string, {participant: ChatParticipant; at: number}]) => boolean): ChatParticipant[] {
		const hidden = [...this.#typing].filter(which);
		for (const [participantId] of hidden) this.#typing.delete(participantId);
		return hidden.map(([, {participant}]) => participant);
	}
}
