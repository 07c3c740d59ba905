// The tests and benches drive the system's Chromium and Firefox: never download a browser on install.
module.exports = {skipDownload: true};
