// The npm start demo, opened as a visitor would: typing shows the agent's indicator.
import {expect} from '@open-wc/testing';
import {emulatorUrl, waitFor} from './support/emulator.js';

describe('the demo page', () => {
	it('shows "Customer is typing…" on the agent side when the customer types', async () => {
		const frame = document.createElement('iframe');
		frame.src = `/demo/index.html?emulator=${encodeURIComponent(emulatorUrl)}`;
		frame.style.cssText = 'width: 1100px; height: 900px';
		document.body.append(frame);
		await waitFor(() => frame.contentDocument?.querySelector('#status[data-tone="ok"]'), 'the demo connected');
		const page = frame.contentDocument!;
		const indicator = page.querySelector<HTMLElement>('#indicator')!;
		expect(indicator.hidden).to.equal(true);
		const field = page.querySelector('textarea')!;
		field.value = 'Hello';
		field.dispatchEvent(new InputEvent('input'));
		await waitFor(() => !indicator.hidden);
		await waitFor(() => page.querySelector('#events .tone-ok'));
		frame.remove();
	});
});
