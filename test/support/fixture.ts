// Mounts a notifier bound to a field, with a fresh chat's token, and records its outcome events.
import {fixture, html} from '@open-wc/testing';
import type {ConnectTypingNotifierElement, TypingErrorDetail, TypingSentDetail, TypingThrottledDetail} from '../../src/index.js';
import {emulatorUrl, startCustomerChat, waitFor, type CustomerChat} from './emulator.js';
import './target.js';

export type Outcome = ['sent', TypingSentDetail] | ['throttled', TypingThrottledDetail] | ['error', TypingErrorDetail];

/** Every outcome event an element dispatches, in order, and a list per kind. */
export const recordOutcomes = (notifier: HTMLElement) => {
	const seen = {
		outcomes: [] as Outcome[],
		sent: [] as TypingSentDetail[],
		throttled: [] as TypingThrottledDetail[],
		errors: [] as TypingErrorDetail[],
		/** Resolves once `count` outcome events were dispatched in all. */
		until: (count: number) => waitFor(() => seen.outcomes.length >= count, `${count} outcome events`),
	};
	notifier.addEventListener('connect-typing-sent', ({detail}) => seen.outcomes.push(['sent', detail]) && seen.sent.push(detail));
	notifier.addEventListener('connect-typing-throttled', ({detail}) => seen.outcomes.push(['throttled', detail]) && seen.throttled.push(detail));
	notifier.addEventListener('connect-typing-error', ({detail}) => seen.outcomes.push(['error', detail]) && seen.errors.push(detail));
	return seen;
};

/** Changes a field's text the way a keystroke does. */
export const type = (field: HTMLElement, text: string) => {
	if ('value' in field) (field as HTMLInputElement).value = text;
	else field.textContent = text;
	field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
};

export interface MountOptions {
	/** The chat whose token the element gets; a fresh one when not given. */
	chat?: CustomerChat;
	/** Give the element the chat's token (default), or leave it without one. */
	token?: boolean;
	/** The element's `interval` (its own default when not given). */
	interval?: number;
	/** Send the acknowledgement (default: no, so that a test sees only its own events). */
	acknowledge?: boolean;
	/** Attributes set on the element before it connects (`for`, `endpoint` are set unless given). */
	attributes?: Record<string, string>;
}

/** A page with a field and a `<connect-typing-notifier for>` bound to it, talking to the emulator. */
export const mountNotifier = async ({chat, token = true, interval, acknowledge = false, attributes = {}}: MountOptions = {}) => {
	chat ??= await startCustomerChat();
	const page = await fixture<HTMLDivElement>(html`<div></div>`);
	const input = document.createElement('textarea');
	input.id = 'msg';
	const notifier = document.createElement('connect-typing-notifier') as ConnectTypingNotifierElement;
	const all = {for: 'msg', endpoint: emulatorUrl, ...(interval === undefined ? {} : {interval: String(interval)}), ...(acknowledge ? {} : {'no-acknowledge': ''}), ...attributes};
	for (const [name, value] of Object.entries(all)) notifier.setAttribute(name, value);
	const seen = recordOutcomes(notifier);
	page.append(input, notifier);
	if (token) notifier.connectionToken = chat.connectionToken;
	await notifier.updateComplete;
	return {chat, page, notifier, field: input, seen, type: (text: string) => type(input, text)};
};
