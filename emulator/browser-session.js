// What a page's back end does before the element can work, done against the emulator from
// the browser: start a chat (StartChatContact) and connect its customer
// (CreateParticipantConnection). Used by the demo, the examples and the tests.

/**
 * @param {string} emulatorUrl
 * @param {string} path
 * @param {{method?: string, token?: string, body?: unknown}} [options]
 */
export const callEmulator = async (emulatorUrl, path, {method = 'POST', token, body} = {}) => {
	const response = await fetch(emulatorUrl + path, {
		method,
		headers: {...(body === undefined ? {} : {'content-type': 'application/json'}), ...(token ? {'x-amz-bearer': token} : {})},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return response.status === 204 ? undefined : response.json();
};

/**
 * Starts a chat and connects its customer.
 * @param {string} emulatorUrl
 * @param {{rateLimit?: {burst: number, perSecond: number}}} [options]
 */
export const startChatSession = async (emulatorUrl, {rateLimit} = {}) => {
	const {ContactId: contactId, ParticipantToken: participantToken} = await callEmulator(emulatorUrl, '/_emulator/chats', {body: rateLimit ? {rateLimit} : {}});
	/** Mints a ConnectionToken for the chat, as CreateParticipantConnection does. @returns {Promise<string>} */
	const connect = async () =>
		(await callEmulator(emulatorUrl, '/participant/connection', {token: participantToken, body: {Type: ['CONNECTION_CREDENTIALS']}})).ConnectionCredentials.ConnectionToken;
	return {contactId: /** @type {string} */ (contactId), participantToken: /** @type {string} */ (participantToken), connectionToken: await connect(), connect};
};

/** The emulator URL a page was opened with (`?emulator=`), else the one its server names in /config.json. */
export const emulatorUrlOfPage = async () =>
	new URLSearchParams(location.search).get('emulator') ?? (await (await fetch('/config.json')).json()).emulatorUrl;
