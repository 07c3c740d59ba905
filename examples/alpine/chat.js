// The site's own chat start, which its Alpine state calls: its back end starts the chat
// (StartChatContact) and gives the ParticipantToken; the page makes the ConnectionToken with
// CreateParticipantConnection. Here the emulator stands in for Amazon Connect, at the URL the page
// was opened with (?emulator=) or the one its server names (/config.json).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the page's Alpine state calls it
async function startChat() {
	const {emulatorControls, emulatorUrlOfPage} = await import('../../emulator/controls.js');
	const endpoint = await emulatorUrlOfPage();
	const {connectionToken} = await emulatorControls(endpoint).startCustomerChat();
	return {endpoint, token: connectionToken};
}
