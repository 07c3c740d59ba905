// Builds each framework example into examples/<name>/dist/ with esbuild, from node_modules alone,
// and the Next.js example with `next build`, which also type-checks it.
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';
import {compileScript, parse} from 'vue/compiler-sfc';

/**
 * Vue single-file components, compiled as Vite's Vue plugin compiles them with the README's
 * setting: `vue({template: {compilerOptions: {isCustomElement}}})`.
 * @type {import('esbuild').Plugin}
 */
const vueComponents = {
	name: 'vue-components',
	setup(vue) {
		vue.onLoad({filter: /\.vue$/}, async ({path}) => {
			const {descriptor, errors} = parse(await readFile(path, 'utf8'), {filename: path});
			if (errors.length) throw errors[0];
			const isCustomElement = (/** @type {string} */ tag) => tag === 'connect-typing-notifier';
			const {content} = compileScript(descriptor, {id: path, inlineTemplate: true, templateOptions: {compilerOptions: {isCustomElement}}});
			return {contents: content, loader: 'ts'};
		});
	},
};

const examples = {
	vue: 'vue/main.ts',
	angular: 'angular/main.ts',
	react: 'react/main.tsx',
	chatjs: 'chatjs/main.js',
};

await Promise.all(
	Object.entries(examples).map(([name, entry]) =>
		build({
			entryPoints: [new URL(entry, import.meta.url).pathname],
			outfile: new URL(`${name}/dist/main.js`, import.meta.url).pathname,
			bundle: true,
			format: 'esm',
			minify: true,
			sourcemap: true,
			target: 'es2022',
			jsx: 'automatic',
			// Angular compiles its component just in time; Vue's are compiled here.
			plugins: [vueComponents],
			define: {__VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"'},
			tsconfigRaw: {compilerOptions: {experimentalDecorators: true, useDefineForClassFields: false}},
			logLevel: 'warning',
		}),
	),
);
// The Alpine.js page loads Alpine's own script-tag build, as a CMS page would from a CDN.
mkdirSync(new URL('alpine/dist', import.meta.url), {recursive: true});
copyFileSync(new URL('../node_modules/alpinejs/dist/cdn.min.js', import.meta.url), new URL('alpine/dist/alpine.min.js', import.meta.url));
try {
	execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'examples/next'], {encoding: 'utf8', stdio: 'pipe', env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'}});
} catch (error) {
	// Only a failed build says what it did: its type errors are in its output.
	process.stdout.write(`${/** @type {{stdout?: string, stderr?: string}} */ (error).stdout ?? ''}${error.stderr ?? ''}`);
	throw new Error('next build examples/next failed', {cause: error});
}
console.log(`examples built: ${[...Object.keys(examples), 'alpine', 'next'].join(', ')}`);
