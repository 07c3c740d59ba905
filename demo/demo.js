// The demo's glue: starts a chat on the emulator, gives the element its token, and plays the
// agent's side from the emulator's event stream. The element itself needs none of this.
import {callEmulator, emulatorUrlOfPage, startChat as startEmulatorChat} from '/emulator/controls.js';

const emulator = await emulatorUrlOfPage();
const typingType = 'application/vnd.amazonaws.connect.event.typing';
const hideAfterMs = 12_000;

const $ = (selector) => document.querySelector(selector);
const notifier = $('#notifier');
const status = $('#status');
let chat;
let connectionToken;

const call = (path, options) => callEmulator(emulator, path, options);

const setStatus = (text, tone = 'ok') => {
	status.textContent = text;
	status.dataset.tone = tone;
};

const time = (iso) => new Date(iso).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});

const prepend = (list, className, html) => {
	const item = document.createElement('li');
	item.className = className;
	item.innerHTML = html;
	list.prepend(item);
	while (list.children.length > 60) list.lastChild.remove();
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// --- The agent's side: what the chat received ---

let hideTimer;
const indicator = $('#indicator');
const showTyping = (on) => {
	clearTimeout(hideTimer);
	indicator.hidden = !on;
	if (on) hideTimer = setTimeout(() => (indicator.hidden = true), hideAfterMs);
};

const labels = {
	TYPING: 'typing',
	CONNECTION_ACK: 'connection acknowledged',
	MESSAGE: 'message',
	EVENT: 'event',
};

const listen = () => {
	const stream = new EventSource(chat.streamUrl);
	stream.addEventListener('chat-event', ({data}) => {
		const event = JSON.parse(data);
		if (event.ContentType === typingType) showTyping(true);
		if (event.Type === 'MESSAGE') showTyping(false);
		const detail = event.Type === 'MESSAGE' ? `“${escape(event.Content)}”` : event.Type === 'EVENT' ? escape(event.ContentType.replace('application/vnd.amazonaws.connect.event.', '')) : '';
		prepend($('#timeline'), `kind-${event.Type.toLowerCase()}`, `<time>${time(event.AbsoluteTime)}</time><b>${labels[event.Type] ?? event.Type}</b><span>${detail}</span>`);
	});
	return stream;
};

// --- The customer's side: the element's events ---

// How many SendEvent attempts reached the service since the last outcome: retries made visible.
let requestsSeen = 0;
const attemptsSinceLastOutcome = async () => {
	const requests = await chat.requests();
	const attempts = requests.length - requestsSeen;
	requestsSeen = requests.length;
	return attempts;
};

const logEvent = async (type, detail, tone) => {
	const attempts = await attemptsSinceLastOutcome().catch(() => undefined);
	if (attempts > 1) detail = {...detail, attempts};
	const fields = Object.entries(detail)
		.filter(([key]) => key !== 'contentType')
		.map(([key, value]) => `<span><em>${key}</em> ${escape(value)}</span>`)
		.join('');
	const kind = detail.contentType?.replace('application/vnd.amazonaws.connect.event.', '') ?? '';
	prepend($('#events'), `tone-${tone}`, `<time>${time(new Date())}</time><b>${type}</b><span class="kind">${kind}</span>${fields}`);
};

notifier.addEventListener('connect-typing-sent', ({detail}) => logEvent('connect-typing-sent', detail, 'ok'));
notifier.addEventListener('connect-typing-throttled', ({detail}) => logEvent('connect-typing-throttled', detail, 'warn'));
notifier.addEventListener('connect-typing-error', ({detail}) => {
	logEvent('connect-typing-error', detail, 'bad');
	if (detail.status === 403) setStatus('The service refused the token (403). Press “Fresh token” to carry on.', 'bad');
});

const useToken = (token) => {
	connectionToken = token;
	notifier.connectionToken = token;
};

const startChat = async () => {
	chat = await startEmulatorChat(emulator);
	requestsSeen = 0;
	listen();
	useToken(chat.connectionToken);
};

const start = async () => {
	notifier.endpoint = emulator;
	await startChat();
	setStatus(`Connected: chat ${chat.contactId.slice(0, 8)}… on ${emulator}. Start typing.`);
};

$('#composer').addEventListener('submit', async (event) => {
	event.preventDefault();
	const field = $('#msg');
	const text = field.value.trim();
	if (!text) return;
	field.value = '';
	prepend($('#customer-messages'), 'message me', escape(text));
	$('#customer-messages').append($('#customer-messages').firstChild);
	try {
		await call('/participant/message', {token: connectionToken, body: {ContentType: 'text/plain', Content: text}});
	} catch (error) {
		setStatus(`The message was not sent: ${error.message}`, 'bad');
	}
});
$('#msg').addEventListener('keydown', (event) => {
	if (event.key === 'Enter' && !event.shiftKey) {
		event.preventDefault();
		$('#composer').requestSubmit();
	}
});

for (const button of document.querySelectorAll('.controls button')) {
	button.addEventListener('click', async () => {
		if (button.dataset.fault) {
			await chat.fault(JSON.parse(button.dataset.fault));
			setStatus(`Next SendEvent: ${button.textContent}. Type to see it.`, 'warn');
		} else if (button.dataset.action === 'fresh') {
			if (chat.ended) await startChat();
			else useToken(await chat.connect());
			setStatus('Fresh token: the element acknowledges again and carries on.');
		} else {
			await chat[button.dataset.action]();
			chat.ended ||= button.dataset.action === 'end';
			setStatus(button.dataset.action === 'end' ? 'The agent ended the chat: the next event gets 403.' : 'The token expired: the next event gets 403.', 'warn');
		}
	});
}

start().catch((error) => setStatus(`Could not reach the emulator at ${emulator}: ${error.message}`, 'bad'));
