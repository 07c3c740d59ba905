// @ts-check
// A bundle built in memory and measured as the budget measures (gzip -9), for the facts the
// build writes and the bench's size table. size-limit bundles with its own esbuild or webpack;
// these figures must come from the CDN file's own rollup plugins (its stubs, its terser options).
import {rollup} from 'rollup';
import {gzipBytesOfCode} from './size-budget.mjs';

/**
 * Builds `input` (or the module whose source is `entry`) with `plugins` and gives its gzip -9 bytes.
 * @param {{input?: string, entry?: string, plugins: import('rollup').InputPluginOption[], format: import('rollup').ModuleFormat}} options
 */
export const bundledGzipBytes = async ({input = 'entry', entry, plugins, format}) => {
	/** @type {import('rollup').Plugin} */
	const virtualEntry = {name: 'virtual-entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null)};
	const bundle = await rollup({input, plugins: [virtualEntry, ...plugins], onwarn: () => {}});
	const {output} = await bundle.generate({format});
	await bundle.close();
	return gzipBytesOfCode(output[0].code);
};
