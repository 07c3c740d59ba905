// Angular: CUSTOM_ELEMENTS_SCHEMA, a [connectionToken] property binding and a (connect-typing-error) event binding.
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import 'connect-typing-notifier';
import type {TypingErrorDetail, TypingSentDetail} from 'connect-typing-notifier';
import {emulatorControls, emulatorUrlOfPage} from '../../emulator/controls.js';

const emulator: string = await emulatorUrlOfPage();
const {connectionToken} = await emulatorControls(emulator).startCustomerChat();

@Component({
	selector: 'chat-box',
	schemas: [CUSTOM_ELEMENTS_SCHEMA],
	template: `
		<label for="msg">Message</label>
		<textarea id="msg"></textarea>
		<connect-typing-notifier for="msg" [endpoint]="endpoint" [connectionToken]="token()" (connect-typing-sent)="onSent($event)" (connect-typing-error)="onError($event)"></connect-typing-notifier>
		<p>
			Last event: <output id="last-event">{{ lastEvent() }}</output>
		</p>
	`,
})
class ChatBox {
	endpoint = emulator;
	token = signal(connectionToken);
	lastEvent = signal('none yet');

	onSent(event: Event) {
		const {detail} = event as CustomEvent<TypingSentDetail>;
		this.lastEvent.set(`sent ${detail.contentType} ${detail.id}`);
	}

	onError(event: Event) {
		const {detail} = event as CustomEvent<TypingErrorDetail>;
		this.lastEvent.set(`error ${detail.name}`);
	}
}

document.querySelector('#app')!.append(document.createElement('chat-box'));
await bootstrapApplication(ChatBox, {providers: [provideZonelessChangeDetection()]});
