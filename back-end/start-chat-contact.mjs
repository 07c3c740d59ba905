// @ts-check
// The back end's one job in the production flow: start a chat with Amazon Connect
// StartChatContact, with AWS credentials that never reach the browser, and hand the page the
// ParticipantToken. The official client; only its endpoint differs for the emulator.
import {ConnectClient, StartChatContactCommand} from '@aws-sdk/client-connect';

/**
 * Where chats start: the emulator when CONNECT_ENDPOINT is set (any credentials do there; the
 * access key names the account whose quotas the chat uses), else Amazon Connect in AWS_REGION
 * with the machine's AWS credentials.
 * @param {NodeJS.ProcessEnv} env
 * @param {{account?: string}} [emulatorOptions]
 */
export const chatSettings = (env = process.env, {account = 'emulator'} = {}) => {
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
 * @param {ReturnType<typeof chatSettings>} settings
 * @param {string} displayName
 */
export const startChat = async ({client, instanceId, contactFlowId, region, endpoint}, displayName) => {
	if (!instanceId || !contactFlowId) throw new Error('Set CONNECT_INSTANCE_ID and CONNECT_CONTACT_FLOW_ID (or CONNECT_ENDPOINT for the emulator)');
	const {ContactId, ParticipantToken} = await client.send(
		new StartChatContactCommand({InstanceId: instanceId, ContactFlowId: contactFlowId, ParticipantDetails: {DisplayName: displayName}}),
	);
	if (!ContactId || !ParticipantToken) throw new Error('StartChatContact answered without a ContactId or ParticipantToken');
	// The page calls CreateParticipantConnection there: the emulator, or the region's Participant Service.
	return {contactId: ContactId, participantToken: ParticipantToken, region, participantEndpoint: endpoint};
};

/**
 * The `POST /chat` route of the project's own page servers (demo, examples, tests, bench), all
 * against an emulator: starts a chat in the account the request names (`{"account": …}`, for a
 * page that wants quotas of its own), else in the emulator's default one.
 * @param {string} emulatorUrl
 */
export const emulatorChatRoute = (emulatorUrl) => {
	/** @type {Map<string | undefined, ReturnType<typeof chatSettings>>} */
	const byAccount = new Map();
	/** @param {unknown} body the request's JSON, if any */
	return (body) => {
		const account = body && typeof body === 'object' && 'account' in body && typeof body.account === 'string' ? body.account : undefined;
		if (!byAccount.has(account)) byAccount.set(account, chatSettings({CONNECT_ENDPOINT: emulatorUrl}, {account}));
		return startChat(/** @type {ReturnType<typeof chatSettings>} */ (byAccount.get(account)), 'Customer');
	};
};
