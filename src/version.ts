/**
 * The SDK's version. The build (rollup.config.js) replaces the value below with `version` from
 * package.json, so a release can never say another version than it was published as; a dev server or
 * test that runs the sources directly sees the placeholder.
 */
export const SDK_VERSION: string = '0.0.0-dev';
