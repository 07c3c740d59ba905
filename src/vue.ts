// Types only: <connect-typing-notifier> and <connect-typing-indicator> in Vue 3 templates, as
// vue-tsc checks them. `import type {} from 'connect-typing-notifier/vue'` (or list it in
// tsconfig's `types`). Vue binds `.connectionToken` and other props as DOM properties, and
// `@connect-typing-sent` as a listener for that exact event name, which its tooling types as the
// `onConnectTypingSent` prop.
import type {DefineComponent, HTMLAttributes} from 'vue';
import type {ConnectTypingIndicatorEventMap, ConnectTypingIndicatorProperties} from './connect-typing-indicator.js';
import type {ConnectTypingNotifierEventMap, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** An element's props and listeners as a Vue template sees them, with HTML's own attributes. */
type VueProps<Properties, EventMap> = Omit<HTMLAttributes, keyof Properties> &
	Partial<Properties> & {
		[Type in keyof EventMap & string as `on${PascalCase<Type>}`]?: (event: EventMap[Type]) => void;
	};

/** The notifier's props and listeners as a Vue template sees them, with `for`. */
export type ConnectTypingNotifierVueProps = VueProps<ConnectTypingNotifierProperties, ConnectTypingNotifierEventMap> & {for?: string};
/** The indicator's props and listeners as a Vue template sees them. */
export type ConnectTypingIndicatorVueProps = VueProps<ConnectTypingIndicatorProperties, ConnectTypingIndicatorEventMap>;

declare module 'vue' {
	interface GlobalComponents {
		'connect-typing-notifier': DefineComponent<ConnectTypingNotifierVueProps>;
		'connect-typing-indicator': DefineComponent<ConnectTypingIndicatorVueProps>;
	}
}
