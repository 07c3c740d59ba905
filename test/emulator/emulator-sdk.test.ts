// The official AWS SDK as a real client of the emulator: if the SDK accepts its answers,
// the emulator speaks the service's wire format.
import {expect} from '@open-wc/testing';
import {
	AccessDeniedException,
	ConflictException,
	ConnectParticipantClient,
	CreateParticipantConnectionCommand,
	DisconnectParticipantCommand,
	InternalServerException,
	SendEventCommand,
	SendMessageCommand,
	ThrottlingException,
	ValidationException,
} from '@aws-sdk/client-connectparticipant';
import {callEmulator} from '../../emulator/controls.js';
import {publishedQuotas, type QuotaTable} from '../../emulator/quotas.js';
import {emulatorUrl, newAccount, startCustomerChat, typing, waitFor} from '../support/emulator.js';

// The SDK signs every call with SigV4 although the service authenticates with X-Amz-Bearer alone.
const credentials = {accessKeyId: 'EMULATOR', secretAccessKey: 'emulator'};
const sdk = (maxAttempts = 1) => new ConnectParticipantClient({region: 'us-east-1', endpoint: emulatorUrl, maxAttempts, credentials});

const rejection = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		return error as Error & {$metadata: {httpStatusCode: number; requestId: string}};
	}
	throw new Error('expected a rejection');
};

