import type {ParticipantEventContentType} from '../core/content-types.js';
import type {SendEventOutput} from '../core/participant-event-client.js';

/** `connect-typing-sent`: the service took the event. */
export interface TypingSentDetail extends SendEventOutput {
	contentType: ParticipantEventContentType;
}

/** `connect-typing-throttled`: the service throttled; nothing of this kind is sent for `retryAfterMs` (its cool-down). */
export interface TypingThrottledDetail {
	contentType: ParticipantEventContentType;
	retryAfterMs: number;
}

/** `connect-typing-error`: an event was not sent, or the element is not set up to send one. */
export interface TypingErrorDetail {
	/** The AWS error name, e.g. `AccessDeniedException`, or `NetworkError`, `TimeoutError`. */
	name: string;
	/** The HTTP status, or 0 when there was no response. */
	status: number;
	message: string;
	contentType: ParticipantEventContentType;
	/** Whether the same event may succeed later. */
	retryable: boolean;
	requestId?: string;
}

/** The element's events, by name: each bubbles and is composed. */
export interface ConnectTypingNotifierEventMap {
	'connect-typing-sent': CustomEvent<TypingSentDetail>;
	'connect-typing-throttled': CustomEvent<TypingThrottledDetail>;
	'connect-typing-error': CustomEvent<TypingErrorDetail>;
}

/** Listener props named `on` + the event name, as React 19, Preact and Svelte 5 take them. */
export type ConnectTypingNotifierListenerProps = {
	[Type in keyof ConnectTypingNotifierEventMap as `on${Type}`]?: (event: ConnectTypingNotifierEventMap[Type]) => void;
};
