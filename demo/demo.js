// The demo's glue: starts a chat on the emulator, gives the element its token, plays the agent's
// side from the chat's event stream, and explains each outcome with the attempts behind it.
// The element itself needs none of this. The DOM is built with createElement only: the page
// runs under a Content-Security-Policy that requires Trusted Types.
import {emulatorControls, emulatorUrlOfPage} from '/emulator/controls.js';

const prefix = 'application/vnd.amazonaws.connect.event.';
const typingType = `${prefix}typing`;
const hideAfterMs = 12_000;
// The element's own per-attempt timeout (ParticipantEventClient's default).
const attemptTimeoutMs = 5_000;

const $ = (selector) => document.querySelector(selector);
const notifier = $('#notifier');
const field = $('#msg');

/** An element with properties and children, without markup. */
const h = (tag, properties = {}, ...children) => {
	const element = Object.assign(document.createElement(tag), properties);
	element.append(...children.filter((child) => child !== undefined && child !== null && child !== false));
	return element;
};
const clock = (date = new Date()) => h('time', {}, date.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'}));
const kindOf = (contentType = '') => contentType.replace(prefix, '');
/** Adds a row at the top of a log, dropping the oldest past `max`. */
const addNewest = (list, row, max = 60) => {
	list.prepend(row);
	while (list.children.length > max) list.lastElementChild.remove();
};

const status = (text, tone = 'ok') => {
	$('#status').textContent = text;
	$('#status').dataset.tone = tone;
};

// --- The chat's life: live → expired → ended, and a fresh token or a new chat ---

let emulator;
let chat;
let phase = 'connecting';
let stream;

const setPhase = (next, text, tone) => {
	phase = next;
	document.body.dataset.phase = next;
	for (const button of document.querySelectorAll('.controls button, .agent-actions button')) {
		const allowed = button.dataset.when?.split(' ') ?? ['live'];
		button.disabled = !allowed.includes(next);
	}
	status(text, tone);
	updateCountdown();
};

const separator = (text) => addNewest($('#timeline'), h('li', {className: 'separator'}, text));

const openChat = async () => {
	chat = await emulatorControls(emulator).startCustomerChat();
	requestsSeen = 0;
	stream?.close();
	stream = new EventSource(chat.streamUrl);
	stream.addEventListener('chat-event', ({data}) => showChatEvent(JSON.parse(data)));
	await listenToChat();
	notifier.connectionToken = chat.connectionToken;
	separator(`Chat ${chat.contactId.slice(0, 8)}… started`);
	setPhase('live', `Connected to chat ${chat.contactId.slice(0, 8)}… — type in the message box: the agent sees it.`);
};

const actions = {
	async expire() {
		await chat.expire();
		separator('The token expired');
		setPhase('expired', 'The token expired: the next event gets 403 (AccessDeniedException), and the element then sends nothing until it gets a fresh token.', 'warn');
	},
	async end() {
		await chat.end();
		separator('The agent ended the chat');
		setPhase('ended', 'The agent ended the chat: every call with its tokens gets 403. “Fresh token” starts a new chat.', 'warn');
	},
	async fresh() {
		if (phase === 'ended') return openChat();
		notifier.connectionToken = await chat.connect();
		separator('Fresh token');
		setPhase('live', 'Fresh token: the element acknowledges the connection again and carries on.');
	},
};

// --- The agent's side: what the chat received ---

let hideTimer;
const indicator = $('#indicator');
const showTyping = (on) => {
	clearTimeout(hideTimer);
	indicator.hidden = !on;
	if (on) hideTimer = setTimeout(() => (indicator.hidden = true), hideAfterMs);
};

const labels = {TYPING: 'typing', CONNECTION_ACK: 'connection acknowledged', MESSAGE: 'message', EVENT: 'event'};
const showChatEvent = (event) => {
	if (event.ContentType === typingType) showTyping(true);
	if (event.Type === 'MESSAGE') showTyping(false);
	const detail = event.Type === 'MESSAGE' ? `“${event.Content}”` : event.Type === 'EVENT' ? kindOf(event.ContentType) : '';
	addNewest($('#timeline'), h('li', {className: `kind-${event.Type.toLowerCase()}`}, clock(new Date(event.AbsoluteTime)), h('b', {}, labels[event.Type] ?? event.Type), h('span', {}, detail)));
};

// --- The customer's side of the agent's typing: the page's own WebSocket client, as a page
// without ChatJS has one, tells the indicator what the chat pushes ---

const agentTyping = $('#agent-typing');
let socket;
const listenToChat = async () => {
	const response = await fetch(`${emulator}/participant/connection`, {
		method: 'POST',
		headers: {'content-type': 'application/json', 'x-amz-bearer': chat.participantToken},
		body: JSON.stringify({Type: ['WEBSOCKET']}),
	});
	const {Websocket} = await response.json();
	socket?.close();
	socket = new WebSocket(Websocket.Url);
	socket.addEventListener('open', () => socket.send(JSON.stringify({topic: 'aws/subscribe', content: {topics: ['aws/chat']}})));
	// Resolves once the chat's events are subscribed: an event pushed before then never arrives.
	let subscribed;
	const ready = new Promise((resolve) => (subscribed = resolve));
	socket.addEventListener('message', ({data}) => {
		const {topic, content} = JSON.parse(data);
		if (topic === 'aws/subscribe') return subscribed();
		if (topic !== 'aws/chat') return;
		const item = JSON.parse(content);
		const participant = {participantId: item.ParticipantId, displayName: item.DisplayName, role: item.ParticipantRole};
		if (item.ContentType === typingType) agentTyping.typing(participant);
		else if (item.ContentType === `${prefix}chat.ended`) agentTyping.chatEnded();
		else if (item.Type === 'MESSAGE') {
			agentTyping.messageArrived(participant);
			if (item.ParticipantRole !== 'CUSTOMER') $('#customer-messages').append(h('li', {className: 'message them'}, h('span', {}, item.Content)));
		}
	});
	await ready;
};

const replies = ['Let me check that for you.', 'Thanks, one moment please.', 'Is there anything else I can help with?'];
$('#agent-type').addEventListener('click', () => chat.agentTyping());
$('#agent-reply').addEventListener('click', () => chat.agentMessage(replies[Math.floor(Math.random() * replies.length)]));

// --- The customer's side: the element's events, with the attempts behind each ---

// Attempts that reached the emulator and were already shown with an outcome.
let requestsSeen = 0;
const newAttempts = async () => {
	const requests = (await chat.requests()).filter((request) => request.operation === 'event');
	const fresh = requests.slice(requestsSeen);
	requestsSeen = requests.length;
	return fresh;
};
const describeAttempt = (attempt) =>
	attempt.dropped ? 'connection dropped' : attempt.latencyMs >= attemptTimeoutMs ? `timed out (no answer in ${attemptTimeoutMs / 1000} s)` : String(attempt.status ?? '…');

const explain = (type, detail, attempts) => {
	const retries = attempts.length - 1;
	if (type === 'sent') {
		if (detail.contentType !== typingType) return `The connection is acknowledged${retries ? ` (on attempt ${attempts.length})` : ''}.`;
		return retries
			? `Delivered on attempt ${attempts.length}: the element retried what failed, with the same ClientToken, so the agent sees one event.`
			: 'Delivered: the agent now sees “Customer is typing…”.';
	}
	if (type === 'throttled') {
		const pause = detail.retryAfterMs >= 1000 ? `${Math.round(detail.retryAfterMs / 1000)} s` : `${Math.round(detail.retryAfterMs)} ms`;
		return detail.contentType === typingType
			? `The service throttled (429): the quota is the account's, so the element does not retry; nothing more of this kind for ${pause}, then the element carries on.`
			: `The service throttled (429) ${attempts.length === 1 ? 'once' : `${attempts.length} times`}: nothing more of this kind for ${pause}, then the element tries again.`;
	}
	if (detail.status === 403) return 'The service refused the token (403): the element sends nothing more until it gets a fresh token.';
	if (detail.retryable) return `Failed ${attempts.length} times (${detail.name}): the element gave up on this one; the next keystroke after the interval tries again.`;
	return `${detail.name}: ${detail.message}`;
};

// The fault a button armed for the next typing event, until an outcome shows it fired.
let armed = '';

const logOutcome = async (type, detail, tone) => {
	const attempts = await newAttempts().catch(() => []);
	if (armed && detail.contentType === typingType) {
		status(`${armed}: it met the typing event; the outcome, with every attempt, is in the log below.`, tone);
		armed = '';
	}
	const row = h(
		'li',
		{className: `tone-${tone}`},
		h(
			'div',
			{className: 'row'},
			clock(),
			h('b', {}, `connect-typing-${type}`),
			h('span', {className: 'kind'}, kindOf(detail.contentType)),
			h('span', {className: 'attempts'}, attempts.length ? `attempts: ${attempts.map(describeAttempt).join(' → ')}` : 'no request'),
		),
		h('p', {className: 'explain'}, explain(type, detail, attempts)),
	);
	addNewest($('#events'), row);
};

// When the next typing event may go, roughly: the interval after the last one, or a throttle's pause.
let nextTypingAt = 0;
const interval = () => notifier.interval;
const updateCountdown = () => {
	const wait = Math.ceil((nextTypingAt - Date.now()) / 1000);
	$('#next').textContent =
		phase !== 'live' && phase !== 'expired'
			? ''
			: wait > 0
				? `Next typing event in ${wait} s — type to send it then.`
				: 'Type: the next keystroke sends a typing event (after a throttle, the element may wait up to 4.5 s longer).';
};
setInterval(updateCountdown, 250);

notifier.addEventListener('connect-typing-sent', ({detail}) => logOutcome('sent', detail, 'ok'));
notifier.addEventListener('connect-typing-throttled', ({detail}) => {
	if (detail.contentType === typingType) nextTypingAt = Math.max(nextTypingAt, Date.now() + detail.retryAfterMs);
	updateCountdown();
	logOutcome('throttled', detail, 'warn');
});
notifier.addEventListener('connect-typing-error', ({detail}) => logOutcome('error', detail, 'bad'));
// A typing attempt starts the interval, whatever its outcome, as the element's schedule does.
const typingAttempted = () => {
	if (nextTypingAt <= Date.now()) nextTypingAt = Date.now() + interval();
	updateCountdown();
};
field.addEventListener('input', () => field.value && typingAttempted());

// --- Messages, sent as the customer's chat UI would (SendMessage) ---

const sendMessage = async (text) => {
	const response = await fetch(`${emulator}/participant/message`, {
		method: 'POST',
		headers: {'content-type': 'application/json', 'x-amz-bearer': notifier.connectionToken},
		body: JSON.stringify({ContentType: 'text/plain', Content: text}),
	});
	if (response.ok) return undefined;
	const body = await response.json().catch(() => ({}));
	const name = (response.headers.get('x-amzn-errortype') ?? '').split(':')[0] || `HTTP ${response.status}`;
	return response.status === 403 ? `not sent: the chat has ended or its token expired (${name})` : `not sent: ${body.Message ?? name}`;
};

$('#composer').addEventListener('submit', async (event) => {
	event.preventDefault();
	const text = field.value.trim();
	if (!text) return;
	field.value = '';
	// The message hides the agent's indicator: the element sends the next keystroke at once.
	nextTypingAt = 0;
	updateCountdown();
	const bubble = h('li', {className: 'message me sending'}, h('span', {}, text));
	$('#customer-messages').append(bubble);
	bubble.scrollIntoView({block: 'nearest'});
	const failure = await sendMessage(text).catch((error) => `not sent: ${error.message}`);
	bubble.classList.remove('sending');
	if (failure) bubble.append(h('small', {className: 'reason'}, failure));
	bubble.classList.toggle('failed', Boolean(failure));
});
field.addEventListener('keydown', (event) => {
	if (event.key === 'Enter' && !event.shiftKey) {
		event.preventDefault();
		$('#composer').requestSubmit();
	}
});

// --- Break things: each button arms exactly the failures the element's attempts will meet ---

for (const button of document.querySelectorAll('.controls button')) {
	button.addEventListener('click', async () => {
		if (button.dataset.action) return actions[button.dataset.action]();
		await chat.fault(JSON.parse(button.dataset.fault));
		const label = button.textContent;
		// Sent at once when the schedule allows it; otherwise the countdown says when to type.
		if (nextTypingAt <= Date.now()) {
			status(`${label}: a typing event goes into it now. Its outcome, with every attempt, is in the log below.`, 'warn');
			// sendTyping() takes its place in the schedule at once; the countdown starts after it.
			const sending = notifier.sendTyping();
			typingAttempted();
			await sending;
		} else {
			armed = label;
			status(`${label}: armed for the next typing event. ${$('#next').textContent}`, 'warn');
		}
	});
}

const start = async () => {
	emulator = await emulatorUrlOfPage();
	notifier.endpoint = emulator;
	$('#usage').textContent = `<connect-typing-notifier for="msg" endpoint="${emulator}">`;
	await openChat();
};

start().catch((error) => setPhase('broken', `Could not reach the emulator${emulator ? ` at ${emulator}` : ''}: ${error.message}. Start the demo with npm start.`, 'bad'));
