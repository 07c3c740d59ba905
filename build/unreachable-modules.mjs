// @ts-check
// Modules of ky and Lit whose work the package never asks for, replaced whole in the CDN file by
// stubs that export the same names. No line of a dependency is edited: a patch release that
// changes a module's text builds as it is; one that adds, drops or moves an export fails the
// build before anything is written, naming every module that needs a look. Bundlers replace a
// module (rollup's alias, replace); none checks a replacement against the original's exports.
import {readFileSync} from 'node:fs';
import {parseAst} from 'rollup/parseAst';

/** @type {Record<string, string>} module path under node_modules → the stub's code */
export const stubs = {
	// Upload/download progress: only `onUploadProgress`/`onDownloadProgress` reach it; the client sets neither.
	'ky/distribution/utils/body.js': 'export const getBodySize = () => 0, streamRequest = (request) => request, streamResponse = (response) => response;',
	// Vendor fetch options and `searchParams`: the client passes neither.
	'ky/distribution/utils/options.js': 'export const findUnknownOptions = () => ({}), hasSearchParameters = () => false;',
	// Feature checks and tables for what the client never does: stream a body (so no `duplex`), send FormData,
	// call the response shortcuts (`.json()` on the promise), pass unknown options, call `ky.get`.
	'ky/distribution/core/constants.js': `export const supportsRequestStreams = false, supportsAbortController = true, supportsResponseStreams = true, supportsFormData = false,
	supportsAbortSignal = typeof AbortSignal.any == 'function', requestMethods = ['post'], responseTypes = {}, maxSafeTimeout = 2147483647,
	usualFormBoundarySize = 0, stop = Symbol(), kyOptionKeys = {}, vendorSpecificOptions = {}, requestOptionsRegistry = {};
export class RetryMarker {}
export const retry = () => new RetryMarker();`,
	// Created only by `ky.retry()` in an afterResponse hook; the client has no hooks.
	'ky/distribution/errors/ForceRetryError.js': 'export class ForceRetryError extends Error {}',
	// Wraps a thrown non-Error for `shouldRetry`, which reads only HTTPError's response.
	'ky/distribution/errors/NonError.js': 'export class NonError extends Error {}',
	// Styles: the element renders into itself and adopts none.
	'@lit/reactive-element/css-tag.js': `const none = () => { throw new Error('Styles are not in this build'); };
export const CSSResult = none, css = none, unsafeCSS = none, supportsAdoptingStyleSheets = false, adoptStyles = none, getCompatibleStyle = (style) => style;`,
};

/** The names an ES module exports (`* from 'x'` for a re-export of everything). @param {string} code */
export const exportNames = (code) => {
	const names = [];
	for (const node of parseAst(code).body) {
		if (node.type === 'ExportDefaultDeclaration') names.push('default');
		else if (node.type === 'ExportAllDeclaration')
			names.push(node.exported ? String(node.exported.type === 'Identifier' ? node.exported.name : node.exported.value) : `* from '${node.source.value}'`);
		else if (node.type === 'ExportNamedDeclaration') {
			const {declaration, specifiers} = node;
			if (declaration?.type === 'VariableDeclaration') for (const {id} of declaration.declarations) names.push(id.type === 'Identifier' ? id.name : '(a destructuring pattern)');
			else if (declaration && 'id' in declaration && declaration.id) names.push(declaration.id.name);
			for (const {exported} of specifiers) names.push(String(exported.type === 'Identifier' ? exported.name : exported.value));
		}
	}
	return names.sort();
};

const nodeModules = new URL('../node_modules/', import.meta.url);

/**
 * What is wrong with the stubs, one line per module: an original that is gone, or that exports
 * other names than its stub. Empty when every stub still fits.
 * @param {(name: string) => string | undefined} readOriginal the original module's code, or undefined when missing
 */
export const stubProblems = (readOriginal = readInstalled) =>
	Object.entries(stubs).flatMap(([name, code]) => {
		const original = readOriginal(name);
		if (original === undefined) return [`${name}: not installed any more (moved or renamed by an update)`];
		const [expected, actual] = [exportNames(original), exportNames(code)];
		const missing = expected.filter((exported) => !actual.includes(exported));
		const extra = actual.filter((exported) => !expected.includes(exported));
		if (!missing.length && !extra.length) return [];
		const said = [missing.length && `it exports ${missing.join(', ')}, which the stub lacks`, extra.length && `it no longer exports ${extra.join(', ')}`];
		return [`${name}: ${said.filter(Boolean).join('; ')}`];
	});

/** The installed module's code, or undefined. @param {string} name */
export function readInstalled(name) {
	try {
		return readFileSync(new URL(name, nodeModules), 'utf8');
	} catch {
		return undefined;
	}
}

/** Fails with every problem at once; call before any build writes a file. */
export const assertStubsFit = () => {
	const problems = stubProblems();
	if (problems.length) {
		throw new Error(
			`The CDN file's stubs (build/unreachable-modules.mjs) no longer fit their modules:\n${problems.map((problem) => `  ${problem}`).join('\n')}\nRead each module, then change its stub to match (or drop the stub).`,
		);
	}
};

/**
 * Serves each stub in place of its module, but those in `keep` (modules whose work a file asks
 * for); fails the build when a stubbed package is bundled but its stub was never used.
 * @param {string[]} [keep] @returns {import('rollup').Plugin}
 */
export const replaceUnreachable = (keep = []) => {
	const used = new Set();
	const stubbed = Object.entries(stubs).filter(([name]) => !keep.includes(name));
	return {
		name: 'replace-unreachable',
		load(id) {
			const [name, code] = stubbed.find(([name]) => id.endsWith(`/node_modules/${name}`)) ?? [];
			if (!name) return null;
			used.add(name);
			return code;
		},
		buildEnd(error) {
			const ids = [...this.getModuleIds()];
			const packageOf = (/** @type {string} */ name) =>
				name
					.split('/')
					.slice(0, name.startsWith('@') ? 2 : 1)
					.join('/');
			const unused = stubbed.map(([name]) => name).filter((name) => !used.has(name) && ids.some((id) => id.includes(`/node_modules/${packageOf(name)}/`)));
			if (!error && unused.length) this.error(`stubbed but no longer imported by the bundle: ${unused.join(', ')}`);
		},
	};
};
