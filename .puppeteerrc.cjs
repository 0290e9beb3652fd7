// Use Debian's Chromium; never download a browser (it cannot be fetched here).
module.exports = { skipDownload: true, executablePath: "/usr/bin/chromium" };
