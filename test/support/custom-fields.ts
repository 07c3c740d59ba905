// Text fields built the way design systems and editors build theirs, for what the real ones in
// the suites do not cover: a textarea in a closed shadow root, a textarea slotted from the page,
// and an editable that writes its value on the next frame.

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

/**
 * `<frame-written-field>`: an editable that writes its `value` when it renders, on the next
 * animation frame after an edit, as Trix does: a read a task after the key finds the old text in
 * WebKit, which runs that task before the frame.
 */
export class FrameWrittenField extends HTMLElement {
	value = '';

	constructor() {
		super();
		this.addEventListener('input', () => requestAnimationFrame(() => (this.value = this.textContent ?? '')));
	}

	connectedCallback() {
		this.contentEditable = 'true';
	}
}

customElements.define('closed-text-field', ClosedTextField);
customElements.define('slotted-text-field', SlottedTextField);
customElements.define('frame-written-field', FrameWrittenField);
