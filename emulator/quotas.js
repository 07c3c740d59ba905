// @ts-check
// The service's API throttling: one token bucket per operation for each account (the service
// applies its quotas per account and Region; one emulator is one Region). Plain data and a
// clock, so a page may import the published table too.
import {ServiceError} from './model.js';

/**
 * @typedef {'SendEvent' | 'SendMessage' | 'CreateParticipantConnection' | 'DisconnectParticipant'} Operation
 * @typedef {{perSecond: number, burst: number}} Quota requests per second, and how many may come at once
 * @typedef {Record<Operation, Quota>} QuotaTable
 * @typedef {{quotas: QuotaTable, retryAfter: boolean}} AccountSettings
 */

/** The Admin Guide's "API throttling quotas" for the Participant Service (adjustable on request). */
export const publishedQuotas = /** @type {QuotaTable} */ ({
	SendEvent: {perSecond: 10, burst: 15},
	SendMessage: {perSecond: 10, burst: 15},
	CreateParticipantConnection: {perSecond: 6, burst: 9},
	DisconnectParticipant: {perSecond: 3, burst: 5},
});

export const operations = /** @type {Operation[]} */ (Object.keys(publishedQuotas));

/** The same quota for every operation: where quotas are not what is being tested. @param {Quota} quota @returns {QuotaTable} */
export const everyOperation = (quota) => /** @type {QuotaTable} */ (Object.fromEntries(operations.map((operation) => [operation, quota])));

/** The account of a call nobody signed, and of the emulator's own back-end credentials. */
export const defaultAccount = 'emulator';

/** A quota as the CLI writes it, `10/15`: per second, then burst. @param {string} text */
export const parseQuota = (text) => {
	const [perSecond, burst] = text.split('/').map(Number);
	return checkQuota({perSecond, burst});
};

/** @param {{perSecond?: unknown, burst?: unknown}} quota @returns {Quota} */
const checkQuota = ({perSecond, burst}) => {
	if (typeof perSecond !== 'number' || typeof burst !== 'number' || !(perSecond > 0) || !(burst >= 1)) {
		throw new ServiceError(400, 'ValidationException', 'A quota is {perSecond > 0, burst >= 1}');
	}
	return {perSecond, burst};
};

export class Quotas {
	/** @type {Map<string, {settings: AccountSettings, buckets: Map<Operation, {tokens: number, at: number}>}>} */
	#accounts = new Map();

	/**
	 * @param {{quotas?: Partial<QuotaTable>, retryAfter?: boolean, now?: () => number}} [options]
	 *   what every account starts with: `quotas` over the published ones; `retryAfter` sends
	 *   `Retry-After` on a 429, which no source shows the service doing (off by default)
	 */
	constructor({quotas = {}, retryAfter = false, now = Date.now} = {}) {
		this.defaults = {quotas: {...publishedQuotas, ...quotas}, retryAfter};
		this.now = now;
	}

	/** @param {string} account */
	#account(account) {
		let found = this.#accounts.get(account);
		if (!found) {
			found = {settings: {quotas: {...this.defaults.quotas}, retryAfter: this.defaults.retryAfter}, buckets: new Map()};
			this.#accounts.set(account, found);
		}
		return found;
	}

	/** @param {string} account @returns {AccountSettings} */
	settings(account) {
		const {quotas, retryAfter} = this.#account(account).settings;
		return {quotas: {...quotas}, retryAfter};
	}

	/**
	 * Changes an account's quotas (those named) and whether its 429s carry `Retry-After`.
	 * A changed quota starts with a full bucket.
	 * @param {string} account @param {{quotas?: Partial<Record<string, unknown>>, retryAfter?: unknown}} change
	 */
	configure(account, {quotas = {}, retryAfter}) {
		const {settings, buckets} = this.#account(account);
		for (const [operation, quota] of Object.entries(quotas)) {
			if (!operations.includes(/** @type {Operation} */ (operation))) {
				throw new ServiceError(400, 'ValidationException', `No quota named ${operation}: one of ${operations.join(', ')}`);
			}
			settings.quotas[/** @type {Operation} */ (operation)] = checkQuota(/** @type {{perSecond?: unknown, burst?: unknown}} */ (quota ?? {}));
			buckets.delete(/** @type {Operation} */ (operation));
		}
		if (retryAfter !== undefined) {
			if (typeof retryAfter !== 'boolean') throw new ServiceError(400, 'ValidationException', 'retryAfter is true or false');
			settings.retryAfter = retryAfter;
		}
		return this.settings(account);
	}

	/** Takes one call from the account's bucket for the operation, or throws the service's 429. @param {string} account @param {Operation} operation */
	take(account, operation) {
		const {settings, buckets} = this.#account(account);
		const {perSecond, burst} = settings.quotas[operation];
		const now = this.now();
		const bucket = buckets.get(operation) ?? {tokens: burst, at: now};
		bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
		bucket.at = now;
		buckets.set(operation, bucket);
		if (bucket.tokens < 1) {
			const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
			throw new ServiceError(429, 'ThrottlingException', 'Rate exceeded', settings.retryAfter ? {'Retry-After': String(seconds)} : {});
		}
		bucket.tokens -= 1;
	}
}
