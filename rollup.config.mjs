import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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
		plugins: [
			resolve({browser: true}),
			typescript({outDir: 'dist', declaration: false, declarationMap: false}),
			terser({ecma: 2022, compress: {passes: 2}, format: {comments: false}}),
		],
	},
];