describe('the emulator, driven by @aws-sdk/client-connectparticipant', () => {
	it('CreateParticipantConnection gives a ConnectionToken with an Expiry', async () => {
		const {participantToken} = await startCustomerChat();
		const output = await sdk().send(new CreateParticipantConnectionCommand({ParticipantToken: participantToken, Type: ['CONNECTION_CREDENTIALS'], ConnectParticipant: true}));
		expect(output.ConnectionCredentials?.ConnectionToken).to.be.a('string');
		expect(Date.parse(output.ConnectionCredentials!.Expiry!)).to.be.greaterThan(Date.now());
		expect(output.$metadata.requestId).to.match(/^[\da-f-]{36}$/);
	});

	it('CreateParticipantConnection takes no Type (ConnectParticipant alone, as ChatJS sends it) and records the acknowledgement', async () => {
		const {participantToken, events} = await startCustomerChat();
		const output = await sdk().send(new CreateParticipantConnectionCommand({ParticipantToken: participantToken, ConnectParticipant: true}));
		expect(output.ConnectionCredentials).to.equal(undefined);
		expect((await events()).map((event) => event.Type)).to.include('CONNECTION_ACK');
	});

	it('CreateParticipantConnection with WEBRTC_CONNECTION is a ValidationException that says the emulator does not offer it', async () => {
		const {participantToken} = await startCustomerChat();
		const error = await rejection(sdk().send(new CreateParticipantConnectionCommand({ParticipantToken: participantToken, Type: ['WEBRTC_CONNECTION']})));
		expect(error.name).to.equal('ValidationException');
		expect(error.message).to.contain('WEBRTC_CONNECTION');
	});

	it('SendMessage keeps each content type to its own length, as the model does', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		await client.send(new SendMessageCommand({ConnectionToken: chat.connectionToken, ContentType: 'application/json', Content: JSON.stringify({text: 'x'.repeat(5000)})}));
		const error = await rejection(client.send(new SendMessageCommand({ConnectionToken: chat.connectionToken, ContentType: 'text/plain', Content: 'x'.repeat(1025)})));
		expect(error.name).to.equal('ValidationException');
	});

	it('receipts are recorded as MESSAGE_DELIVERED and MESSAGE_READ, and are a ConflictException once a third participant joins', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		const receipt = (kind: string) =>
			new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: `application/vnd.amazonaws.connect.event.message.${kind}`, Content: '{"messageId":"m-1"}'});
		await client.send(receipt('delivered'));
		await client.send(receipt('read'));
		expect((await chat.events()).map((event) => event.Type)).to.deep.equal(['MESSAGE_DELIVERED', 'MESSAGE_READ']);
		await callEmulator(emulatorUrl, `/_emulator/chats/${chat.contactId}/participants`, {body: {}});
		expect((await rejection(client.send(receipt('read')))).name).to.equal('ConflictException');
	});

	it('CreateParticipantConnection with WEBSOCKET gives a socket that answers subscribe and heartbeat', async () => {
		const {participantToken} = await startCustomerChat();
		const output = await sdk().send(new CreateParticipantConnectionCommand({ParticipantToken: participantToken, Type: ['WEBSOCKET', 'CONNECTION_CREDENTIALS']}));
		const socket = new WebSocket(output.Websocket!.Url!);
		const answers: unknown[] = [];
		socket.addEventListener('message', ({data}) => answers.push(JSON.parse(data)));
		await new Promise((resolve) => socket.addEventListener('open', resolve, {once: true}));
		socket.send(JSON.stringify({topic: 'aws/subscribe', content: {topics: ['aws/chat']}}));
		socket.send(JSON.stringify({topic: 'aws/heartbeat'}));
		await waitFor(() => answers.length === 2);
		expect(answers).to.deep.equal([{topic: 'aws/subscribe', content: {status: 'success', topics: ['aws/chat']}}, {topic: 'aws/heartbeat'}]);
		socket.close();
	});

	it("a WebSocket hears the chat's events once it subscribes to aws/chat, and none from before", async () => {
		const chat = await startCustomerChat();
		const output = await sdk().send(new CreateParticipantConnectionCommand({ParticipantToken: chat.participantToken, Type: ['WEBSOCKET']}));
		const socket = new WebSocket(output.Websocket!.Url!);
		const pushed: {ParticipantId: string}[] = [];
		socket.addEventListener('message', ({data}) => {
			const {topic, content} = JSON.parse(data);
			if (topic === 'aws/chat') pushed.push(JSON.parse(content));
		});
		await new Promise((resolve) => socket.addEventListener('open', resolve, {once: true}));
		await chat.agentTyping({ParticipantId: 'before', DisplayName: 'Before', ParticipantRole: 'AGENT'});
		expect(await chat.subscribedWebSockets()).to.equal(0);
		socket.send(JSON.stringify({topic: 'aws/subscribe', content: {topics: ['aws/chat']}}));
		await waitFor(async () => (await chat.subscribedWebSockets()) === 1, 'subscribed');
		await chat.agentTyping({ParticipantId: 'after', DisplayName: 'After', ParticipantRole: 'AGENT'});
		// One socket delivers in order: once the later event is here, an earlier one would be too.
		await waitFor(() => pushed.length > 0 && pushed.at(-1)!.ParticipantId === 'after', 'the event after the subscription');
		expect(pushed.map((event) => event.ParticipantId)).to.deep.equal(['after']);
		socket.close();
	});

	it('SendEvent returns Id and AbsoluteTime, and the chat records the event', async () => {
		const chat = await startCustomerChat();
		const output = await sdk().send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing}));
		const [event] = await chat.events();
		expect(output.Id).to.equal(event!.Id);
		expect(output.AbsoluteTime).to.equal(event!.AbsoluteTime);
		expect(event!.ClientToken).to.match(/^[\da-f-]{36}$/);
	});

	it('SendMessage and DisconnectParticipant work, and a disconnected chat refuses the token', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		await client.send(new SendMessageCommand({ConnectionToken: chat.connectionToken, ContentType: 'text/plain', Content: 'hello'}));
		await client.send(new DisconnectParticipantCommand({ConnectionToken: chat.connectionToken}));
		const error = await rejection(client.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing})));
		expect(error).to.be.instanceOf(AccessDeniedException);
	});

	it('the same ClientToken and body gives the same answer and records one event', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		const input = {ConnectionToken: chat.connectionToken, ContentType: typing, ClientToken: 'same'};
		const first = await client.send(new SendEventCommand(input));
		const second = await client.send(new SendEventCommand(input));
		expect([second.Id, second.AbsoluteTime]).to.deep.equal([first.Id, first.AbsoluteTime]);
		expect(await chat.events()).to.have.length(1);
	});

	it('the same ClientToken with another body is a ConflictException', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		await client.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing, ClientToken: 'same'}));
		const error = await rejection(
			client.send(
				new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: 'application/vnd.amazonaws.connect.event.message.read', Content: '{"messageId":"m"}', ClientToken: 'same'}),
			),
		);
		expect(error).to.be.instanceOf(ConflictException);
		expect(error.$metadata.httpStatusCode).to.equal(409);
	});

	it('model violations are ValidationException with a useful message', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		const cases = [
			{ContentType: 'application/vnd.amazonaws.connect.event.nope'},
			{ContentType: typing, Content: 'text'},
			{ContentType: 'application/vnd.amazonaws.connect.event.message.delivered', Content: '{}'},
			{ContentType: typing, ClientToken: 'x'.repeat(501)},
			{ContentType: 'x'.repeat(101)},
		];
		for (const input of cases) {
			const error = await rejection(client.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ...input})));
			expect(error, JSON.stringify(input).slice(0, 80)).to.be.instanceOf(ValidationException);
			expect(error.message).to.match(/ContentType|Content|ClientToken/);
		}
	});

	it('an unknown or expired token is AccessDeniedException', async () => {
		const chat = await startCustomerChat();
		const client = sdk();
		expect(await rejection(client.send(new SendEventCommand({ConnectionToken: 'unknown', ContentType: typing})))).to.be.instanceOf(AccessDeniedException);
		await chat.expire();
		expect(await rejection(client.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing})))).to.be.instanceOf(AccessDeniedException);
	});

	it('an injected 500 is InternalServerException, and the SDK retries it with the same ClientToken', async () => {
		const chat = await startCustomerChat();
		await chat.fault({status: 500, times: 2});
		const output = await sdk(3).send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing}));
		const requests = await chat.requests();
		expect(requests).to.have.length(3);
		expect(new Set(requests.map((request) => request.clientToken)).size).to.equal(1);
		expect(output.Id).to.be.a('string');
		await chat.fault({status: 500});
		expect(await rejection(sdk().send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: typing})))).to.be.instanceOf(InternalServerException);
	});

	describe("quotas, per account as the Admin Guide's API throttling quotas apply them", () => {
		// An account of its own, with the published quotas but a refill too slow to matter during
		// a test: the burst is what a test reaches, then the 429s.
		const accountWith = (quotas: Partial<QuotaTable>, retryAfter?: boolean) => newAccount({quotas: {...publishedQuotas, ...quotas}, ...(retryAfter === undefined ? {} : {retryAfter})});
		const slow = (burst: number) => ({perSecond: 0.01, burst});

		it('SendEvent: every chat of the account shares the burst of 15; the 16th call is ThrottlingException, without Retry-After', async () => {
			const account = await accountWith({SendEvent: slow(publishedQuotas.SendEvent.burst)});
			const chats = await Promise.all([1, 2, 3].map(() => startCustomerChat({account})));
			const client = sdk();
			for (let call = 0; call < 15; call++) {
				await client.send(new SendEventCommand({ConnectionToken: chats[call % 3]!.connectionToken, ContentType: typing}));
			}
			const error = await rejection(client.send(new SendEventCommand({ConnectionToken: chats[0]!.connectionToken, ContentType: typing})));
			expect(error).to.be.instanceOf(ThrottlingException);
			expect(error.$metadata.httpStatusCode).to.equal(429);
			const {status, headers} = await fetch(`${emulatorUrl}/participant/event`, {
				method: 'POST',
				headers: {'content-type': 'application/json', 'x-amz-bearer': chats[1]!.connectionToken},
				body: JSON.stringify({ContentType: typing}),
			});
			expect([status, headers.get('retry-after')]).to.deep.equal([429, null]);
		});

		it('another account is not throttled by the first', async () => {
			const [busy, quiet] = await Promise.all([accountWith({SendEvent: slow(1)}), accountWith({SendEvent: slow(1)})]);
			const [first, second] = await Promise.all([startCustomerChat({account: busy}), startCustomerChat({account: quiet})]);
			const client = sdk();
			await client.send(new SendEventCommand({ConnectionToken: first.connectionToken, ContentType: typing}));
			expect(await rejection(client.send(new SendEventCommand({ConnectionToken: first.connectionToken, ContentType: typing})))).to.be.instanceOf(ThrottlingException);
			const output = await client.send(new SendEventCommand({ConnectionToken: second.connectionToken, ContentType: typing}));
			expect(output.Id).to.be.a('string');
		});

		it('SendMessage, CreateParticipantConnection and DisconnectParticipant each have their own bucket', async () => {
			const account = await accountWith({SendMessage: slow(1), CreateParticipantConnection: slow(4), DisconnectParticipant: slow(1), SendEvent: slow(1)});
			// Three chats, each connected once: three of CreateParticipantConnection's four.
			const chats = await Promise.all([1, 2, 3].map(() => startCustomerChat({account})));
			const client = sdk();
			const token = chats[0]!.connectionToken;
			await client.send(new SendEventCommand({ConnectionToken: token, ContentType: typing}));
			await client.send(new SendMessageCommand({ConnectionToken: token, ContentType: 'text/plain', Content: 'hello'}));
			expect(await rejection(client.send(new SendMessageCommand({ConnectionToken: token, ContentType: 'text/plain', Content: 'again'})))).to.be.instanceOf(ThrottlingException);
			const connect = () => client.send(new CreateParticipantConnectionCommand({ParticipantToken: chats[1]!.participantToken, Type: ['CONNECTION_CREDENTIALS']}));
			await connect();
			expect(await rejection(connect())).to.be.instanceOf(ThrottlingException);
			await client.send(new DisconnectParticipantCommand({ConnectionToken: chats[1]!.connectionToken}));
			expect(await rejection(client.send(new DisconnectParticipantCommand({ConnectionToken: chats[2]!.connectionToken})))).to.be.instanceOf(ThrottlingException);
		});

		it('Retry-After on a 429 only where the account asks for it (no source shows the service sending it)', async () => {
			const account = await accountWith({SendEvent: {perSecond: 0.5, burst: 1}}, true);
			const chat = await startCustomerChat({account});
			const send = () =>
				fetch(`${emulatorUrl}/participant/event`, {
					method: 'POST',
					headers: {'content-type': 'application/json', 'x-amz-bearer': chat.connectionToken},
					body: JSON.stringify({ContentType: typing}),
				});
			expect((await send()).status).to.equal(200);
			const throttled = await send();
			expect(throttled.status).to.equal(429);
			expect(Number(throttled.headers.get('retry-after'))).to.be.within(1, 2);
		});

		it('a quota the control API cannot take is a ValidationException that says what it takes', async () => {
			for (const change of [{quotas: {SendEvent: {perSecond: 0, burst: 1}}}, {quotas: {StartChatContact: {perSecond: 1, burst: 1}}}, {retryAfter: 'yes'}]) {
				const refused = await callEmulator(emulatorUrl, '/_emulator/accounts/refused', {method: 'PUT', body: change}).catch((error: Error) => error.message);
				expect(refused).to.match(/^PUT \S+: 400 .*(quota|retryAfter)/);
			}
		});
	});

	describe('bad requests get 4xx answers, never a crash', () => {
		const post = (body: BodyInit, headers: Record<string, string>) => fetch(`${emulatorUrl}/participant/event`, {method: 'POST', headers, body});

		it('invalid JSON', async () => {
			const chat = await startCustomerChat();
			const response = await post('{nope', {'content-type': 'application/json', 'x-amz-bearer': chat.connectionToken});
			expect(response.status).to.equal(400);
			expect(response.headers.get('x-amzn-errortype')).to.match(/^ValidationException:/);
		});

		it('a wrong content type', async () => {
			const chat = await startCustomerChat();
			expect((await post('x', {'content-type': 'text/plain', 'x-amz-bearer': chat.connectionToken})).status).to.equal(415);
		});

		it('an oversized body', async () => {
			const chat = await startCustomerChat();
			const response = await post(JSON.stringify({ContentType: typing, Content: 'x'.repeat(300_000)}), {'content-type': 'application/json', 'x-amz-bearer': chat.connectionToken});
			expect(response.status).to.equal(400);
		});

		it('a missing or 1001-character bearer token', async () => {
			for (const bearer of [undefined, 'x'.repeat(1001)]) {
				const response = await post('{}', {'content-type': 'application/json', ...(bearer ? {'x-amz-bearer': bearer} : {})});
				expect(response.status).to.equal(400);
			}
		});

		it('a huge header is refused without harm', async () => {
			const chat = await startCustomerChat();
			const refused = await post('{}', {'content-type': 'application/json', 'x-amz-bearer': 'x'.repeat(40_000)}).catch((error: Error) => error);
			// Node answers 431 before any CORS header is added, so the browser sees a network error.
			expect(refused).to.be.instanceOf(TypeError);
			const after = await post(JSON.stringify({ContentType: typing}), {'content-type': 'application/json', 'x-amz-bearer': chat.connectionToken});
			expect(after.status).to.equal(200);
		});

		it('an unknown operation', async () => {
			const response = await fetch(`${emulatorUrl}/participant/nope`, {method: 'POST'});
			expect(response.status).to.equal(404);
			expect(response.headers.get('x-amzn-requestid')).to.be.a('string');
		});
	});
});
