// @ts-check
import {readFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {assertStubsFit, replaceUnreachable} from './build/unreachable-modules.mjs';

// Before any build writes to dist/: every stub still fits the module it replaces.
assertStubsFit();

/** The version is written once, in package.json; the build puts it where the source names it. */
export const packageVersion = replace({preventAssignment: true, values: {PACKAGE_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version)}});

/**
 * Minification, for the CDN file and the AWS SDK bundle the bench compares it with. Measured
 * (bench/size.mjs): a third pass and pure getters take ~30 B more than two passes; dropping unused
 * function parameters (nothing reads a function's `length`) ~10 B. The suites run against the
 * file they make.
 * @type {import('@rollup/plugin-terser').Options}
 */
export const terserOptions = {ecma: 2022, compress: {passes: 3, pure_getters: true, keep_fargs: false}, format: {comments: false}};

/**
 * A CDN file's plugins; `trim: false` builds it without the stubs (bench/size.mjs compares), and
 * `keep` names stubbed modules whose work this file asks for (the indicator's styles).
 * @param {{trim?: boolean, keep?: string[]}} [options]
 */
export const cdnPlugins = ({trim = true, keep = []} = {}) => [
	// Lit's production build, whatever NODE_ENV says.
	resolve({browser: true, exportConditions: ['production']}),
	...(trim ? [replaceUnreachable(keep)] : []),
	typescript({outDir: 'dist', declaration: false, declarationMap: false, noEmitOnError: true}),
	packageVersion,
	// Lit's `_$`-prefixed names stay: its production build has already shortened them, and its
	// polyfill-support patches them by those names.
	terser(terserOptions),
];

/**
 * A CDN file: one self-registering file with everything in it, for a module or a classic <script>.
 * @param {string} input @param {string} file @param {string[]} [keep] stubbed modules whose work it asks for
 * @returns {import('rollup').RollupOptions}
 */
const cdnFile = (input, file, keep) => ({
	input,
	// Without a DOM (a server that imports every entry of the package) the file does nothing: Lit's browser build needs HTMLElement.
	output: {file, format: 'iife', sourcemap: true, intro: "if (typeof document == 'undefined') return;"},
	plugins: cdnPlugins({keep}),
	// Reading a property has no side effect here (terser assumes as much: pure_getters): what ky reads behind its stubs goes.
	treeshake: {propertyReadSideEffects: false},
});

/** Entries that hold only types for one framework's templates or JSX: `connect-typing-notifier/<name>`. */
const frameworkTypings = ['react', 'vue', 'preact', 'solid', 'svelte'];

/** @type {import('rollup').RollupOptions[]} */
export default [
	// npm: one module per source file, lit and ky left to the user's bundler, with types.
	{
		input: ['src/index.ts', 'src/client.ts', 'src/connect-typing-notifier.ts', 'src/indicator.ts', 'src/connect-typing-indicator.ts', ...frameworkTypings.map((name) => `src/${name}.ts`)],
		external: [/^@lit\//, /^ky$/],
		output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
		// A type error fails the build, before anything is written.
		plugins: [typescript({outDir: 'dist', declaration: true, noEmitOnError: true}), packageVersion],
		// The framework entries hold types only: their JavaScript is empty by design.
		onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning),
	},
	// The notifier's CDN file, Lit and ky inside.
	cdnFile('src/cdn.ts', 'dist/connect-typing-notifier.min.js'),
	// The indicator's own CDN file: Lit and its styles, no ky (it sends nothing).
	cdnFile('src/indicator-cdn.ts', 'dist/connect-typing-indicator.min.js', ['@lit/reactive-element/css-tag.js']),
];
