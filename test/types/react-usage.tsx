// Compiled with tsc: React 19 JSX knows <connect-typing-notifier>, its properties and events.
import type {} from 'connect-typing-notifier/react';
import type {TypingSentDetail} from 'connect-typing-notifier';

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
