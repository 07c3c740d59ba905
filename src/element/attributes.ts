import type {PropertyDeclaration} from '@lit/reactive-element';

/**
 * The attributes a server renderer writes for the properties, each with the property's own
 * attribute: a property's name in lower case, where that is not its attribute. React renders the
 * prop `htmlFor` as `htmlFor="…"`, which the HTML parser lowers to `htmlfor`; hydration then sets
 * no property. One rule for every property of the package's elements, so the next one needs no
 * list; the manifest follows it too (custom-elements-manifest.config.mjs).
 */
export const serverSpellingsOf = (properties: Record<string, PropertyDeclaration>): Map<string, string> => {
	const spellings = new Map<string, string>();
	for (const [property, {attribute = true}] of Object.entries(properties)) {
		const spelling = property.toLowerCase();
		const own = attribute === true ? spelling : attribute;
		if (own && own !== spelling) spellings.set(spelling, own);
	}
	return spellings;
};
