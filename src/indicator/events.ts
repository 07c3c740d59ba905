import type {ChatParticipant, HiddenReason} from '../core/others-typing.js';

/** `connect-typing-shown`: a participant began typing (a new burst): the indicator shows them. */
export interface TypingShownDetail {
	participant: ChatParticipant;
}

/** `connect-typing-hidden`: a participant no longer shows, and why: 12 s without typing, their message, the chat's end, the element's removal. */
export interface TypingHiddenDetail {
	participant: ChatParticipant;
	reason: HiddenReason;
}

/** The indicator's events, by name: each bubbles and is composed. */
export interface ConnectTypingIndicatorEventMap {
	'connect-typing-shown': CustomEvent<TypingShownDetail>;
	'connect-typing-hidden': CustomEvent<TypingHiddenDetail>;
}

/** Listener props named `on` + the event name, as React 19, Preact and Svelte 5 take them. */
export type ConnectTypingIndicatorListenerProps = {
	[Type in keyof ConnectTypingIndicatorEventMap as `on${Type}`]?: (event: ConnectTypingIndicatorEventMap[Type]) => void;
};
