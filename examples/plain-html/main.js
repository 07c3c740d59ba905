// No build step: the element comes from the classic <script> tag; this only hands it a token.
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';

const notifier = document.querySelector('connect-typing-notifier');
const output = document.querySelector('#last-event');
notifier.addEventListener('connect-typing-sent', ({detail}) => (output.value = `sent ${detail.contentType} ${detail.id}`));
notifier.addEventListener('connect-typing-error', ({detail}) => (output.value = `error ${detail.name}`));

// Your back end gives the page a ConnectionToken; here the emulator stands in for it.
const emulator = await emulatorUrlOfPage();
notifier.endpoint = emulator;
notifier.connectionToken = (await emulatorControls(emulator).startCustomerChat()).connectionToken;
