/**
 * A vendor's own dictionary is one complete `Translation`, also for the words of elements that load on
 * demand: registered before those elements arrive, it wins over the built-in words that come with them,
 * and a third language renders those elements in its own words. A page of its own: no chunk has arrived
 * before this file registers. Fictional patient: Mw. F. Yıldız.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { loadElement } from '../../src/elements/shared/lazy-elements.js';
import { en } from '../../src/i18n/en.js';
import { localize, registerTranslation, type Translation } from '../../src/i18n/localize.js';
import { nlCore } from '../../src/i18n/nl-core.js';
import { nl } from '../../src/i18n/nl.js';
import { patients } from '../../stories/fixtures/example-plans.js';
import { izpAt, readText, sanne, seeded, until } from './helpers.js';

/** A practice's own English, registered before English or any on-demand element has arrived. */
const practiceEnglish: Translation = { ...en, historyFilter: 'Show just', careTeamEmpty: 'Nobody in the team yet.' };
/** Frisian as a vendor writes it (here on the English words), complete as TypeScript demands. */
const fy: Translation = { ...en, lang: 'fy', history: 'Skiednis', historyFilter: 'Sjen litte' };

describe("a vendor's dictionary and the words of on-demand elements", () => {
  before(() => {
    registerTranslation(practiceEnglish);
    registerTranslation(fy);
  });

  it("fills a host's variant built on the first load's words with the words that arrive, from its base language", async () => {
    // What a script-tag host can build: the bundle exports `nlCore`, not the whole `nl`.
    registerTranslation({ ...nlCore, lang: 'nl-x-practice', historyAll: 'Alles van de praktijk' } as unknown as Translation);
    const { t } = localize('nl-x-practice');
    await loadElement('izp-history');
    expect(t.history).to.equal(nl.history);
    expect(t.historyAll, 'its own word stays').to.equal('Alles van de praktijk');
  });

  it('wins over the built-in words that arrive later with the element', async () => {
    const { t } = localize('en');
    expect(t.historyFilter).to.equal('Show just');
    await loadElement('izp-history');
    await loadElement('izp-care-team');
    expect(localize('en').t.historyFilter).to.equal('Show just');
    expect(t.careTeamEmpty).to.equal('Nobody in the team yet.');
    expect(t.historyAll).to.equal(en.historyAll);
  });

  for (const [lang, heading, filter] of [['en', en.history, 'Show just'], ['fy', 'Skiednis', 'Sjen litte']] as const) {
    it(`renders <izp-history> in the vendor's ${lang} words`, async () => {
      const { adapter } = await seeded();
      const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id}
        lang=${lang}><izp-history></izp-history></izp-plan>`);
      const history = plan.querySelector('izp-history')!;
      await until(() => history.shadowRoot?.querySelector('li'), 'the history entries');
      const text = readText(history.shadowRoot!);
      expect(text).to.contain(heading);
      expect(text).to.contain(filter);
      expect(text).to.not.contain('undefined');
    });
  }
});
