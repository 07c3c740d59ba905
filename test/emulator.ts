// Test helpers that drive the Participant Service emulator the way a real chat would.
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

const call = async (method: string, path: string, body?: unknown) => {
	const response = await fetch(emulatorUrl + path, {
		method,
		headers: body === undefined ? {} : {'content-type': 'application/json'},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return response.status === 204 ? undefined : response.json();
};

/** Starts a chat and connects its customer: what StartChatContact + CreateParticipantConnection give a page. */
export const startChat = async ({rateLimit}: {rateLimit?: {burst: number; perSecond: number}} = {}) => {
	const {ContactId: contactId, ParticipantToken: participantToken} = await call('POST', '/_emulator/chats', rateLimit ? {rateLimit} : {});
	const chat = `/_emulator/chats/${contactId}`;
	const connect = async () => {
		const response = await fetch(`${emulatorUrl}/participant/connection`, {
			method: 'POST',
			headers: {'content-type': 'application/json', 'x-amz-bearer': participantToken},
			body: JSON.stringify({Type: ['CONNECTION_CREDENTIALS']}),
		});
		return (await response.json()).ConnectionCredentials.ConnectionToken as string;
	};
	return {
		contactId: contactId as string,
		participantToken: participantToken as string,
		connectionToken: await connect(),
		/** Mints another ConnectionToken for the same chat. */
		connect,
		events: async (): Promise<RecordedEvent[]> => (await call('GET', `${chat}/events`)).Events,
		requests: async (): Promise<{operation: string; contentType: string; clientToken: string}[]> => (await call('GET', `${chat}/requests`)).Requests,
		fault: (fault: Fault) => call('POST', `${chat}/faults`, fault),
		expire: () => call('POST', `${chat}/expire`),
		end: () => call('POST', `${chat}/end`),
	};
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
