// @ts-check
// size-limit's check of the CDN file against its budget (build/size-budget.json): `npm run build`
// runs it after rollup and fails, before the README's facts are written, when the file is over.
import {cdnBudget, cdnFile} from './build/size-budget.mjs';

export default [{name: 'The CDN file, Lit and ky inside', path: cdnFile, gzip: true, limit: `${cdnBudget} B`}];
