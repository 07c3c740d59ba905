import {ConnectParticipantClient, SendEventCommand} from '@aws-sdk/client-connectparticipant';
import {expect} from '@open-wc/testing';
import {fakeClockPerTest} from '../support/clock.js';
import {emulatorUrl, foreignEmulatorUrl, startCustomerChat, waitFor} from '../support/emulator.js';
import {ContentTypes, ParticipantEventClient, ParticipantServiceError, target} from '../support/target.js';
import {installProbe} from '../../tooling/probe.js';

const probe = installProbe();

const uuidV4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

const failure = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		return error as ParticipantServiceError;
	}
	throw new Error('expected a rejection');
};

describe(`ParticipantEventClient (${target})`, () => {
	it('sends SendEvent with the bearer token and returns the id and time the service gave', async () => {
		const chat = await startCustomerChat();
		const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
		const output = await client.sendEvent({contentType: ContentTypes.typing});
		const [event] = await chat.events();
		expect(output).to.deep.equal({id: event!.Id, absoluteTime: event!.AbsoluteTime, clientToken: event!.ClientToken});
		expect(output.clientToken).to.match(uuidV4);
		expect(output.absoluteTime).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
	});

	it('supports every content type of the current model', async () => {
		const chat = await startCustomerChat();
		const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
		await client.sendEvent({contentType: ContentTypes.typing});
		await client.sendEvent({contentType: ContentTypes.connectionAcknowledged});
		await client.sendEvent({contentType: ContentTypes.messageDelivered, content: '{"messageId":"m-1"}'});
		await client.sendEvent({contentType: ContentTypes.messageRead, content: '{"messageId":"m-1"}'});
		const events = await chat.events();
		expect(events.map((event) => event.ContentType)).to.deep.equal(Object.values(ContentTypes));
		expect(events[3]!.Content).to.equal('{"messageId":"m-1"}');
	});

	it('uses the ClientToken it is given', async () => {
		const chat = await startCustomerChat();
		const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
		const output = await client.sendEvent({contentType: ContentTypes.typing, clientToken: 'my-token'});
		expect(output.clientToken).to.equal('my-token');
		expect((await chat.requests())[0]!.clientToken).to.equal('my-token');
	});

	describe('refuses a bad set-up before sending anything', () => {
		const cases: [string, () => unknown][] = [
			['an empty token', () => new ParticipantEventClient({connectionToken: '', endpoint: emulatorUrl})],
			['a 1001-character token', () => new ParticipantEventClient({connectionToken: 'x'.repeat(1001), endpoint: emulatorUrl})],
			['a bad region', () => new ParticipantEventClient({connectionToken: 't', region: 'us-east-1.evil.com/'})],
			['no region and no endpoint', () => new ParticipantEventClient({connectionToken: 't'})],
			['an http endpoint that is not loopback', () => new ParticipantEventClient({connectionToken: 't', endpoint: 'http://example.com'})],
		];
		for (const [what, make] of cases) {
			it(what, () => {
				expect(make).to.throw(ParticipantServiceError).with.property('name', 'ValidationException');
			});
		}
	});

	describe("gets the service model's ValidationException for bad input, and does not retry it", () => {
		const inputs: [string, {contentType: string; content?: string; clientToken?: string}][] = [
			['content on a typing event', {contentType: ContentTypes.typing, content: 'hi'}],
			['a receipt without a messageId', {contentType: ContentTypes.messageRead, content: '{}'}],
			['a receipt without content', {contentType: ContentTypes.messageDelivered}],
			['an empty content type', {contentType: ''}],
			['a 101-character content type', {contentType: 'x'.repeat(101)}],
			['content over 16384 characters', {contentType: ContentTypes.messageRead, content: 'x'.repeat(16385)}],
			['a 501-character ClientToken', {contentType: ContentTypes.typing, clientToken: 'x'.repeat(501)}],
		];
		for (const [what, input] of inputs) {
			it(what, async () => {
				const chat = await startCustomerChat();
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const error = await failure(client.sendEvent(input));
				expect(error.name).to.equal('ValidationException');
				expect(error.status).to.equal(400);
				expect(error.message).to.match(/Content|ClientToken/);
				expect(error.retryable).to.equal(false);
				expect(await chat.requests()).to.have.length(1);
				expect(await chat.events()).to.have.length(0);
			});
		}
	});

	describe('names errors like the AWS SDK, from the real wire format', () => {
		it('reads the name from x-amzn-errortype (cut at the colon), with status, message and request id', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 409, message: 'already used'});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error).to.be.instanceOf(ParticipantServiceError);
			expect(error.name).to.equal('ConflictException');
			expect(error.status).to.equal(409);
			expect(error.message).to.equal('already used');
			expect(error.requestId).to.match(/^[\da-f-]{36}$/);
			expect(error.retryable).to.equal(false);
		});

		describe('reads what the official SDK reads (both clients, one answer each)', () => {
			const sdk = new ConnectParticipantClient({region: 'us-east-1', endpoint: emulatorUrl, maxAttempts: 1, credentials: {accessKeyId: 'x', secretAccessKey: 'x'}});
			const answers: [string, {status: number; errorType?: string; json: unknown}, string, string][] = [
				['a header with a list (cut at the comma)', {status: 429, errorType: 'ThrottlingException,ServiceUnavailable', json: {Message: 'slow down'}}, 'ThrottlingException', 'slow down'],
				[
					'a header with a namespace (past the #, before the colon)',
					{status: 409, errorType: 'com.amazonaws.connect#ConflictException:http://internal', json: {message: 'taken'}},
					'ConflictException',
					'taken',
				],
				["no header: the body's Code, in any case", {status: 403, json: {Code: 'AccessDeniedException', message: 'Access denied'}}, 'AccessDeniedException', 'Access denied'],
				["no header, no code: the body's __type", {status: 400, json: {__type: 'com.amazonaws.connect#ValidationException', Message: 'bad'}}, 'ValidationException', 'bad'],
				['message before Message', {status: 400, errorType: 'ValidationException', json: {message: 'lower', Message: 'upper'}}, 'ValidationException', 'lower'],
			];
			for (const [what, answer, name, message] of answers) {
				it(what, async () => {
					const chat = await startCustomerChat();
					await chat.fault({...answer, times: 2});
					const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
					const ours = await failure(client.sendEvent({contentType: ContentTypes.typing, retryWithinMs: 0}));
					const theirs = (await failure(sdk.send(new SendEventCommand({ConnectionToken: chat.connectionToken, ContentType: ContentTypes.typing})))) as Error;
					expect([ours.name, ours.message, ours.status]).to.deep.equal([name, message, answer.status]);
					expect([theirs.name, theirs.message]).to.deep.equal([name, message]);
				});
			}

			it('a 403 with only {message} (as seen from the service) is AccessDeniedException by its status', async () => {
				const chat = await startCustomerChat();
				await chat.fault({status: 403, json: {message: 'Access denied'}});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
				expect([error.name, error.message, error.retryable]).to.deep.equal(['AccessDeniedException', 'Access denied', false]);
			});
		});

		it('a TypeError that is not the network (a bug: content that JSON cannot write) stays a TypeError, not a retryable NetworkError', async () => {
			const chat = await startCustomerChat();
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.messageRead, content: 1n as unknown as string}));
			expect(error).to.be.instanceOf(TypeError).and.not.instanceOf(ParticipantServiceError);
			expect(await chat.requests()).to.have.length(0);
		});

		it('reports the service validation error for an unknown content type', async () => {
			const chat = await startCustomerChat();
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: 'application/vnd.amazonaws.connect.event.unknown'}));
			expect(error.name).to.equal('ValidationException');
			expect(error.status).to.equal(400);
			expect(error.message).to.contain('Unsupported ContentType');
		});

		it('gives AccessDeniedException for an expired token, and does not retry it', async () => {
			const chat = await startCustomerChat();
			await chat.expire();
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error.name).to.equal('AccessDeniedException');
			expect(error.status).to.equal(403);
		});

		it('names a 502 with an HTML body by its status', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 502, body: 'html', times: 3});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.connectionAcknowledged}));
			expect(error.name).to.equal('InternalServerException');
			expect(error.status).to.equal(502);
			expect(error.retryable).to.equal(true);
		});

		it('names a 4xx with a non-JSON body by its status', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 400, body: 'html'});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error.name).to.equal('ValidationException');
		});

		for (const body of ['html', 'truncated'] as const) {
			it(`gives InvalidResponseError for a 200 with a ${body} body`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({body});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
				expect(error.name).to.equal('InvalidResponseError');
				expect(error.retryable).to.equal(false);
			});
		}

		it('gives NetworkError when the service does not approve the page origin (CORS), naming the URL and the usual causes', async () => {
			const client = new ParticipantEventClient({connectionToken: 'token', endpoint: foreignEmulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error.name).to.equal('NetworkError');
			expect(error.status).to.equal(0);
			expect(error.retryable).to.equal(true);
			expect(error.message).to.contain(`${foreignEmulatorUrl}/participant/event`).and.contain('CORS').and.contain('offline');
		});

		it('gives the real status of a 2xx that is not a SendEvent response (204)', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 204});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect([error.name, error.status, error.retryable]).to.deep.equal(['InvalidResponseError', 204, false]);
		});

		for (const status of [400, 403, 500]) {
			it(`cuts the token out of what a ${status} answer echoes (message, request id)`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({status, echoToken: true, times: 3});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
				expect(JSON.stringify({message: error.message, requestId: error.requestId, name: error.name})).not.to.contain(chat.connectionToken);
				expect(error.message).to.equal('Token [ConnectionToken] refused');
				expect(error.requestId).to.equal('[ConnectionToken]');
			});
		}
	});

	describe('sends the token only where it was pointed', () => {
		for (const status of [301, 302, 307, 308]) {
			it(`does not follow a ${status} to another host: an UnknownException that names the endpoint`, async () => {
				const chat = await startCustomerChat();
				// The same emulator under another host name: a redirect it follows would reach the chat again, with the token.
				const elsewhere = new URL(emulatorUrl);
				elsewhere.hostname = elsewhere.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
				await chat.fault({status, redirect: `${elsewhere.origin}/participant/event`});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
				expect([error.name, error.retryable]).to.deep.equal(['UnknownException', false]);
				expect(error.message).to.contain(`${emulatorUrl}/participant/event answered with a redirect`);
				expect(await chat.requests(), 'the redirect was not followed').to.have.length(1);
			});
		}
	});

	describe('retries as the official SDKs do', () => {
		const time = fakeClockPerTest();

		for (const status of [500, 502, 503, 504]) {
			it(`retries ${status} with the same ClientToken, and delivers once`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({status, times: 2});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				const output = await client.sendEvent({contentType: ContentTypes.connectionAcknowledged});
				const requests = await chat.requests();
				expect(requests).to.have.length(3);
				expect(new Set(requests.map((request) => request.clientToken))).to.deep.equal(new Set([output.clientToken]));
				expect(await chat.events()).to.have.length(1);
			});
		}

		it('gives up after 3 attempts in all', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 500, times: 5});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error.name).to.equal('InternalServerException');
			expect(await chat.requests()).to.have.length(3);
		});

		for (const status of [400, 403, 409]) {
			it(`never retries ${status}`, async () => {
				const chat = await startCustomerChat();
				await chat.fault({status, times: 3});
				const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
				await failure(client.sendEvent({contentType: ContentTypes.typing}));
				expect(await chat.requests()).to.have.length(1);
			});
		}

		it('retries a reset connection', async () => {
			const chat = await startCustomerChat();
			await chat.fault({drop: true});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			await client.sendEvent({contentType: ContentTypes.connectionAcknowledged});
			expect(await chat.requests()).to.have.length(2);
			expect(await chat.events()).to.have.length(1);
		});

		it('times out a slow attempt, retries it, and reports TimeoutError when every attempt is slow', async () => {
			const chat = await startCustomerChat();
			await chat.fault({latencyMs: 600, times: 3});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl, timeout: 200});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing}));
			expect(error.name).to.equal('TimeoutError');
			expect(error.retryable).to.equal(true);
			expect(await chat.requests()).to.have.length(3);
		});

		it('honours Retry-After on 429: no retry before it has passed', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 429, retryAfter: '2'});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const sent = client.sendEvent({contentType: ContentTypes.connectionAcknowledged});
			await waitFor(async () => (await chat.requests()).some((request) => request.status === 429), 'the 429');
			await probe.idle();
			// Counted where the page starts them, at once: asking the emulator would let the clock move on.
			const requests = probe.urls().length;
			await time.clock.tickAsync(1_000);
			expect(probe.urls(), 'within Retry-After').to.have.length(requests);
			await time.clock.tickAsync(1_000);
			await sent;
			expect(await chat.requests()).to.have.length(2);
		});

		it('waits at most a minute whatever Retry-After says, and says so in retryAfterMs', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 429, retryAfter: '99999', times: 3});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const sent = failure(client.sendEvent({contentType: ContentTypes.connectionAcknowledged}));
			for (const attempt of [2, 3]) {
				await waitFor(async () => (await chat.requests()).filter((request) => request.status === 429).length === attempt - 1, `answer ${attempt - 1}`);
				await probe.idle();
				await time.clock.tickAsync(60_000);
			}
			const error = await sent;
			expect([error.name, error.retryAfterMs]).to.deep.equal(['ThrottlingException', 60_000]);
			expect(await chat.requests()).to.have.length(3);
		});

		it('reads no other rate-limit header: a 503 with RateLimit-Reset: 30 is retried after its backoff', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 503, headers: {'RateLimit-Reset': '30'}});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			// Time goes on as it does: the backoff is at most 100 ms; 30 s would time this test out.
			await client.sendEvent({contentType: ContentTypes.typing, retryWithinMs: 11_500});
			expect((await chat.requests()).map((request) => request.status)).to.deep.equal([503, 200]);
		});

		it('does not retry past retryWithinMs (a typing event would be stale)', async () => {
			const chat = await startCustomerChat();
			await chat.fault({status: 429, retryAfter: '30'});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const error = await failure(client.sendEvent({contentType: ContentTypes.typing, retryWithinMs: 2_000}));
			expect(error.name).to.equal('ThrottlingException');
			expect(error.retryAfterMs).to.equal(30_000);
			expect(await chat.requests()).to.have.length(1);
		});

		it('stops when the caller aborts, with the abort reason', async () => {
			const chat = await startCustomerChat();
			await chat.fault({latencyMs: 2_000});
			const client = new ParticipantEventClient({connectionToken: chat.connectionToken, endpoint: emulatorUrl});
			const controller = new AbortController();
			const sent = client.sendEvent({contentType: ContentTypes.typing, signal: controller.signal});
			await waitFor(async () => (await chat.requests()).length === 1, 'the request reached the service');
			controller.abort();
			const error = await failure(sent);
			expect((error as Error).name).to.equal('AbortError');
		});
	});
});
