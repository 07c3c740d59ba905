// The indicator's entry: <connect-typing-indicator> defined, and everything it exports.
import {ConnectTypingIndicatorElement} from './connect-typing-indicator.js';

export * from './connect-typing-indicator.js';

ConnectTypingIndicatorElement.define();
