// Test helpers that drive the Participant Service emulator the way a real chat would.
import {callEmulator, startChatSession} from '../emulator/browser-session.js';

declare global {
	interface Window {
		EMULATOR: {url: string; foreignUrl: string};
	}
}

export const emulatorUrl = window.EMULATOR.url;
/** An emulator that approves no page origin: the browser sees its answers as network errors. */
export const foreignEmulatorUrl = window.EMULATOR.foreignUrl;

export interface Fault {
	times?: number;
	operation?: 'event' | 'message' | 'connection' | 'disconnect' | '*';
	status?: number;
	errorType?: string;
	message?: string;
	retryAfter?: string;
	latencyMs?: number;
	drop?: boolean;
	body?: 'html' | 'truncated';
}

export interface RecordedEvent {
	Id: string;
	AbsoluteTime: string;
	Type: string;
	ContentType: string;
	Content?: string;
	ClientToken?: string;
}

const chatControls = (contactId: string) => {
	const chat = `/_emulator/chats/${contactId}`;
	return {
		events: async (): Promise<RecordedEvent[]> => (await callEmulator(emulatorUrl, `${chat}/events`, {method: 'GET'})).Events,
		requests: async (): Promise<{operation: string; contentType: string; clientToken: string}[]> =>
			(await callEmulator(emulatorUrl, `${chat}/requests`, {method: 'GET'})).Requests,
		fault: (fault: Fault) => callEmulator(emulatorUrl, `${chat}/faults`, {body: fault}),
		expire: () => callEmulator(emulatorUrl, `${chat}/expire`),
		end: () => callEmulator(emulatorUrl, `${chat}/end`),
	};
};

/** Starts a chat and connects its customer, with the emulator's controls for that chat. */
export const startChat = async (options: {rateLimit?: {burst: number; perSecond: number}} = {}) => {
	const session = await startChatSession(emulatorUrl, options);
	return {...session, ...chatControls(session.contactId)};
};

export const typing = 'application/vnd.amazonaws.connect.event.typing';
export const acknowledged = 'application/vnd.amazonaws.connect.event.connection.acknowledged';

/** Resolves once `check` returns a truthy value, polling; rejects after `timeout` ms. */
export const waitFor = async <T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> => {
	const until = Date.now() + timeout;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > until) throw new Error(`waitFor timed out: ${check}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
};
