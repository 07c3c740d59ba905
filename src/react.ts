// Types only: <connect-typing-notifier> in React 19 JSX. `import type {} from 'connect-typing-notifier/react'`.
// React 19 sets a prop as a property when the element has one (connectionToken, htmlFor, …)
// and turns `on<event-name>` props into listeners for that exact event name.
import type * as React from 'react';
import type {ConnectTypingNotifierElement, ConnectTypingNotifierProperties, TypingErrorDetail, TypingSentDetail, TypingThrottledDetail} from './connect-typing-notifier.js';

type Listener<Detail> = (event: CustomEvent<Detail>) => void;

/** The element's own props in JSX. */
export interface ConnectTypingNotifierProps extends Partial<ConnectTypingNotifierProperties> {
	'onconnect-typing-sent'?: Listener<TypingSentDetail>;
	'onconnect-typing-throttled'?: Listener<TypingThrottledDetail>;
	'onconnect-typing-error'?: Listener<TypingErrorDetail>;
}

declare module 'react' {
	namespace JSX {
		interface IntrinsicElements {
			'connect-typing-notifier': React.DetailedHTMLProps<React.HTMLAttributes<ConnectTypingNotifierElement>, ConnectTypingNotifierElement> & ConnectTypingNotifierProps;
		}
	}
}
