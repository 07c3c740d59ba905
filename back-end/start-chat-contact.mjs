// @ts-check
// The project's chat back end, the one job a back end has in the production flow: start a chat
// with Amazon Connect StartChatContact, with AWS credentials that never reach the browser, and
// hand the page the ParticipantToken. The official client; only its endpoint differs for the
// emulator. examples/back-end/ runs it against AWS or the emulator; the demo, the examples, the
// test runner and the benches serve it as their pages' `POST /chat`.
import {ConnectClient, StartChatContactCommand} from '@aws-sdk/client-connect';

/**
 * Where chats start: the emulator when CONNECT_ENDPOINT is set (any credentials do there; the
 * access key names the account whose quotas the chat uses), else Amazon Connect in AWS_REGION
 * with the machine's AWS credentials.
 * @param {Record<string, string | undefined>} env
 * @param {{account?: string}} [emulatorOptions]
 */
export const connectSettings = (env = process.env, {account = 'emulator'} = {}) => {
	const endpoint = env.CONNECT_ENDPOINT;
	const region = env.AWS_REGION ?? 'us-east-1';
	return {
		region,
		endpoint,
		instanceId: env.CONNECT_INSTANCE_ID ?? (endpoint ? 'emulator-instance' : ''),
		contactFlowId: env.CONNECT_CONTACT_FLOW_ID ?? (endpoint ? 'emulator-flow' : ''),
		client: new ConnectClient({
			region,
			...(endpoint ? {endpoint, credentials: {accessKeyId: account, secretAccessKey: 'emulator'}} : {}),
		}),
	};
};

/**
 * Starts a chat for a customer: what the page needs to connect to it (and its ContactId, which
 * a back end keeps to find the contact later).
 * @param {ReturnType<typeof connectSettings>} settings
 * @param {string} displayName
 */
export const startChatContact = async ({client, instanceId, contactFlowId, region, endpoint}, displayName) => {
	if (!instanceId || !contactFlowId) throw new Error('Set CONNECT_INSTANCE_ID and CONNECT_CONTACT_FLOW_ID (or CONNECT_ENDPOINT for the emulator)');
	const {ContactId, ParticipantToken} = await client.send(new StartChatContactCommand({InstanceId: instanceId, ContactFlowId: contactFlowId, ParticipantDetails: {DisplayName: displayName}}));
	if (!ContactId || !ParticipantToken) throw new Error('StartChatContact answered without a ContactId or ParticipantToken');
	// The page calls CreateParticipantConnection there: the emulator, or the region's Participant Service.
	return {contactId: ContactId, participantToken: ParticipantToken, region, participantEndpoint: endpoint};
};

/**
 * What the `POST /chat` route of the project's own page servers does, against an emulator: starts
 * a chat in the account the request's JSON names (`{"account": …}`, for a page that wants quotas
 * of its own), else in the emulator's default one.
 * @param {string} emulatorUrl
 */
export const emulatorChatStarter = (emulatorUrl) => {
	/** @type {Map<string | undefined, ReturnType<typeof connectSettings>>} */
	const byAccount = new Map();
	/** @param {unknown} body the request's JSON, if any */
	return (body) => {
		const account = body && typeof body === 'object' && 'account' in body && typeof body.account === 'string' ? body.account : undefined;
		if (!byAccount.has(account)) byAccount.set(account, connectSettings({CONNECT_ENDPOINT: emulatorUrl}, {account}));
		return startChatContact(/** @type {ReturnType<typeof connectSettings>} */ (byAccount.get(account)), 'Customer');
	};
};

/**
 * `POST /chat` (and any other of `paths`) for the @web/dev-server pages of the test runner and
 * the bench: the emulator chat starter, reading the Koa request.
 * @param {string} emulatorUrl @param {string[]} [paths]
 * @returns {(context: import('koa').Context, next: () => Promise<unknown>) => Promise<unknown>}
 */
export const chatMiddleware = (emulatorUrl, paths = ['/chat']) => {
	const startEmulatorChat = emulatorChatStarter(emulatorUrl);
	return async (context, next) => {
		if (context.method !== 'POST' || !paths.includes(context.path)) return next();
		let text = '';
		for await (const chunk of context.req) text += chunk;
		context.body = await startEmulatorChat(text ? JSON.parse(text) : {});
	};
};
