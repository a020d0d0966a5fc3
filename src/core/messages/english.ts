/**
 * Registers the English error messages. errors.ts imports this, so in Node and with a bundler
 * `error.message` is English from the first error on. The script-tag bundle drops this import (see
 * rollup.config.js): there English arrives with the English words, when a page asks for English.
 */
import { enErrors } from './en.js';
import { registerErrorMessages } from './registry.js';

registerErrorMessages('en', enErrors);
