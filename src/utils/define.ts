/** A custom element class of this package, with the version of its copy. */
interface PackageElement extends CustomElementConstructor {
	readonly version: string;
}

/**
 * Defines `element` under `tag`. A second definition steps aside: two copies of one version on a
 * page are one, and a copy of another version says so once in the console. Without a DOM (a
 * server rendering a page that imports the element) it defines nothing.
 */
export const defineElement = (tag: string, element: PackageElement, registry: CustomElementRegistry | undefined = globalThis.customElements) => {
	if (typeof document === 'undefined' || !registry) return;
	const defined = registry.get(tag) as {version?: string} | undefined;
	if (!defined) registry.define(tag, element);
	else if (defined.version !== element.version) console.warn(`<${tag}> ${defined.version ?? '(another element)'} is defined; connect-typing-notifier ${element.version} steps aside`);
};
