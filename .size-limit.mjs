// @ts-check
// size-limit's check of the CDN files against their budgets (build/size-budget.json): `npm run
// build` runs it after rollup and fails, before the README's facts are written, when a file is over.
import {budgets} from './build/size-budget.mjs';

export default [
	{name: 'The notifier CDN file, Lit and ky inside', path: budgets.notifier.file, gzip: true, limit: `${budgets.notifier.gzipBytes} B`},
	{name: 'The indicator CDN file, Lit inside', path: budgets.indicator.file, gzip: true, limit: `${budgets.indicator.gzipBytes} B`},
];
