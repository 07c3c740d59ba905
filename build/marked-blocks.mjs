// @ts-check
// Blocks of a Markdown file that a script owns: `<!-- facts:name -->` … `<!-- /facts -->`. The
// script that measures a figure writes it there; nobody copies it by hand. markdown-magic writes
// such blocks, but not reads them back for a comparison without writing (the package check, and
// CI's check of the committed README), and brings about a hundred packages for these 20 lines.
import {readFileSync, writeFileSync} from 'node:fs';

// A block holds no other comment, so an empty or unclosed one never swallows the text after it.
const marker = /<!-- facts:([\w-]+) -->\n(?:(?!<!--)[\s\S])*<!-- \/facts -->/g;

/** Each block of `text`, whole, by name. @param {string} text @returns {Record<string, string>} */
export const blocksIn = (text) => Object.fromEntries([...text.matchAll(marker)].map((match) => [match[1], match[0]]));

/**
 * `text` with the named blocks' contents replaced (the others kept); throws naming any block `file` lacks.
 * @param {string} text @param {Record<string, string>} contents @param {string} file
 */
export const withBlocks = (text, contents, file) => {
	const missing = Object.keys(contents).filter((name) => !text.includes(`<!-- facts:${name} -->`));
	if (missing.length) throw new Error(`${file} has no block for ${missing.join(', ')}: add <!-- facts:name --> … <!-- /facts -->`);
	return text.replace(marker, (block, /** @type {string} */ name) => (name in contents ? `<!-- facts:${name} -->\n${contents[name]}\n<!-- /facts -->` : block));
};

/** Writes the named blocks of `file`. @param {string} file @param {Record<string, string>} contents */
export const writeBlocks = (file, contents) => writeFileSync(file, withBlocks(readFileSync(file, 'utf8'), contents, file));
