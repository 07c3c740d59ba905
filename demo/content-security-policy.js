// @ts-check
/**
 * The demo's Content-Security-Policy: as strict as the CDN file's own test page (scripts from
 * its origin only, Trusted Types required, so no markup from strings), plus its stylesheet and
 * its calls to its own origin (config.json) and to the emulator, its WebSocket included. `npm
 * start` and the demo's browser test serve the page with it.
 * @param {string} emulatorUrl
 */
export const contentSecurityPolicy = (emulatorUrl) =>
	`default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ${emulatorUrl} ${emulatorUrl.replace(/^http/, 'ws')}; require-trusted-types-for 'script'; trusted-types 'none'`;
