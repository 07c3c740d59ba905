// Two text fields built the way design systems build theirs, for what the real ones in the
// suites do not cover: a textarea in a closed shadow root, and a textarea slotted from the page.

/** `<closed-text-field>`: a textarea in a closed shadow root; the text is the host's `value`. */
export class ClosedTextField extends HTMLElement {
	readonly #textarea = document.createElement('textarea');

	constructor() {
		super();
		this.attachShadow({mode: 'closed', delegatesFocus: true}).append(this.#textarea);
	}

	get value() {
		return this.#textarea.value;
	}

	set value(text: string) {
		this.#textarea.value = text;
	}
}

/** `<slotted-text-field>`: a frame around the textarea the page puts in it; no `value` of its own. */
class SlottedTextField extends HTMLElement {
	constructor() {
		super();
		this.attachShadow({mode: 'open'}).innerHTML = '<label part="frame"><slot></slot></label>';
	}
}

customElements.define('closed-text-field', ClosedTextField);
customElements.define('slotted-text-field', SlottedTextField);
