// The AWS SDK's SendEvent-only browser bundle, built with the same rollup + terser settings as our CDN file.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {terserOptions} from '../rollup.config.mjs';

/** @type {import('rollup').RollupOptions} */
export default {
	input: 'bench/sdk-send-event.js',
	output: {file: 'bench/dist/sdk-send-event.min.js', format: 'iife', inlineDynamicImports: true},
	plugins: [resolve({browser: true, preferBuiltins: false}), commonjs(), json(), terser(terserOptions)],
	onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
};
