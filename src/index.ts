// The main entry: everything, with <connect-typing-notifier> defined.
import {ConnectTypingNotifierElement} from './connect-typing-notifier.js';

export * from './client.js';
export * from './connect-typing-notifier.js';

ConnectTypingNotifierElement.define();
