// The page's side of the production flow: get a ParticipantToken from the back end, turn it
// into a ConnectionToken with CreateParticipantConnection, and give that to the element. A
// refused token is renewed the same way; a chat that ended refuses the renewal too (403).
const notifier = document.querySelector('connect-typing-notifier');
const output = document.querySelector('#last-event');
notifier.addEventListener('connect-typing-sent', ({detail}) => (output.value = `sent ${detail.contentType} ${detail.id}`));
notifier.addEventListener('connect-typing-error', ({detail}) => (output.value = `error ${detail.name}`));

const {contactId, participantToken, region, participantEndpoint} = await (await fetch('chat', {method: 'POST'})).json();
document.querySelector('#contact').value = contactId;
// The real service's endpoint comes from the region, by the same rules the element uses.
const endpoint = participantEndpoint ?? window.ConnectTypingNotifier.resolveEndpoint({region});

/**
 * CreateParticipantConnection: a fresh ConnectionToken (about a day long) while the chat goes on;
 * `undefined` once it ended (403 AccessDeniedException); throws on anything else (network, 429, 5xx).
 */
const freshConnectionToken = async () => {
	const response = await fetch(`${endpoint}/participant/connection`, {
		method: 'POST',
		headers: {'content-type': 'application/json', 'x-amz-bearer': participantToken},
		body: JSON.stringify({Type: ['CONNECTION_CREDENTIALS']}),
	});
	if (response.status === 403) return undefined;
	if (!response.ok) throw new Error(`CreateParticipantConnection: ${response.status}`);
	return (await response.json()).ConnectionCredentials.ConnectionToken;
};

if (participantEndpoint) notifier.endpoint = participantEndpoint;
else notifier.region = region;
notifier.connectionToken = await freshConnectionToken();
// A refused token: expired (a fresh one comes back), or the chat ended (none does).
notifier.addEventListener('connect-typing-error', async ({detail}) => {
	if (detail.name !== 'AccessDeniedException') return;
	try {
		const token = await freshConnectionToken();
		if (token) notifier.connectionToken = token;
		else output.value = 'the chat ended';
	} catch (error) {
		output.value = `no fresh token yet: ${error.message}`;
	}
});
