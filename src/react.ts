// Types only: <connect-typing-notifier> and <connect-typing-indicator> in React 19 JSX. `import type {} from 'connect-typing-notifier/react'`.
// React 19 sets a prop as a property when the element has one (connectionToken, htmlFor, …)
// and turns `on<event-name>` props into listeners for that exact event name.
import type * as React from 'react';
import type {ConnectTypingIndicatorElement, ConnectTypingIndicatorListenerProps, ConnectTypingIndicatorProperties} from './connect-typing-indicator.js';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierListenerProps, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

/** The element's own props in JSX. */
export interface ConnectTypingNotifierProps extends Partial<ConnectTypingNotifierProperties>, ConnectTypingNotifierListenerProps {}
/** The indicator's own props in JSX. */
export interface ConnectTypingIndicatorProps extends Partial<ConnectTypingIndicatorProperties>, ConnectTypingIndicatorListenerProps {}

declare module 'react' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': React.DetailedHTMLProps<React.HTMLAttributes<ConnectTypingNotifierElement>, ConnectTypingNotifierElement> & ConnectTypingNotifierProps;
			'connect-typing-indicator': React.DetailedHTMLProps<React.HTMLAttributes<ConnectTypingIndicatorElement>, ConnectTypingIndicatorElement> & ConnectTypingIndicatorProps;
		}
	}
}
