// The single-file build for a <script> tag: defines the element and exposes one namespace.
import * as ConnectTypingNotifier from './index.js';

(globalThis as {ConnectTypingNotifier?: typeof ConnectTypingNotifier}).ConnectTypingNotifier ??= ConnectTypingNotifier;
