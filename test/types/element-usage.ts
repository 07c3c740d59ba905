// Compiled with tsc against the published typings: the DOM knows the element and its events.
import {ConnectTypingNotifierElement, type TypingErrorDetail} from 'connect-typing-notifier';
import {ParticipantEventClient, resolveEndpoint} from 'connect-typing-notifier/client';
import {ConnectTypingIndicatorElement, type TypingHiddenDetail} from 'connect-typing-notifier/indicator';

const created: ConnectTypingNotifierElement = document.createElement('connect-typing-notifier');
const found: ConnectTypingNotifierElement | null = document.querySelector('connect-typing-notifier');
created.connectionToken = 'token';
created.interval = 5000;
created.target = document.createElement('textarea');

created.addEventListener('connect-typing-sent', (event) => {
	const id: string = event.detail.id;
	const time: string = event.detail.absoluteTime;
	return [id, time];
});
created.addEventListener('connect-typing-throttled', (event) => event.detail.retryAfterMs.toFixed());
created.addEventListener('connect-typing-error', (event) => {
	const detail: TypingErrorDetail = event.detail;
	return detail.retryable && detail.name;
});
// @ts-expect-error a sent event has no error name
created.addEventListener('connect-typing-sent', (event) => event.detail.name);
// @ts-expect-error the interval is a number
created.interval = '10s';

const sent: Promise<boolean> = created.sendTyping();
const url: string = resolveEndpoint({region: 'us-east-1', useFips: true});
const client = new ParticipantEventClient({connectionToken: 'token', region: 'eu-west-2'});
const output = client.sendEvent({contentType: 'application/vnd.amazonaws.connect.event.typing'}).then((result) => result.clientToken);

const indicator: ConnectTypingIndicatorElement = document.createElement('connect-typing-indicator');
indicator.typing({participantId: 'agent', displayName: 'Agent', role: 'AGENT'});
indicator.addEventListener('connect-typing-shown', (event) => event.detail.participant.participantId);
indicator.addEventListener('connect-typing-hidden', (event) => {
	const detail: TypingHiddenDetail = event.detail;
	return detail.reason === 'lapsed';
});
// @ts-expect-error a participant has an id
indicator.typing({displayName: 'Agent'});

export {found, sent, url, output};
