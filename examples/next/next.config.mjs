// @ts-check
// The example is served under /examples/next, beside the other examples (npm run examples, and the tests' server).
/** @type {import('next').NextConfig} */
export default {
	basePath: '/examples/next',
	// The repository's root is the workspace: the package is this checkout, linked as connect-typing-notifier.
	outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
	turbopack: {root: new URL('../..', import.meta.url).pathname},
};
