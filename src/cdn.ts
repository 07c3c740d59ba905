// The single-file build for a <script> tag: defines the element and exposes one namespace.
import * as Library from './index.js';

declare global {
	/** The CDN file's namespace: everything the package exports (its types are this subpath's). */
	var ConnectTypingNotifier: typeof Library;
}

globalThis.ConnectTypingNotifier ??= Library;
