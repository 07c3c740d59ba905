// @ts-check
// Amazon Connect's StartChatContact: what a back end calls before the page can connect.
import {readJson} from './http.js';
import {startChatContactInput} from './model.js';
import {defaultAccount} from './quotas.js';

/**
 * The account a signed call is made for: the access key in its SigV4 `Credential` (the emulator
 * has no keys to check the signature with); unsigned calls are the default account's.
 * @param {string | undefined} authorization
 */
const accountOf = (authorization) => /\bCredential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? defaultAccount;

/** @param {import('./participant-service.js').App} app @param {{chats: import('./chats.js').Chats}} state */
export const connectService = (app, {chats}) => {
	// Signed with SigV4 by the AWS SDK; the emulator takes any signature (it has no credentials to check).
	app.put('/contact/chat', async (c) => {
		startChatContactInput(await readJson(c));
		const chat = chats.create(accountOf(c.req.header('authorization')));
		return c.json({ContactId: chat.contactId, ParticipantId: chat.participantId, ParticipantToken: chat.participantToken});
	});
};
