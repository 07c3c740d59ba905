// Types only: <connect-typing-notifier> and <connect-typing-indicator> in Solid JSX. `import type {} from 'connect-typing-notifier/solid'`.
// Solid sets a custom element's props as properties; `on:connect-typing-sent` listens to that
// exact event name.
import type {} from 'solid-js/jsx-runtime';
import type {ConnectTypingIndicatorElement, ConnectTypingIndicatorEventMap, ConnectTypingIndicatorProperties} from './connect-typing-indicator.js';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierEventMap, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

// Solid's JSX namespace lives in its JSX runtime's types, which `jsxImportSource: "solid-js"` reads.
declare module 'solid-js/jsx-runtime' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': Omit<HTMLAttributes<ConnectTypingNotifierElement>, keyof ConnectTypingNotifierProperties> & Partial<ConnectTypingNotifierProperties>;
			'connect-typing-indicator': Omit<HTMLAttributes<ConnectTypingIndicatorElement>, keyof ConnectTypingIndicatorProperties> & Partial<ConnectTypingIndicatorProperties>;
		}
		// `on:<name>` handlers, typed by event name.
		interface CustomEvents extends ConnectTypingNotifierEventMap, ConnectTypingIndicatorEventMap {}
	}
}
