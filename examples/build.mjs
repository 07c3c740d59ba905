// Builds each framework example into examples/<name>/dist/ with esbuild, from node_modules alone.
import {build} from 'esbuild';

const examples = {
	vue: 'vue/main.js',
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
			// Vue compiles the example's template in the browser; Angular compiles its component just in time.
			alias: {vue: 'vue/dist/vue.esm-bundler.js'},
			define: {__VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false', 'process.env.NODE_ENV': '"production"'},
			tsconfigRaw: {compilerOptions: {experimentalDecorators: true, useDefineForClassFields: false}},
			logLevel: 'warning',
		}),
	),
);
console.log(`examples built: ${Object.keys(examples).join(', ')}`);
