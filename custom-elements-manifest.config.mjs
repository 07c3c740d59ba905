// @ts-check
// The manifest describes the public API only, as the doc comments declare it: the analyzer also
// lists what it infers from the code (the name parameter of the private event helper, the
// `connectiontoken` spelling a framework may set before the definition, `#private` members).
// test/package/check-package.mjs checks the result.

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
			}
		}
	},
});

export default {plugins: [publicApiOnly()]};
