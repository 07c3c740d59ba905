// The emulators this test page talks to, and the contract's content types.
import {waitUntil} from '@open-wc/testing';
import {configureAccount, startChat as startEmulatorChat} from '../../emulator/controls.js';

export type {Chat, Fault} from '../../emulator/controls.js';

declare global {
	interface Window {
		/** Set by the test runner's page: the emulators started for this run. */
		EMULATOR: {url: string; foreignUrl: string};
	}
}

export const emulatorUrl = window.EMULATOR.url;
/** An emulator that approves no page origin: the browser sees its answers as network errors. */
export const foreignEmulatorUrl = window.EMULATOR.foreignUrl;

/** Starts a chat on this run's emulator and connects its customer, with the chat's controls. */
export const startChat = (options?: Parameters<typeof startEmulatorChat>[1]) => startEmulatorChat(emulatorUrl, options);

/**
 * An account of this test's own, with these quotas (the run's raised ones otherwise): chats
 * started in it (`startChat({account})`) share only its buckets.
 */
export const newAccount = async (change: NonNullable<Parameters<typeof configureAccount>[2]>) => {
	const account = `test-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;
	await configureAccount(emulatorUrl, account, change);
	return account;
};

export const typing = 'application/vnd.amazonaws.connect.event.typing';
export const acknowledged = 'application/vnd.amazonaws.connect.event.connection.acknowledged';

/**
 * Resolves once `check` holds. Waits for the thing itself, with a bound generous enough for a busy
 * machine: the bound is a failure, never the expected path.
 */
export const waitFor = (check: () => unknown, message = String(check), timeout = 15_000) =>
	waitUntil(check as () => boolean | Promise<boolean>, message, {interval: 20, timeout});

/** Resolves once the page's clock (which the element's schedule reads) reaches `time`: no guessed delay. */
export const until = (time: number) => waitFor(() => Date.now() >= time, `the clock reaches ${time}`);
