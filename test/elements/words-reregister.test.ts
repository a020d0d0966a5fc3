/**
 * A language registered again (a vendor's second `registerTranslation`) is updated in place: a Localizer
 * made before still reads the words of on-demand elements that arrive after, and the vendor's words and a
 * host's labels still win. A page of its own: no on-demand chunk has arrived before this file registers.
 */
import { expect } from '@open-wc/testing';
import { loadElement } from '../../src/elements/shared/lazy-elements.js';
import { en } from '../../src/i18n/en.js';
import { enCore } from '../../src/i18n/en-core.js';
import { localize, registerTranslation, type Translation } from '../../src/i18n/localize.js';
import { nlCore } from '../../src/i18n/nl-core.js';
import { nl } from '../../src/i18n/nl.js';

describe('a language registered again', () => {
  it("keeps every earlier Localizer live: later words arrive, the vendor's and the host's still win", async () => {
    registerTranslation({ ...enCore, historyFilter: 'Show just' } as unknown as Translation);
    registerTranslation({ ...nlCore, lang: 'nl-x-practice', historyAll: 'Alles van de praktijk' } as unknown as Translation);
    const early = localize('en');
    const labelled = localize('en', { historyFilter: 'Filter of the host', roles: { 'practice-nurse': 'PN' } });
    const practice = localize('nl-x-practice');

    registerTranslation({ ...enCore, historyFilter: 'Only', history: 'Log' } as unknown as Translation);
    registerTranslation({ ...nlCore, lang: 'nl-x-practice', historyAll: 'Alles' } as unknown as Translation);
    await loadElement('izp-care-team');

    expect(early.t.history, "the vendor's word registered again").to.equal('Log');
    expect(early.t.historyFilter).to.equal('Only');
    expect(early.t.careTeamEmpty, 'a word that arrived after').to.equal(en.careTeamEmpty);
    expect(labelled.t.historyFilter, "the host's label").to.equal('Filter of the host');
    expect(labelled.t.roles['practice-nurse']).to.equal('PN');
    expect(labelled.t.roles.gp).to.equal(en.roles.gp);
    expect(labelled.t.careTeamEmpty).to.equal(en.careTeamEmpty);
    expect(practice.t.historyAll, "the variant's word registered again").to.equal('Alles');
    expect(practice.t.careTeamEmpty, 'a word that arrived after, from its base language').to.equal(nl.careTeamEmpty);
    // A host may spread the words: the copy holds what arrived and what it overrode.
    const spread = { ...labelled.t };
    expect(spread.careTeamEmpty).to.equal(en.careTeamEmpty);
    expect(spread.historyFilter).to.equal('Filter of the host');
    expect(spread.history).to.equal('Log');
    expect('careTeamEmpty' in early.t).to.equal(true);
  });

  it("registered again from a Localizer's own words, keeps every word and its errors", () => {
    registerTranslation({ ...nlCore, lang: 'nl-x-self' } as unknown as Translation);
    const before = localize('nl-x-self', { historyAll: 'Alles van hier' }).t;
    registerTranslation(before);
    const after = localize('nl-x-self').t as unknown as Record<string, unknown>;
    const missing = Object.keys(nlCore).filter((key) => after[key] === undefined);
    expect(missing, 'words lost by registering the live view').to.deep.equal([]);
    expect(after.historyAll, "the host's label it was given").to.equal('Alles van hier');
    expect(after.errors).to.deep.equal(nlCore.errors);
  });
});
