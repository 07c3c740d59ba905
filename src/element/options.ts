// The boundary for what the page gives. Every property and attribute of the element is read here
// into settings of the types the element's parts rely on, whatever a page, a framework or a
// server renderer put there: text where an element is meant, a Symbol, a value whose toString
// throws, seconds where ms are meant, `"false"` for false, an attribute in a server renderer's
// spelling. A value that cannot be used is a set-up mistake, told once by the element, and counts
// as unset (or as the nearest value that can be used). Nothing here throws.
import {defaultInterval} from '../core/typing-schedule.js';
import type {Connection} from './connection.js';

/** The least `interval` the element takes: at most one typing request a second per customer, whatever the page sets. */
export const minInterval = 1000;

/** The element's settings, as its parts use them. */
export interface Settings {
	target?: Element;
	htmlFor?: string;
	region?: string;
	fips: boolean;
	dualstack: boolean;
	endpoint?: string;
	interval: number;
	noAcknowledge: boolean;
	disabled: boolean;
	connectionToken?: string;
}

/** What the element's parts read of it, as it is now: its settings, and the connection they make. */
export interface ElementState {
	settings(): Settings;
	connection(): Connection | undefined;
}

/** What the page set, as it set it. */
export type PageValues = {[Name in keyof Settings]?: unknown};

/** A value that cannot be used: what is wrong with it, and what counts instead. */
class Unusable {
	constructor(
		readonly problem: string,
		readonly instead?: number,
	) {}
}

/** Text: a string, or a number written as one (an id, a region typed as a number). */
const text = (value: unknown): string => {
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	throw new Unusable(`is not text (${typeof value})`);
};

/** A token is only ever a string, and is never quoted. */
const token = (value: unknown): string => {
	if (typeof value === 'string') return value;
	throw new Unusable(`is not text (${typeof value})`);
};

const url = (value: unknown) => text(value instanceof URL ? value.href : value);

const interval = (value: unknown): number => {
	const ms = Number(value);
	if (!(ms > 0 && ms < Infinity)) throw new Unusable(`${String(value)} is not a number of ms`);
	// Seconds where ms are meant (interval="11.5") would send up to one typing request a key.
	if (ms < minInterval) throw new Unusable(`${ms} is below ${minInterval} ms`, minInterval);
	return ms;
};

// A node from any document (an iframe's elements are not this window's `Element`s).
const elementNode = 1;
const element = (value: unknown): Element => {
	if (typeof value === 'object' && (value as Node).nodeType === elementNode) return value as Element;
	// React, given `target="msg"`, sets the text as the property.
	throw new Unusable(`is not an element (${typeof value === 'string' ? `"${value.slice(0, 50)}"` : typeof value}): give it the field itself, or set for to its id`);
};

/**
 * A boolean as an attribute or a framework gives it: an attribute that is present is true, but
 * `"false"` is false (how Vue and Svelte render a false prop on the server). Never unusable.
 */
const flag = (value: unknown): boolean => (typeof value === 'string' ? value.toLowerCase() !== 'false' : Boolean(value));

/** Lit's reading of a boolean attribute, by the same rule as a property's. */
export const flagAttribute = {fromAttribute: (value: string | null) => value !== null && flag(value)};

/**
 * Reads one setting: unset is `unset`; what cannot be used is said (`say`), and counts as `unset`
 * or as its nearest usable value. `label` is what the page calls it.
 */
const readOne = <T>(label: string, value: unknown, read: (value: unknown) => T, say: (message: string) => void, unset?: T): T | undefined => {
	if (value === undefined || value === null || value === '') return unset;
	try {
		return read(value);
	} catch (thrown) {
		// Anything else thrown is the value's own doing (a Symbol, a valueOf that throws).
		const {problem, instead = unset} = thrown instanceof Unusable ? thrown : new Unusable('cannot be read');
		say(`${label} ${problem}${instead === undefined ? '' : `: it counts as ${instead}`}`);
		return instead as T | undefined;
	}
};

/** The settings the page's values make; each value that cannot be used is said by `say`. */
export const readSettings = (values: PageValues, say: (message: string) => void): Settings => ({
	target: readOne('target', values.target, element, say),
	htmlFor: readOne('for', values.htmlFor, text, say),
	region: readOne('region', values.region, text, say),
	endpoint: readOne('endpoint', values.endpoint, url, say),
	interval: readOne('interval', values.interval, interval, say, defaultInterval)!,
	connectionToken: readOne('connectionToken', values.connectionToken, token, say),
	fips: flag(values.fips),
	dualstack: flag(values.dualstack),
	noAcknowledge: flag(values.noAcknowledge),
	disabled: flag(values.disabled),
});
