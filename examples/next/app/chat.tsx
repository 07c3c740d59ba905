'use client';
// The chat box, a client component: Next.js renders it on the server too, where the import
// defines nothing, and React hydrates it in the browser, where the element is defined first.
import {useEffect, useState} from 'react';
import {resolveEndpoint} from 'connect-typing-notifier/client';
import 'connect-typing-notifier';
import type {} from 'connect-typing-notifier/react';

/** What the back end answers: the ParticipantToken, and where to connect (the emulator's URL, or the region). */
interface StartedChat {
	contactId: string;
	participantToken: string;
	region: string;
	participantEndpoint?: string;
}

/** The customer's ConnectionToken, made in the browser: CreateParticipantConnection with the ParticipantToken. */
const connect = async ({participantToken}: StartedChat, endpoint: string): Promise<string> => {
	const response = await fetch(`${endpoint}/participant/connection`, {
		method: 'POST',
		headers: {'content-type': 'application/json', 'x-amz-bearer': participantToken},
		body: JSON.stringify({Type: ['CONNECTION_CREDENTIALS']}),
	});
	if (!response.ok) throw new Error(`CreateParticipantConnection: ${response.status}`);
	return (await response.json()).ConnectionCredentials.ConnectionToken;
};

export function Chat() {
	const [chat, setChat] = useState<{contactId: string; endpoint: string; token: string}>();
	const [lastEvent, setLastEvent] = useState('none yet');
	useEffect(() => {
		void (async () => {
			const started: StartedChat = await (await fetch('/examples/next/api/chat', {method: 'POST'})).json();
			const endpoint = started.participantEndpoint ?? resolveEndpoint({region: started.region});
			setChat({contactId: started.contactId, endpoint, token: await connect(started, endpoint)});
		})();
	}, []);
	return (
		<>
			<label htmlFor="msg">Message</label>
			<textarea id="msg" />
			<connect-typing-notifier
				htmlFor="msg"
				endpoint={chat?.endpoint}
				connectionToken={chat?.token}
				onconnect-typing-sent={(event) => setLastEvent(`sent ${event.detail.contentType} ${event.detail.id}`)}
				onconnect-typing-error={(event) => setLastEvent(`error ${event.detail.name}`)}
			/>
			<p>
				Last event: <output id="last-event">{lastEvent}</output> · chat <output id="contact">{chat?.contactId}</output>
			</p>
		</>
	);
}
