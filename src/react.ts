// Types only: <connect-typing-notifier> in React 19 JSX. `import type {} from 'connect-typing-notifier/react'`.
// React 19 sets a prop as a property when the element has one (connectionToken, htmlFor, …)
// and turns `on<event-name>` props into listeners for that exact event name.
import type * as React from 'react';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierListenerProps, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

/** The element's own props in JSX. */
export interface ConnectTypingNotifierProps extends Partial<ConnectTypingNotifierProperties>, ConnectTypingNotifierListenerProps {}

declare module 'react' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': React.DetailedHTMLProps<React.HTMLAttributes<ConnectTypingNotifierElement>, ConnectTypingNotifierElement> & ConnectTypingNotifierProps;
		}
	}
}
