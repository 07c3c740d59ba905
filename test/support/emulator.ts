// The emulators this test page talks to, and the contract's content types.
import {waitUntil} from '@open-wc/testing';
import {emulatorControls, type CustomerChat} from '../../emulator/controls.js';

export type {CustomerChat, FaultRequest} from '../../emulator/controls.js';

declare global {
	interface Window {
		/** Set by the test runner's page: the emulators started for this run. */
		EMULATOR: {url: string; foreignUrl: string; closedUrl: string};
	}
}

export const emulatorUrl = window.EMULATOR.url;
/** An emulator that approves no page origin: the browser sees its answers as network errors. */
export const foreignEmulatorUrl = window.EMULATOR.foreignUrl;
/** A loopback URL where nothing listens: the connection is refused. */
export const closedUrl = window.EMULATOR.closedUrl;

/** The controls of this run's emulator: start a chat and connect its customer, configure an account. */
export const {startCustomerChat, configureAccount} = emulatorControls(emulatorUrl);

/**
 * An account of this test's own, with these quotas (the run's raised ones otherwise): chats
 * started in it (`startCustomerChat({account})`) share only its buckets.
 */
export const newAccount = async (change: NonNullable<Parameters<typeof configureAccount>[1]>) => {
	const account = `test-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
	await configureAccount(account, change);
	return account;
};

export const typing = 'application/vnd.amazonaws.connect.event.typing';
export const acknowledged = 'application/vnd.amazonaws.connect.event.connection.acknowledged';

/** The requests of a content type that reached the chat (every attempt), and the events of it the chat kept. */
export const requestsOf = async (chat: CustomerChat, contentType: string) => (await chat.requests()).filter((request) => request.contentType === contentType);
export const eventsOf = async (chat: CustomerChat, contentType: string) => (await chat.events()).filter((event) => event.ContentType === contentType);
export const typingRequests = (chat: CustomerChat) => requestsOf(chat, typing);
export const typingEvents = (chat: CustomerChat) => eventsOf(chat, typing);

/**
 * Resolves once `check` holds. Waits for the thing itself, with a bound generous enough for a busy
 * machine: the bound is a failure, never the expected path.
 */
export const waitFor = (check: () => unknown, message = String(check), timeout = 15_000) => waitUntil(check as () => boolean | Promise<boolean>, message, {interval: 20, timeout});
