// @ts-check
// The element as custom-elements.json describes it, for the editor data and the package check.
import {readFileSync} from 'node:fs';

/** The element's declaration in the manifest, or undefined when it has none. @returns {any} */
export const elementDeclaration = () => {
	const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
	return manifest.modules.flatMap((/** @type {any} */ module) => module.declarations ?? []).find((/** @type {any} */ entry) => entry.tagName === 'connect-typing-notifier');
};

/**
 * What a default in the source stands for: a literal as written, or the value of the constant it
 * names (`defaultInterval`, from the built schedule module). Needs `dist/`.
 */
export const defaultResolver = async () => {
	const constants = await import('../dist/core/typing-schedule.js');
	return (/** @type {string} */ source) => (source in constants ? String(constants[/** @type {keyof typeof constants} */ (source)]) : source);
};
