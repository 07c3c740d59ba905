import {css, ReactiveElement} from '@lit/reactive-element';
import type {ChatParticipant} from './core/others-typing.js';
import {indicatorMs} from './core/timing.js';
import type {ChatSession} from './indicator/chatjs-session.js';
import type {ConnectTypingIndicatorEventMap} from './indicator/events.js';
import {SessionFeed} from './indicator/session-feed.js';
import {TypingDisplay} from './indicator/typing-display.js';
import {defaultText, defaultTextMany, defaultUnnamed} from './indicator/words.js';
import {serverSpellingsOf} from './element/attributes.js';
import {defineElement} from './utils/define.js';

export type {ChatParticipant, HiddenReason} from './core/others-typing.js';
export type {ChatItem, ChatSession} from './indicator/chatjs-session.js';
export type {ConnectTypingIndicatorEventMap, ConnectTypingIndicatorListenerProps, TypingHiddenDetail, TypingShownDetail} from './indicator/events.js';

// package.json's version, put in by the build (and by the test runner, for src/).
declare const PACKAGE_VERSION: string;

// What the page set, where it can be used: anything else (another type, a Symbol) counts as the default.
const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const msOr = (value: unknown, fallback: number) => (typeof value === 'number' && value > 0 && value < Infinity ? value : fallback);

/** Makes an element of the shadow root, with its attributes. */
const make = (tag: string, attributes: Record<string, string> = {}, ...children: Node[]) => {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
};

/**
 * Shows the customer that the agent (or a bot, a supervisor) is typing, from a ChatJS session or
 * from the page's own WebSocket client. Amazon Connect sends a typing event and no "stopped
 * typing": each participant shows until 12 s after their last typing event, and hides at once when
 * their message arrives, when the chat ends, and when the element leaves the page. Screen readers
 * hear "… is typing" once per burst, and nothing when it hides.
 *
 * @customElement connect-typing-indicator
 * @fires {CustomEvent<TypingShownDetail>} connect-typing-shown - a participant began typing (a new burst)
 * @fires {CustomEvent<TypingHiddenDetail>} connect-typing-hidden - a participant no longer shows, and why
 * @csspart indicator - what shows while someone types: the words and the dots
 * @csspart text - the words
 * @csspart dots - the three dots, which pulse unless the customer prefers reduced motion
 * @cssprop [--connect-typing-indicator-color=#5f6b7a] - the words' and dots' color
 * @cssprop [--connect-typing-indicator-font=italic 0.875em/1.4 system-ui, sans-serif] - the words' font
 * @cssprop [--connect-typing-indicator-dot-size=0.35em] - each dot's size
 */
export class ConnectTypingIndicatorElement extends ReactiveElement {
	static override properties = {
		session: {attribute: false},
		hideAfter: {type: Number, attribute: 'hide-after'},
		text: {},
		textMany: {attribute: 'text-many'},
		unnamed: {},
		participantId: {attribute: 'participant-id'},
	};

	static override styles = css`
		:host {
			display: inline-block;
			color: var(--connect-typing-indicator-color, #5f6b7a);
			font: var(--connect-typing-indicator-font, italic 0.875em/1.4 system-ui, sans-serif);
		}
		[hidden] {
			display: none !important;
		}
		[part='indicator'] {
			display: inline-flex;
			align-items: baseline;
			gap: 0.4em;
		}
		[part='dots'] {
			display: inline-flex;
			gap: 0.2em;
		}
		[part='dots'] i {
			width: var(--connect-typing-indicator-dot-size, 0.35em);
			height: var(--connect-typing-indicator-dot-size, 0.35em);
			border-radius: 50%;
			background: currentColor;
			animation: pulse 1.2s infinite ease-in-out;
		}
		[part='dots'] i:nth-child(2) {
			animation-delay: 0.2s;
		}
		[part='dots'] i:nth-child(3) {
			animation-delay: 0.4s;
		}
		@keyframes pulse {
			0%,
			80%,
			100% {
				opacity: 0.3;
			}
			40% {
				opacity: 1;
			}
		}
		@media (prefers-reduced-motion: reduce) {
			[part='dots'] i {
				animation: none;
				opacity: 0.6;
			}
		}
		[role='status'] {
			position: absolute;
			width: 1px;
			height: 1px;
			overflow: hidden;
			clip-path: inset(50%);
			white-space: nowrap;
		}
	`;

	// The attributes a server renderer writes for the properties (`hideafter`), each with the property's own.
	static readonly #serverSpellings = serverSpellingsOf(this.properties);

	/** The package version of this copy. */
	static readonly version = PACKAGE_VERSION;

