// @ts-check
// The back end's one job in the production flow: start a chat with Amazon Connect
// StartChatContact, with AWS credentials that never reach the browser, and hand the page the
// ParticipantToken. The official client; only its endpoint differs for the emulator.
import {ConnectClient, StartChatContactCommand} from '@aws-sdk/client-connect';

/**
 * Where chats start: the emulator when CONNECT_ENDPOINT is set (any credentials do there),
 * else Amazon Connect in AWS_REGION with the machine's AWS credentials.
 * @param {NodeJS.ProcessEnv} env
 */
export const chatSettings = (env = process.env) => {
	const endpoint = env.CONNECT_ENDPOINT;
	const region = env.AWS_REGION ?? 'us-east-1';
	return {
		region,
		endpoint,
		instanceId: env.CONNECT_INSTANCE_ID ?? (endpoint ? 'emulator-instance' : ''),
		contactFlowId: env.CONNECT_CONTACT_FLOW_ID ?? (endpoint ? 'emulator-flow' : ''),
		client: new ConnectClient({
			region,
			...(endpoint ? {endpoint, credentials: {accessKeyId: 'emulator', secretAccessKey: 'emulator'}} : {}),
		}),
	};
};

/**
 * Starts a chat for a customer: what the page needs to connect to it.
 * @param {ReturnType<typeof chatSettings>} settings
 * @param {string} displayName
 */
export const startChat = async ({client, instanceId, contactFlowId, region, endpoint}, displayName) => {
	if (!instanceId || !contactFlowId) throw new Error('Set CONNECT_INSTANCE_ID and CONNECT_CONTACT_FLOW_ID (or CONNECT_ENDPOINT for the emulator)');
	const {ParticipantToken} = await client.send(
		new StartChatContactCommand({InstanceId: instanceId, ContactFlowId: contactFlowId, ParticipantDetails: {DisplayName: displayName}}),
	);
	// The page calls CreateParticipantConnection there: the emulator, or the region's Participant Service.
	return {participantToken: ParticipantToken, region, participantEndpoint: endpoint};
};
