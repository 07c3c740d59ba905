// @ts-check
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Modules of ky and Lit that this package can never reach, replaced in the CDN file by stubs
 * with the same export names. Each is pinned by the hash of the file it replaces: when a
 * dependency update moves or changes one, the build fails and the stub is checked again.
 */
/** @type {Record<string, {sha256: string, code?: string, deleteLines?: [number, number][]}>} */
const unreachable = {
	// Ky's branches for what the client never sets or calls, deleted by line (1-based, inclusive):
	// hooks (24–57, 62–65, 319–345, 357–367), onDownloadProgress (68–79), the response shortcuts
	// (91–116), searchParams (119–126, 191–201), a FormData or Request body (184–189),
	// onUploadProgress (203–211, 384–393), forced retries (237–239), parseJson (289–294) and the
	// response-body cancelling only those used (302–305).
	'ky/distribution/core/Ky.js': {
		sha256: 'a99afcdfd5d05945',
		deleteLines: [[24, 57], [62, 65], [68, 79], [91, 116], [119, 126], [184, 189], [191, 211], [237, 239], [289, 294], [302, 305], [319, 345], [357, 367], [384, 393]],
	},
	// Upload/download progress: only `onUploadProgress`/`onDownloadProgress` reach it; the client sets neither.
	'ky/distribution/utils/body.js': {
		sha256: '5725170f551e531b',
		code: 'export const getBodySize = () => 0, streamRequest = (request) => request, streamResponse = (response) => response;',
	},
	// Vendor fetch options and `searchParams`: the client passes neither.
	'ky/distribution/utils/options.js': {
		sha256: '8ccc27e7985e91ed',
		code: 'export const findUnknownOptions = () => ({}), hasSearchParameters = () => false;',
	},
	// Feature checks and tables for what the client never does: stream a body (so no `duplex`),
	// call the response shortcuts (`.json()` on the promise), pass unknown options.
	'ky/distribution/core/constants.js': {
		sha256: '5e6111febc02e167',
		code: `export const supportsRequestStreams = false, supportsAbortController = true, supportsResponseStreams = true, supportsFormData = true,
	supportsAbortSignal = typeof AbortSignal.any == 'function', requestMethods = ['post'], responseTypes = {}, maxSafeTimeout = 2147483647,
	usualFormBoundarySize = 0, stop = Symbol(), kyOptionKeys = {}, vendorSpecificOptions = {}, requestOptionsRegistry = {};
export class RetryMarker {}
export const retry = () => new RetryMarker();`,
	},
	// Created only by `ky.retry()` in an afterResponse hook; the client has no hooks.
	'ky/distribution/errors/ForceRetryError.js': {sha256: '8fc5c240da3d471e', code: 'export class ForceRetryError extends Error {}'},
	// Wraps a thrown non-Error for `shouldRetry`, which reads only HTTPError's response.
	'ky/distribution/errors/NonError.js': {sha256: '2557f19b9ec9103a', code: 'export class NonError extends Error {}'},
	// Styles: the element renders into itself and adopts none.
	'@lit/reactive-element/css-tag.js': {
		sha256: '902f8d23ab8fb24a',
		code: `const none = () => { throw new Error('Styles are not in this build'); };
export const CSSResult = none, css = none, unsafeCSS = none, supportsAdoptingStyleSheets = false, adoptStyles = none, getCompatibleStyle = (style) => style;`,
	},
};

/** @returns {import('rollup').Plugin} */
const replaceUnreachable = () => {
	const used = new Set();
	return {
		name: 'replace-unreachable',
		load(id) {
			const [name, stub] = Object.entries(unreachable).find(([name]) => id.endsWith(`/node_modules/${name}`)) ?? [];
			if (!name || !stub) return null;
			const original = readFileSync(id, 'utf8');
			const hash = createHash('sha256').update(original).digest('hex').slice(0, 16);
			if (hash !== stub.sha256) {
				this.error(`${name} changed (sha256 ${hash}): check that its stub in rollup.config.mjs still fits, then update the hash`);
			}
			used.add(name);
			if (stub.code !== undefined) return stub.code;
			const deleted = (/** @type {number} */ line) => stub.deleteLines?.some(([from, to]) => line >= from && line <= to);
			return original.split('\n').filter((_, index) => !deleted(index + 1)).join('\n');
		},
		buildEnd(error) {
			// A stub unused although its package is in the bundle: the module moved or was renamed.
			const ids = [...this.getModuleIds()];
			const packageOf = (/** @type {string} */ name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/');
			const moved = Object.keys(unreachable).filter((name) => !used.has(name) && ids.some((id) => id.includes(`/node_modules/${packageOf(name)}/`)));
			if (!error && moved.length) this.error(`not in the bundle any more, moved or renamed by an update: ${moved.join(', ')}`);
		},
	};
};

/**
 * Minification, for the CDN file and the AWS SDK bundle the bench compares it with. Measured
 * (bench/size.mjs): a third pass and pure getters take ~30 B more than two passes; the suites
 * run against the file they make.
 * @type {import('@rollup/plugin-terser').Options}
 */
export const terserOptions = {ecma: 2022, compress: {passes: 3, pure_getters: true}, format: {comments: false}};

/** The CDN file's plugins; `trim: false` builds it without the stubs (bench/size.mjs compares). */
export const cdnPlugins = ({trim = true} = {}) => [
	// Lit's production build, whatever NODE_ENV says.
	resolve({browser: true, exportConditions: ['production']}),
	...(trim ? [replaceUnreachable()] : []),
	typescript({outDir: 'dist', declaration: false, declarationMap: false}),
	// Lit's `_$`-prefixed internals are private to the bundle: their names can go.
	terser({...terserOptions, mangle: {properties: {regex: /^_\$/}}}),
];

/** @type {import('rollup').RollupOptions[]} */
export default [
	// npm: one module per source file, lit and ky left to the user's bundler, with types.
	{
		input: ['src/index.ts', 'src/client.ts', 'src/connect-typing-notifier.ts', 'src/react.ts'],
		external: [/^@lit\//, /^ky$/, /^react$/],
		output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
		plugins: [typescript({outDir: 'dist', declaration: true})],
		// react.ts holds types only: its JavaScript is empty by design.
		onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning),
	},
	// CDN: one self-registering file with everything in it, for a module or a classic <script>.
	{
		input: 'src/cdn.ts',
		output: {file: 'dist/connect-typing-notifier.min.js', format: 'iife', sourcemap: true},
		plugins: cdnPlugins(),
	},
];
