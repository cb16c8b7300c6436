// Benchmarks and the seed call lib/ directly, outside Next's React server graph, where the "server-only" marker
// package would throw on import. Pre-load it as an empty module.
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} };