	static override get observedAttributes() {
		return [...super.observedAttributes, ...ConnectTypingIndicatorElement.#serverSpellings.keys()];
	}

	// A server renderer's spelling is read as the property's own attribute.
	override attributeChangedCallback(name: string, old: string | null, value: string | null) {
		super.attributeChangedCallback(ConnectTypingIndicatorElement.#serverSpellings.get(name) ?? name, old, value);
	}

	/** Defines the element under `tag`, as `ConnectTypingNotifierElement.define` does. */
	static define(tag = 'connect-typing-indicator', registry = globalThis.customElements) {
		defineElement(tag, this, registry);
		return this;
	}

	/**
	 * A ChatJS session (`connect.ChatSession.create(…)`): its typing, messages and end feed the
	 * indicator while the element is on the page, and the customer's own typing never shows.
	 */
	session?: ChatSession | null;
	/** How long a participant shows after their last typing event, in ms: 12 s, as Amazon Connect's chat interfaces. */
	hideAfter = indicatorMs;
	/** The words for one participant typing; `{name}` is their display name. */
	text = defaultText;
	/** The words for several; `{names}` is their display names, listed in the element's language (`lang`). */
	textMany = defaultTextMany;
	/** The name of a participant whose events carry none. */
	unnamed = defaultUnnamed;
	/** The customer's own participant id, whose typing never shows (from the session, when one is given). */
	participantId: string | null = null;

	readonly #display = new TypingDisplay(this, () => this.#announce());
	// eslint-disable-next-line no-unused-private-class-members
	readonly #feed = new SessionFeed(this, {
		typing: (participant) => this.#display.typing(participant),
		messageArrived: (participantId) => this.#display.messageArrived(participantId),
		chatEnded: () => this.#display.chatEnded(),
		self: (participantId) => (this.participantId ??= participantId ?? null),
	});
	readonly #words = make('span', {part: 'text'});
	readonly #indicator = make('span', {part: 'indicator', 'aria-hidden': 'true'}, this.#words, make('span', {part: 'dots'}, make('i'), make('i'), make('i')));
	// A polite live region, apart from what shows: it speaks once per burst.
	readonly #announcer = make('span', {role: 'status'});

	protected override createRenderRoot() {
		const root = super.createRenderRoot();
		root.append(this.#indicator, this.#announcer);
		return root;
	}

	/** A participant typed (for a page with its own WebSocket client): they show, unless they are the customer. */
	typing(participant: ChatParticipant): void {
		this.#display.typing(participant);
	}

	/** A participant's message arrived: they no longer show. */
	messageArrived({participantId}: Pick<ChatParticipant, 'participantId'>): void {
		this.#display.messageArrived(participantId);
	}

	/** The chat ended: nobody shows. */
	chatEnded(): void {
		this.#display.chatEnded();
	}

	protected override willUpdate() {
		const {others} = this.#display;
		others.lapseMs = msOr(this.hideAfter, indicatorMs);
		others.self = textOr(this.participantId, '') || undefined;
	}

	protected override update(changed: Map<PropertyKey, unknown>) {
		super.update(changed);
		const {shown} = this.#display.others;
		this.#indicator.hidden = !shown.length;
		this.#words.textContent = this.#say(shown);
		// Nothing is said when it hides: the live region is emptied, which screen readers do not read.
		if (!shown.length) this.#announcer.textContent = '';
	}

	// A participant began a burst: screen readers hear who types now, once.
	#announce() {
		this.#announcer.textContent = this.#say(this.#display.others.shown);
	}

	#say(shown: ChatParticipant[]): string {
		const names = shown.map(({displayName}) => textOr(displayName, '') || textOr(this.unnamed, defaultUnnamed));
		if (names.length < 2) return names.length ? textOr(this.text, defaultText).replace('{name}', names[0]!) : '';
		const lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
		return textOr(this.textMany, defaultTextMany).replace('{names}', new Intl.ListFormat(lang, {type: 'conjunction'}).format(names));
	}
}

/** The indicator's reactive properties, as its `static properties` declares them: framework typings follow from it. */
export type ConnectTypingIndicatorProperties = Pick<ConnectTypingIndicatorElement, keyof (typeof ConnectTypingIndicatorElement)['properties']>;

declare global {
	interface HTMLElementTagNameMap {
		'connect-typing-indicator': ConnectTypingIndicatorElement;
	}
	// The events bubble and are composed: they reach ancestors, shadow hosts and the document.
	interface GlobalEventHandlersEventMap extends ConnectTypingIndicatorEventMap {}
}
