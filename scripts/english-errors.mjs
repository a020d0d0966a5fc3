// The core's errors register the English error messages as they load (src/core/messages/english.ts, a side
// effect package.json declares). The script-tag bundle drops that import, so English error messages come with
// the English chunk, not in the first load (src/core/errors.ts says what `error.message` is until then). Used by
// rollup.config.js for the bundle, and by bench/floor.mjs to build the size floor as the bundle is built.
export const englishErrorsOnDemand = () => ({
  name: 'izp-sdk-english-errors-on-demand',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/src/core/messages/english.ts')) return null;
    return { code, map: null, moduleSideEffects: false };
  },
});
