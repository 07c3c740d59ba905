// Types only: <connect-typing-notifier> in Solid JSX. `import type {} from 'connect-typing-notifier/solid'`.
// Solid sets a custom element's props as properties; `on:connect-typing-sent` listens to that
// exact event name.
import type {} from 'solid-js/jsx-runtime';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierEventMap, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

// Solid's JSX namespace lives in its JSX runtime's types, which `jsxImportSource: "solid-js"` reads.
declare module 'solid-js/jsx-runtime' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': Omit<HTMLAttributes<ConnectTypingNotifierElement>, keyof ConnectTypingNotifierProperties> & Partial<ConnectTypingNotifierProperties>;
		}
		// `on:<name>` handlers, typed by event name.
		interface CustomEvents extends ConnectTypingNotifierEventMap {}
	}
}
