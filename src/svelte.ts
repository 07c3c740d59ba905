// Types only: <connect-typing-notifier> and <connect-typing-indicator> in Svelte 5 markup, as svelte-check checks it.
// `import type {} from 'connect-typing-notifier/svelte'`. Svelte sets a prop as a property when
// the element has one, and turns `on<event-name>` attributes into listeners for that exact name.
import type {HTMLAttributes} from 'svelte/elements';
import type {ConnectTypingIndicatorElement, ConnectTypingIndicatorListenerProps, ConnectTypingIndicatorProperties} from './connect-typing-indicator.js';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierListenerProps, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

declare module 'svelte/elements' {
	interface SvelteHTMLElements {
		'connect-typing-notifier': Omit<HTMLAttributes<ConnectTypingNotifierElement>, keyof ConnectTypingNotifierProperties> &
			Partial<ConnectTypingNotifierProperties> & {for?: string} & ConnectTypingNotifierListenerProps;
		'connect-typing-indicator': Omit<HTMLAttributes<ConnectTypingIndicatorElement>, keyof ConnectTypingIndicatorProperties> &
			Partial<ConnectTypingIndicatorProperties> &
			ConnectTypingIndicatorListenerProps;
	}
}
