// What a customer types into, and how the binding reads it and names it: the binding's vocabulary,
// with no state of its own.

export type Field = HTMLElement & {value?: string};

const textInputTypes = ['text', 'search', 'email', 'url', 'tel'];

/**
 * What a customer types into: a textarea, a text-like input, an editable element, or a design
 * system's field, a custom element that keeps the text in its `value`.
 */
export const isField = (element: EventTarget): element is Field =>
	(element as Element).localName === 'textarea' ||
	((element as Element).localName === 'input' && textInputTypes.includes((element as HTMLInputElement).type)) ||
	!!(element as HTMLElement).isContentEditable ||
	(!!(element as Element).localName?.includes('-') && typeof (element as HTMLInputElement).value == 'string');

/**
 * Nobody types into a button, a select, or an input that is not text; anything else may hold a
 * field (an editor's mount point, a custom element not yet upgraded).
 */
export const isTypeable = (element: Element) => isField(element) || !['input', 'button', 'select'].includes(element.localName);

export const readText = (field: Field) => (typeof field.value == 'string' ? field.value : (field.textContent ?? ''));

/** How a message names an element: its tag, and its id, else its class. */
export const describe = (element: Element) => {
	const {id} = element;
	const className = element.getAttribute('class');
	return `<${element.localName}${id ? ` id="${id}"` : className ? ` class="${className}"` : ''}>`;
};

/** The outermost field on an event's path, up to `last` (the bound element): a design system's host before the textarea in its shadow root. */
export const outermostField = (path: EventTarget[], last = path.length - 1) =>
	path
		.slice(0, last + 1)
		.reverse()
		.find(isField);

/** The first field inside `element`: what an element with neither `for` nor `target` binds to. */
export const firstFieldIn = (element: Element) => [...element.querySelectorAll('*')].find(isField);

/** The iframes that are, or are inside, `element`. */
export const framesOf = (element: Element) => (element.localName === 'iframe' ? [element as HTMLIFrameElement] : [...element.querySelectorAll('iframe')]);

/** Whether the customer can type in `element` without its iframes of other origins: it is or holds a field, or an iframe the page can follow. */
export const holdsTypeable = (element: Element) => isField(element) || !!firstFieldIn(element) || framesOf(element).some((frame) => frame.contentDocument);

/**
 * Whether an edit belongs to an IME's composition, or to its commit: WebKit commits one by
 * deleting the composed text (`deleteCompositionText`, the field briefly empty) and inserting
 * what was committed (`insertFromComposition`).
 */
export const inComposition = (event: Event) => !!(event as InputEvent).isComposing || /Composition/.test((event as InputEvent).inputType ?? '');

// What a customer clicks to send: a button, or what says it is one.
const buttons = 'button, [type=submit], [type=button], [role=button]';

/** The fields in `element` that are not inside another (an editor's paragraphs are its editable's). */
const outermostFieldsIn = (element: Element) => [...element.querySelectorAll('*')].filter((candidate) => isField(candidate) && !candidate.parentElement?.isContentEditable);

/**
 * Whether a page's event sends the message in `field`: its form's submit, Enter in it, or a click
 * on a button beside it (one that shares with the field a container holding no other field: a
 * chat's composer). A click or an Enter elsewhere on the page (a login form) is not the chat's.
 */
export const isSendOf = (event: Event, field: Field): boolean => {
	if (event.type === 'submit') return (event.target as Element).contains(field);
	if (event.type === 'keydown') return (event as KeyboardEvent).key === 'Enter' && event.composedPath().includes(field);
	if (!event.composedPath().some((target) => (target as Element).matches?.(buttons))) return false;
	let container = field.parentElement;
	while (container && !container.contains(event.target as Element)) container = container.parentElement;
	return !!container && outermostFieldsIn(container).length === 1;
};
