/**
 * Dutch, complete: the first load's words and those of every element that loads on demand, as one
 * `Translation` for a host that builds its own variant (`{ ...nl, lang: 'nl-x-practice', ... }`). The
 * elements never import this file, so a page that does not import `nl` does not carry the whole of it.
 */
import type { Translation } from './translation.js';
import { nlCore } from './nl-core.js';
import { careTeamWords } from './words/care-team.js';
import { consultationWords } from './words/consultation.js';
import { evaluationWords } from './words/evaluation.js';
import { historyWords } from './words/history.js';
import { moduleWords } from './words/modules.js';

export const nl: Translation = {
  ...nlCore,
  ...historyWords.nl,
  ...evaluationWords.nl,
  ...consultationWords.nl,
  ...careTeamWords.nl,
  ...moduleWords.nl,
};
