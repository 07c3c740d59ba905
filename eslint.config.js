// ESLint for the whole project: JavaScript's and TypeScript's recommended rules everywhere, and
// the Lit and custom-element rule sets for the element's source. Formatting is Prettier's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'bench/dist/', 'test/fixtures/dist/', 'examples/*/dist/', 'examples/next/.next/', 'examples/next/next-env.d.ts', 'custom-elements.json']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {globals: {...globals.browser, ...globals.node}},
		rules: {
			// `_` names a value a signature requires and the code does not use.
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			// Declaration merging: an interface that only extends another adds its members to a global one.
			'@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
			// Framework typings augment the JSX namespaces their frameworks declare.
			'@typescript-eslint/no-namespace': ['error', {allowDeclarations: true}],
		},
	},
	{files: ['src/**/*.ts'], ...wc.configs['flat/best-practice']},
	// A function of the package reads at a glance: 30 lines at most, its comments included.
	{files: ['src/**/*.ts'], rules: {'max-lines-per-function': ['error', {max: 30, skipBlankLines: true}]}},
	{files: ['src/**/*.ts'], ...lit.configs['flat/recommended']},
);
