// Compiled with tsc: Solid JSX knows <connect-typing-notifier> and <connect-typing-indicator>, their properties and `on:` events.
import type {} from 'connect-typing-notifier/solid';

export const Chat = (props: {token: string}) => (
	<>
		<textarea id="msg" />
		<connect-typing-notifier
			htmlFor="msg"
			region="us-east-1"
			connectionToken={props.token}
			interval={10_000}
			disabled={false}
			on:connect-typing-sent={(event) => event.detail.id}
			on:connect-typing-error={(event) => event.detail.retryable}
		/>
	</>
);

// @ts-expect-error the interval is a number
export const WrongType = () => <connect-typing-notifier interval="fast" />;
// @ts-expect-error a throttled event's detail has no retryAfterMsTypo
export const WrongDetail = () => <connect-typing-notifier on:connect-typing-throttled={(event) => event.detail.retryAfterMsTypo} />;

export const AgentTyping = () => <connect-typing-indicator hideAfter={12_000} on:connect-typing-shown={(event) => event.detail.participant.displayName} />;
// @ts-expect-error hideAfter is a number
export const WrongIndicator = () => <connect-typing-indicator hideAfter="soon" />;
