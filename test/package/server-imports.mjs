// @ts-check
// A server that renders a page (Next.js, Nuxt, SvelteKit, Astro) imports the package in Node,
// where there is no DOM: every entry the package exports loads there without throwing, and
// defines nothing (no element, no global), so a server bundle that imports it renders.
import {readFileSync} from 'node:fs';

const {name, exports} = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
// Lit's Node build adds globals of its own (its custom element registry among them), as any Lit element does on a server.
await import('@lit/reactive-element');
const before = new Set(Object.keys(globalThis));
for (const entry of Object.keys(exports)) {
	if (entry.endsWith('.json')) continue;
	const specifier = `${name}${entry.slice(1)}`;
	try {
		await import(specifier);
	} catch (error) {
		failures.push(`import '${specifier}' throws in Node: ${error}`);
	}
}
for (const tag of ['connect-typing-notifier', 'connect-typing-indicator']) if (globalThis.customElements?.get(tag)) failures.push(`an import defined <${tag}> in Node`);
const added = Object.keys(globalThis).filter((key) => !before.has(key));
if (added.length) failures.push(`the imports added globals in Node: ${added.join(', ')}`);

console.log(`server imports: ${Object.keys(exports).filter((entry) => !entry.endsWith('.json')).length} entries load in Node and define nothing`);
if (failures.length) {
	console.error(failures.map((failure) => `✗ ${failure}`).join('\n'));
	process.exit(1);
}
