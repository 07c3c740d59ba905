// Compiled with tsc: Preact JSX knows <connect-typing-notifier> and <connect-typing-indicator>, their properties and events.
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

export const AgentTyping = () => <connect-typing-indicator hideAfter={12_000} textMany="{names} are typing" onconnect-typing-shown={(event) => event.detail.participant.participantId} />;
// @ts-expect-error a hidden event's reason is not a number
export const WrongReason = () => <connect-typing-indicator onconnect-typing-hidden={(event) => event.detail.reason.toFixed()} />;
