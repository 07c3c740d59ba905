// Compiled with tsc: Preact JSX knows <connect-typing-notifier>, its properties and events.
import type {} from 'connect-typing-notifier/preact';
import type {TypingSentDetail} from 'connect-typing-notifier';

export const Chat = ({token}: {token: string}) => (
	<>
		<textarea id="msg" />
		<connect-typing-notifier
			htmlFor="msg"
			region="us-east-1"
			connectionToken={token}
			interval={10_000}
			disabled={false}
			onconnect-typing-sent={(event: CustomEvent<TypingSentDetail>) => event.detail.id}
			onconnect-typing-error={(event) => event.detail.retryable}
		/>
	</>
);

// @ts-expect-error the interval is a number
export const WrongType = () => <connect-typing-notifier interval="fast" />;
// @ts-expect-error a throttled event's detail has no retryAfterMsTypo
export const WrongDetail = () => <connect-typing-notifier onconnect-typing-throttled={(event) => event.detail.retryAfterMsTypo} />;
