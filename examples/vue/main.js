// Vue 3: the token bound as a DOM property (`.connectionToken`, short for v-bind.prop), events with @.
import {createApp, ref} from 'vue';
import 'connect-typing-notifier';
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';

const emulator = await emulatorUrlOfPage();
const {connectionToken} = await emulatorControls(emulator).startCustomerChat();

const app = createApp({
	setup: () => ({endpoint: emulator, token: ref(connectionToken), lastEvent: ref('none yet')}),
	template: `
		<label for="msg">Message</label>
		<textarea id="msg"></textarea>
		<connect-typing-notifier
			for="msg"
			:endpoint="endpoint"
			.connectionToken="token"
			@connect-typing-sent="lastEvent = 'sent ' + $event.detail.contentType + ' ' + $event.detail.id"
			@connect-typing-error="lastEvent = 'error ' + $event.detail.name"
		></connect-typing-notifier>
		<p>Last event: <output id="last-event">{{ lastEvent }}</output></p>
	`,
});
// Tell Vue the tag is a custom element, not a Vue component to resolve.
app.config.compilerOptions.isCustomElement = (tag) => tag === 'connect-typing-notifier';
app.mount('#app');
