// The engine running the tests, for what only one engine's driver can do (Chromium's
// Input.insertText) or only one engine shows (WebKit's order of frames and tasks).
export const engine = navigator.userAgent.includes('Firefox') ? 'Firefox' : navigator.userAgent.includes('Chrome') ? 'Chromium' : 'WebKit';
