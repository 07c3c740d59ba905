// Types only: <connect-typing-notifier> in Vue 3 templates, as vue-tsc checks them.
// `import type {} from 'connect-typing-notifier/vue'` (or list it in tsconfig's `types`).
// Vue binds `.connectionToken` and other props as DOM properties, and `@connect-typing-sent` as
// a listener for that exact event name, which its tooling types as the `onConnectTypingSent` prop.
import type {DefineComponent, HTMLAttributes} from 'vue';
import type {ConnectTypingNotifierEventMap, ConnectTypingNotifierProperties} from './connect-typing-notifier.js';

type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** The element's props and listeners as a Vue template sees them, with HTML's own attributes and `for`. */
export type ConnectTypingNotifierVueProps = Omit<HTMLAttributes, keyof ConnectTypingNotifierProperties> &
	Partial<ConnectTypingNotifierProperties> & {for?: string} & {
		[Type in keyof ConnectTypingNotifierEventMap as `on${PascalCase<Type>}`]?: (event: ConnectTypingNotifierEventMap[Type]) => void;
	};

declare module 'vue' {
	interface GlobalComponents {
		'connect-typing-notifier': DefineComponent<ConnectTypingNotifierVueProps>;
	}
}
