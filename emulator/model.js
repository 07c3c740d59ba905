// @ts-check
// The Participant Service model's constraints, as the emulator enforces them.

const eventPrefix = 'application/vnd.amazonaws.connect.event.';

/** Event content types of the current model, and whether each carries `{"messageId"}` content. */
export const eventContentTypes = new Map([
	[`${eventPrefix}typing`, false],
	[`${eventPrefix}connection.acknowledged`, false],
	[`${eventPrefix}message.delivered`, true],
	[`${eventPrefix}message.read`, true],
]);

/** SendMessage's content types and each one's longest Content, as the current model has them. */
export const messageContentTypes = new Map([
	['text/plain', 1024],
	['text/markdown', 1024],
	['application/json', 12000],
	['application/vnd.amazonaws.connect.message.interactive.response', 12288],
]);

export class ServiceError extends Error {
	/**
	 * @param {number} status
	 * @param {string} name the AWS error name, sent in `x-amzn-errortype`
	 * @param {string} message
	 * @param {Record<string, string>} [headers]
	 */
	constructor(status, name, message, headers = {}) {
		super(message);
		this.status = status;
		this.name = name;
		this.headers = headers;
	}
}

/** @param {string} message */
export const validation = (message) => new ServiceError(400, 'ValidationException', message);

/**
 * @param {Record<string, unknown>} body
 * @param {string} field
 * @param {{required?: boolean, min?: number, max: number}} bounds
 * @returns {string | undefined}
 */
export const stringField = (body, field, {required = false, min = 1, max}) => {
	const value = body[field];
	if (value === undefined || value === null) {
		if (required) throw validation(`1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
		return undefined;
	}
	if (typeof value !== 'string') throw validation(`Value at '${field}' must be a string`);
	if (value.length < min || value.length > max) {
		throw validation(`1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must have length between ${min} and ${max}`);
	}
	return value;
};

/** @param {string | undefined} token the `X-Amz-Bearer` header */
export const bearer = (token) => {
	if (!token || token.length > 1000) {
		throw validation("1 validation error detected: Value at 'X-Amz-Bearer' failed to satisfy constraint: Member must have length between 1 and 1000");
	}
	return token;
};

/** SendEvent's body, checked as the model says. @param {Record<string, unknown>} body */
export const sendEventInput = (body) => {
	const contentType = /** @type {string} */ (stringField(body, 'ContentType', {required: true, max: 100}));
	const content = stringField(body, 'Content', {max: 16384});
	const clientToken = stringField(body, 'ClientToken', {min: 0, max: 500});
	const receipt = eventContentTypes.get(contentType);
	if (receipt === undefined) throw validation(`Unsupported ContentType: ${contentType}`);
	if (receipt) {
		let messageId;
		try {
			messageId = JSON.parse(content ?? '').messageId;
		} catch {
			// Not JSON: no messageId, said below.
		}
		if (typeof messageId !== 'string' || !messageId) throw validation(`${contentType} requires Content {"messageId":"<id>"}`);
	} else if (content !== undefined) {
		throw validation(`${contentType} does not take Content`);
	}
	return {contentType, content, clientToken};
};

/** SendMessage's body. @param {Record<string, unknown>} body */
export const sendMessageInput = (body) => {
	const contentType = /** @type {string} */ (stringField(body, 'ContentType', {required: true, max: 100}));
	const max = messageContentTypes.get(contentType);
	if (max === undefined) throw validation(`Unsupported ContentType: ${contentType}`);
	const content = /** @type {string} */ (stringField(body, 'Content', {required: true, max}));
	const clientToken = stringField(body, 'ClientToken', {min: 0, max: 500});
	return {contentType, content, clientToken};
};

/**
 * CreateParticipantConnection's body. `Type` is optional in the current model (ChatJS sends
 * `{ConnectParticipant: true}` alone); `WEBRTC_CONNECTION` is a model type this emulator does
 * not offer, and says so.
 * @param {Record<string, unknown>} body
 */
export const createConnectionInput = (body) => {
	const type = body.Type ?? [];
	const known = ['CONNECTION_CREDENTIALS', 'WEBSOCKET', 'WEBRTC_CONNECTION'];
	if (!Array.isArray(type) || !type.every((item) => known.includes(item))) {
		throw validation("Value at 'Type' failed to satisfy constraint: Member must be a list of WEBSOCKET, CONNECTION_CREDENTIALS, WEBRTC_CONNECTION");
	}
	if (type.includes('WEBRTC_CONNECTION')) throw validation('This emulator does not offer WEBRTC_CONNECTION (audio and video): ask for WEBSOCKET or CONNECTION_CREDENTIALS');
	if (body.ConnectParticipant !== undefined && typeof body.ConnectParticipant !== 'boolean') {
		throw validation("Value at 'ConnectParticipant' must be a boolean");
	}
	return {types: /** @type {string[]} */ (type), connectParticipant: body.ConnectParticipant === true};
};

/**
 * Connect StartChatContact's body (the fields the model constrains; the rest is accepted).
 * @param {Record<string, unknown>} body
 */
export const startChatContactInput = (body) => {
	stringField(body, 'InstanceId', {required: true, max: 100});
	stringField(body, 'ContactFlowId', {required: true, max: 500});
	const details = body.ParticipantDetails;
	if (!details || typeof details !== 'object') {
		throw validation("1 validation error detected: Value null at 'ParticipantDetails' failed to satisfy constraint: Member must not be null");
	}
	stringField(/** @type {Record<string, unknown>} */ (details), 'DisplayName', {required: true, max: 256});
	stringField(body, 'ClientToken', {min: 0, max: 500});
	const duration = body.ChatDurationInMinutes;
	if (duration !== undefined && (!Number.isInteger(duration) || /** @type {number} */ (duration) < 60 || /** @type {number} */ (duration) > 10080)) {
		throw validation("Value at 'ChatDurationInMinutes' failed to satisfy constraint: Member must have value between 60 and 10080");
	}
};
