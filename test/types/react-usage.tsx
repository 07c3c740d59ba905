// Compiled with tsc: React 19 JSX knows <connect-typing-notifier> and <connect-typing-indicator>, their properties and events.
import type {} from 'connect-typing-notifier/react';
import type {TypingSentDetail} from 'connect-typing-notifier';
import type {ConnectTypingIndicatorElement} from 'connect-typing-notifier/indicator';

export const Chat = ({token}: {token: string}) => (
	<>
		<textarea id="msg" />
		<connect-typing-notifier
			htmlFor="msg"
			region="us-east-1"
			connectionToken={token}
			interval={10_000}
			onconnect-typing-sent={(event: CustomEvent<TypingSentDetail>) => event.detail.id}
			onconnect-typing-error={(event) => event.detail.retryable}
		/>
	</>
);

// @ts-expect-error the interval is a number
export const Wrong = () => <connect-typing-notifier interval="fast" />;

export const AgentTyping = ({session}: {session: ConnectTypingIndicatorElement['session']}) => (
	<connect-typing-indicator session={session} hideAfter={12_000} text="{name} is typing" onconnect-typing-hidden={(event) => event.detail.reason} />
);

// @ts-expect-error hideAfter is a number
export const WrongIndicator = () => <connect-typing-indicator hideAfter="soon" />;
