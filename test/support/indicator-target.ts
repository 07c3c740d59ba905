// The indicator under test: `src/` (the default), or its built CDN file, loaded by a classic
// <script> tag that defines <connect-typing-indicator> and exposes `ConnectTypingIndicator`.
import type * as Indicator from '../../src/indicator.js';
import {loadScript, target} from './target.js';

declare global {
	interface Window {
		ConnectTypingIndicator?: typeof Indicator;
	}
}

const loadCdnFile = async () => {
	await loadScript('/dist/connect-typing-indicator.min.js');
	return window.ConnectTypingIndicator!;
};

export const indicatorLibrary: typeof Indicator = target === 'cdn' ? await loadCdnFile() : await import('../../src/indicator.js');

export const {ConnectTypingIndicatorElement} = indicatorLibrary;
export type ConnectTypingIndicatorElement = InstanceType<typeof indicatorLibrary.ConnectTypingIndicatorElement>;
