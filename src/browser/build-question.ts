/** What a page posts to the service worker, with a port for the answer, to learn which build the worker holds. */
export const BUILD_QUESTION = "which-build";
