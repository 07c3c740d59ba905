// @ts-check
// Editor data for the tag, made from custom-elements.json (which the analyzer makes from the
// element's declaration): VS Code's HTML custom data and JetBrains' web-types. `npm run build`
// writes both into dist/; the package check compares them with what this makes from the manifest.
import {readFileSync, writeFileSync} from 'node:fs';
import {defaultResolver, elementDeclaration} from './manifest.mjs';

export const vscodeFile = 'dist/vscode.html-custom-data.json';
export const webTypesFile = 'dist/web-types.json';

const {name: packageName, version} = JSON.parse(readFileSync('package.json', 'utf8'));

/** Both files' contents, as JSON text. */
export const ideData = async () => {
	const element = elementDeclaration();
	const defaultOf = await defaultResolver();
	const tagDescription = element.description.replace(/\s+/g, ' ');
	const description = (/** @type {{description?: string, default?: string}} */ entry) =>
		[entry.description?.replace(/\s+/g, ' '), entry.default === undefined ? undefined : `Default: ${defaultOf(entry.default)}.`].filter(Boolean).join(' ');
	/** @type {{name: string, description: string, boolean: boolean}[]} */
	const attributes = element.attributes.map((/** @type {any} */ attribute) => ({name: attribute.name, description: description(attribute), boolean: attribute.type?.text === 'boolean'}));
	const fields = element.members.filter((/** @type {any} */ member) => member.kind === 'field' && !member.static && member.privacy === 'public');
	const vscode = {
		$schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
		version: 1.1,
		tags: [
			{
				name: element.tagName,
				description: tagDescription,
				attributes: attributes.map(({name, description, boolean}) => ({name, description, ...(boolean ? {valueSet: 'v'} : {})})),
			},
		],
	};
	const webTypes = {
		$schema: 'https://json.schemastore.org/web-types',
		name: packageName,
		version,
		'description-markup': 'markdown',
		contributions: {
			html: {
				elements: [
					{
						name: element.tagName,
						description: tagDescription,
						attributes: attributes.map(({name, description, boolean}) => ({name, description, ...(boolean ? {value: {type: 'boolean', required: false}} : {value: {type: 'string'}})})),
						js: {
							properties: fields.map((/** @type {any} */ field) => ({name: field.name, description: description(field), type: field.type?.text})),
							events: element.events.map((/** @type {any} */ event) => ({name: event.name, description: event.description, type: event.type?.text})),
						},
					},
				],
			},
		},
	};
	return {[vscodeFile]: `${JSON.stringify(vscode, null, '\t')}\n`, [webTypesFile]: `${JSON.stringify(webTypes, null, '\t')}\n`};
};

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [file, text] of Object.entries(await ideData())) writeFileSync(file, text);
}
