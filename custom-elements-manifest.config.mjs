// @ts-check
// The manifest describes the public API only, as the doc comments declare it: the analyzer also
// lists what it infers from the code (the name parameter of the private event helper,
// `#private` members), and a default that names a constant (`defaultInterval`) is given as its
// value. The attributes a server renderer writes (`htmlfor` for `htmlFor`) are added by the
// element's own rule. From it, the editor data: VS Code's HTML custom data and JetBrains'
// web-types, in dist/. Runs after rollup (the rule, the properties and the constants are read
// from dist/); test/package/check-package.mjs checks the results.
import {customElementJetBrainsPlugin} from 'custom-element-jet-brains-integration';
import {customElementVsCodePlugin} from 'custom-element-vs-code-integration';

/** Constants a default may name, from the built modules that declare them. */
const constants = /** @type {Record<string, unknown>} */ ({
	...(await import('./dist/core/typing-schedule.js')),
	...(await import('./dist/core/timing.js')),
	...(await import('./dist/indicator/words.js')),
});
const {serverSpellingsOf} = await import('./dist/element/attributes.js');
/** Each element's class, by its tag: their `static properties` say what a server renderer writes. */
const elements = {
	'connect-typing-notifier': (await import('./dist/connect-typing-notifier.js')).ConnectTypingNotifierElement,
	'connect-typing-indicator': (await import('./dist/connect-typing-indicator.js')).ConnectTypingIndicatorElement,
};

/**
 * The attributes an element also answers to, by the package's rule (`serverSpellingsOf`): each
 * property's name in lower case, where that is not its own attribute.
 * @param {string} tag @param {any[]} attributes the manifest's attributes so far
 */
const serverSpellings = (tag, attributes) =>
	[...serverSpellingsOf(elements[/** @type {keyof typeof elements} */ (tag)].properties)].map(([name, ownName]) => {
		const own = attributes.find((attribute) => attribute.name === ownName);
		return {...own, name, description: `\`${own.name}\` as a server renderer writes it (React renders the prop \`${own.fieldName}\`): the same`};
	});

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApiOnly = () => ({
	name: 'public-api-only',
	packageLinkPhase({customElementsManifest}) {
		for (const module of customElementsManifest.modules) {
			for (const declaration of /** @type {any[]} */ (module.declarations ?? [])) {
				if (!declaration.customElement) continue;
				// Events and attributes that no doc comment declares are not API.
				declaration.events = declaration.events?.filter((/** @type {any} */ event) => event.description);
				declaration.attributes = declaration.attributes?.filter((/** @type {any} */ attribute) => attribute.description || attribute.fieldName);
				declaration.members = declaration.members?.filter((/** @type {any} */ member) => member.privacy !== 'private' && !member.name.startsWith('#'));
				for (const entry of [...declaration.members, ...declaration.attributes]) if (entry.default in constants) entry.default = String(constants[entry.default]);
				declaration.attributes.push(...serverSpellings(declaration.tagName, declaration.attributes));
			}
		}
	},
});

export default {
	plugins: [
		publicApiOnly(),
		customElementVsCodePlugin({outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, hideLogs: true}),
		customElementJetBrainsPlugin({outdir: 'dist', hideLogs: true}),
	],
};
