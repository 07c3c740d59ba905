// Types only: <connect-typing-notifier> and <connect-typing-indicator> in Preact JSX. `import type {} from 'connect-typing-notifier/preact'`.
// Preact sets a prop as a property when the element has one (connectionToken, htmlFor, …) and
// turns `on<event-name>` props into listeners for that exact event name.
import type {HTMLAttributes} from 'preact';
import type {ConnectTypingIndicatorElement, ConnectTypingIndicatorListenerProps, ConnectTypingIndicatorProperties} from './connect-typing-indicator.js';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierListenerProps, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

declare module 'preact' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': Omit<HTMLAttributes<ConnectTypingNotifierElement>, keyof ConnectTypingNotifierProperties> &
				Partial<ConnectTypingNotifierProperties> &
				ConnectTypingNotifierListenerProps;
			'connect-typing-indicator': Omit<HTMLAttributes<ConnectTypingIndicatorElement>, keyof ConnectTypingIndicatorProperties> &
				Partial<ConnectTypingIndicatorProperties> &
				ConnectTypingIndicatorListenerProps;
		}
	}
}
