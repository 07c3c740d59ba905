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

/** Constants a default may name, from the built schedule module. */
const constants = /** @type {Record<string, unknown>} */ (await import('./dist/core/typing-schedule.js'));
const {attributesOf} = await import('./dist/element/options.js');
const {ConnectTypingNotifierElement} = await import('./dist/connect-typing-notifier.js');

/**
 * The attributes the element also answers to, by its rule (`attributesOf`): each property's name
 * in lower case, where the property has an attribute of its own and that is another name.
 * @param {any[]} attributes the manifest's attributes so far
 */
const serverSpellings = (attributes) =>
	[...attributesOf(ConnectTypingNotifierElement.properties)]
		.filter(([name, fieldName]) => !attributes.some((attribute) => attribute.name === name) && attributes.some((attribute) => attribute.fieldName === fieldName))
		.map(([name, fieldName]) => {
			const own = attributes.find((attribute) => attribute.fieldName === fieldName);
			return {...own, name, description: `\`${own.name}\` as a server renderer writes it (React renders the prop \`${fieldName}\`): the same`};
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
				declaration.attributes.push(...serverSpellings(declaration.attributes));
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
