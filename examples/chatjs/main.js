// A customer chat on Amazon Connect ChatJS 5: ChatJS connects, sends and receives messages; the
// notifier sends the customer's typing events (ChatJS's own sendEvent for typing is left unused),
// and the indicator shows the agent's, from the session.
import 'amazon-connect-chatjs';
import 'connect-typing-notifier';
import 'connect-typing-notifier/indicator';
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';

const {connect} = /** @type {any} */ (globalThis);
const notifier = document.querySelector('connect-typing-notifier');
const output = document.querySelector('#last-event');
const transcript = document.querySelector('#transcript');
const field = document.querySelector('#msg');
notifier.addEventListener('connect-typing-sent', ({detail}) => (output.value = `sent ${detail.contentType} ${detail.id}`));

// Your back end's StartChatContact gives these; here the emulator stands in for it.
const emulator = await emulatorUrlOfPage();
const {contactId, participantToken} = await emulatorControls(emulator).startCustomerChat();
document.querySelector('#contact').value = contactId;

// Production: setGlobalConfig({region}) alone. The emulator is reached through `endpoint`.
connect.ChatSession.setGlobalConfig({region: 'us-east-1', endpoint: emulator, loggerConfig: {level: connect.LogLevel.ERROR}});
const session = connect.ChatSession.create({
	chatDetails: {ContactId: contactId, ParticipantId: 'customer', ParticipantToken: participantToken},
	type: connect.ChatSession.SessionTypes.CUSTOMER,
	options: {region: 'us-east-1'},
});

// The agent's typing, from the session's events: shown until their message, or 12 s after their last.
document.querySelector('connect-typing-indicator').session = session;

const show = (who, text) => transcript.append(Object.assign(document.createElement('li'), {className: who, textContent: `${who}: ${text}`}));
session.onMessage(({data}) => data.ContentType === 'text/plain' && show(data.ParticipantRole === 'CUSTOMER' ? 'you' : 'agent', data.Content));
await session.connect();

// The ConnectionToken ChatJS got from CreateParticipantConnection, for the element.
notifier.endpoint = emulator;
notifier.connectionToken = session.getChatDetails().connectionDetails.connectionToken;

// A refused token (403): it expired, and CreateParticipantConnection with the chat's
// ParticipantToken gives a fresh one (beside ChatJS's own connection, which it renews by itself);
// or the chat ended, and that call is refused too (403).
// Production: the endpoint is resolveEndpoint({region}) from connect-typing-notifier/client.
notifier.addEventListener('connect-typing-error', async ({detail}) => {
	output.value = `error ${detail.name}`;
	if (detail.name !== 'AccessDeniedException') return;
	try {
		const response = await fetch(`${emulator}/participant/connection`, {
			method: 'POST',
			headers: {'content-type': 'application/json', 'x-amz-bearer': participantToken},
			body: JSON.stringify({Type: ['CONNECTION_CREDENTIALS']}),
		});
		if (response.ok) notifier.connectionToken = (await response.json()).ConnectionCredentials.ConnectionToken;
		else output.value = response.status === 403 ? 'the chat ended' : `no fresh token yet: ${response.status}`;
	} catch (error) {
		output.value = `no fresh token yet: ${error.message}`;
	}
});

document.querySelector('#composer').addEventListener('submit', async (event) => {
	event.preventDefault();
	const text = field.value.trim();
	if (!text) return;
	field.value = '';
	await session.sendMessage({contentType: 'text/plain', message: text});
});
