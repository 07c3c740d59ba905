// The indicator's single file for a <script> tag: defines <connect-typing-indicator> and exposes one namespace.
import * as Indicator from './indicator.js';

declare global {
	/** The indicator's CDN file's namespace: everything `connect-typing-notifier/indicator` exports. */
	var ConnectTypingIndicator: typeof Indicator;
}

globalThis.ConnectTypingIndicator ??= Indicator;
