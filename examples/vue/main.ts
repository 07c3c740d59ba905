// Vue 3 with a single-file component, compiled at build time as Vite's Vue plugin does, with the
// tag declared a custom element there (examples/build.mjs).
import {createApp} from 'vue';
import 'connect-typing-notifier';
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';
import App from './App.vue';

const emulator = await emulatorUrlOfPage();
const {connectionToken} = await emulatorControls(emulator).startCustomerChat();
createApp(App, {endpoint: emulator, token: connectionToken}).mount('#app');
