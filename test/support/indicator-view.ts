// What a <connect-typing-indicator> shows, as the customer sees it: its words while the indicator
// is shown, else nothing. It loads no library, so a page that brings its own indicator reads it too.

/** The indicator's visible words, or '' while it is hidden. */
export const shownText = (indicator: Element): string => {
	const root = indicator.shadowRoot!;
	return root.querySelector<HTMLElement>('[part="indicator"]')!.hidden ? '' : (root.querySelector('[part="text"]')!.textContent ?? '');
};
