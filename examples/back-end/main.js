// The page's side of the production flow: get a ParticipantToken from the back end, turn it
// into a ConnectionToken with CreateParticipantConnection, and give that to the element.
const notifier = document.querySelector('connect-typing-notifier');
const output = document.querySelector('#last-event');
notifier.addEventListener('connect-typing-sent', ({detail}) => (output.value = `sent ${detail.contentType} ${detail.id}`));
notifier.addEventListener('connect-typing-error', ({detail}) => (output.value = `error ${detail.name}`));

const {participantToken, region, participantEndpoint} = await (await fetch('chat', {method: 'POST'})).json();
// The real service's endpoint comes from the region, by the same rules the element uses.
const endpoint = participantEndpoint ?? window.ConnectTypingNotifier.resolveEndpoint({region});

/** CreateParticipantConnection: a ConnectionToken (about a day long) for the participant. */
const connect = async () => {
	const response = await fetch(`${endpoint}/participant/connection`, {
		method: 'POST',
		headers: {'content-type': 'application/json', 'x-amz-bearer': participantToken},
		body: JSON.stringify({Type: ['CONNECTION_CREDENTIALS']}),
	});
	if (!response.ok) throw new Error(`CreateParticipantConnection: ${response.status}`);
	return (await response.json()).ConnectionCredentials.ConnectionToken;
};

if (participantEndpoint) notifier.endpoint = participantEndpoint;
else notifier.region = region;
notifier.connectionToken = await connect();
// A refused token (expired, or the chat ended): a fresh one from the same ParticipantToken.
notifier.addEventListener('connect-typing-error', async ({detail}) => {
	if (detail.name !== 'AccessDeniedException') return;
	try {
		notifier.connectionToken = await connect();
	} catch (error) {
		output.value = `the chat is over: ${error.message}`;
	}
});
