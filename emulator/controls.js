// @ts-check
// The one client for the emulator, from a browser or Node: what a page does before the element
// can work (ask its back end to start a chat, connect the customer), and the emulator's own
// controls (control-api.js) for that chat (faults, what it received). Used by the demo, the
// examples, the tests and the benches. It imports nothing, so that pages load it as it is.

/**
 * @typedef {import('./types.js').FaultRequest} FaultRequest a failure to inject into a chat's next calls
 * @typedef {import('./types.js').Attempt} Attempt an attempt that reached a chat, and how the emulator answered it
 * @typedef {import('./types.js').ChatEvent} ChatEvent an event in the chat's transcript, as the agent sees it
 * @typedef {{ParticipantId: string, DisplayName?: string, ParticipantRole?: string}} OtherParticipant a participant besides the customer (the agent when none is named)
 */

/**
 * @param {string} emulatorUrl
 * @param {string} path
 * @param {{method?: string, token?: string, body?: unknown}} [options]
 * @returns {Promise<any>}
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
 * The controls of the emulator at `emulatorUrl`.
 * @param {string} emulatorUrl
 */
export const emulatorControls = (emulatorUrl) => {
	/**
	 * The emulator's controls for a chat, named by its ContactId: what it received, faults, and what
	 * the agent does. A page that started the chat itself (an example) is looked at through these.
	 * @param {string} contactId
	 */
	const chatControls = (contactId) => {
		const chat = `/_emulator/chats/${contactId}`;
		return {
			/** What the chat received. @returns {Promise<ChatEvent[]>} */
			events: async () => (await callEmulator(emulatorUrl, `${chat}/events`, {method: 'GET'})).Events,
			/** How many WebSockets have subscribed to the chat's events (`aws/chat`): what the agent does reaches them. @returns {Promise<number>} */
			subscribedWebSockets: async () => (await callEmulator(emulatorUrl, `${chat}/websockets`, {method: 'GET'})).Subscribed,
			/** Every attempt that reached the chat. @returns {Promise<Attempt[]>} */
			requests: async () => (await callEmulator(emulatorUrl, `${chat}/requests`, {method: 'GET'})).Requests,
			/** The same events, live (Server-Sent Events named `chat-event`). */
			streamUrl: `${emulatorUrl}${chat}/stream`,
			/** @param {FaultRequest} fault */
			fault: (fault) => callEmulator(emulatorUrl, `${chat}/faults`, {body: fault}),
			/** Removes the faults not yet spent: the chat answers normally again. */
			clearFaults: () => callEmulator(emulatorUrl, `${chat}/faults`, {method: 'DELETE'}),
			/**
			 * A message from the agent, or from another participant: pushed to the customer's WebSocket (ChatJS `onMessage`).
			 * @param {string} content @param {OtherParticipant} [participant]
			 */
			agentMessage: (content, participant) => callEmulator(emulatorUrl, `${chat}/agent-messages`, {body: {Content: content, ...participant}}),
			/** The agent, or another participant, types: pushed to the customer's WebSocket (ChatJS `onTyping`). @param {OtherParticipant} [participant] */
			agentTyping: (participant) => callEmulator(emulatorUrl, `${chat}/agent-typing`, {body: {...participant}}),
			/** Expires the chat's tokens: its calls then get 403. */
			expire: () => callEmulator(emulatorUrl, `${chat}/expire`),
			/** Ends the chat, as an agent does: its calls then get 403. */
			end: () => callEmulator(emulatorUrl, `${chat}/end`),
		};
	};
	/**
	 * A started chat: its customer connected (CreateParticipantConnection), and the emulator's controls for it.
	 * @param {{contactId: string, participantToken: string}} started what StartChatContact gave the back end
	 */
	const connectCustomer = async ({contactId, participantToken}) => {
		/** Mints a ConnectionToken for the chat, as CreateParticipantConnection does. @returns {Promise<string>} */
		const connect = async () =>
			(await callEmulator(emulatorUrl, '/participant/connection', {token: participantToken, body: {Type: ['CONNECTION_CREDENTIALS']}})).ConnectionCredentials.ConnectionToken;
		return {contactId, participantToken, connectionToken: await connect(), connect, ...chatControls(contactId)};
	};
	return {
		/**
		 * Starts a chat as a page does in production: its back end (`POST /chat` on the page's own
		 * server, which calls StartChatContact with the official AWS SDK) gives the ParticipantToken.
		 * Then connects the customer.
		 * @param {{account?: string, backEnd?: string}} [options] `account`: the quotas' account (the
		 *   back end signs with it as its access key); `backEnd`: where the page's back end starts chats
		 */
		startCustomerChat: async ({account, backEnd = '/chat'} = {}) => {
			const response = await fetch(backEnd, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(account ? {account} : {})});
			if (!response.ok) throw new Error(`POST ${backEnd}: ${response.status} ${await response.text()}`);
			return connectCustomer(await response.json());
		},
		connectCustomer,
		chatControls,
		/**
		 * An account's quotas (per operation: `{perSecond, burst}`) and whether its 429s carry
		 * `Retry-After`; a change names only what it changes.
		 * @param {string} account
		 * @param {{quotas?: Partial<import('./quotas.js').QuotaTable>, retryAfter?: boolean}} [change]
		 * @returns {Promise<import('./quotas.js').AccountSettings>}
		 */
		configureAccount: (account, change) => callEmulator(emulatorUrl, `/_emulator/accounts/${encodeURIComponent(account)}`, change ? {method: 'PUT', body: change} : {method: 'GET'}),
	};
};

/** @typedef {Awaited<ReturnType<ReturnType<typeof emulatorControls>['connectCustomer']>>} CustomerChat */

/**
 * The emulator URL a page was opened with (`?emulator=`), else the one its server names in
 * /config.json (`npm start`, `npm run examples`). Without either, says so on the page and throws.
 * @returns {Promise<string>}
 */
export const emulatorUrlOfPage = async () => {
	const fromQuery = new URLSearchParams(location.search).get('emulator');
	if (fromQuery) return fromQuery;
	try {
		const {emulatorUrl} = await (await fetch('/config.json')).json();
		if (typeof emulatorUrl === 'string') return emulatorUrl;
	} catch {
		// Not served by npm start or npm run examples: explained below.
	}
	const help =
		'No emulator to talk to. Open this page through `npm start` or `npm run examples` (they print its address), ' +
		'or add ?emulator=<its URL> to the address, e.g. ?emulator=http://127.0.0.1:8041 with `npm run emulator` running.';
	const notice = Object.assign(document.createElement('p'), {role: 'alert', textContent: help});
	notice.style.cssText = 'padding: 12px; border: 2px solid #b42318; color: #b42318; font: 15px system-ui, sans-serif';
	document.body.prepend(notice);
	throw new Error(help);
};
