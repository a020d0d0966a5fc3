/**
 * The words of the elements that load on demand travel with them: the first load has none of them, they
 * arrive with the element's chunk, a Localizer made before reads them once they are there, a host's
 * `labels` override of such a word holds, and every on-demand element renders in Dutch and in English
 * without a missing word. This file imports no element but through `izp-sdk/define` (the plan, goals,
 * agreements and overview), so each chunk arrives here as on a page. Fictional patient: Mw. F. Yıldız.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { loadElement, loaders } from '../../src/elements/shared/lazy-elements.js';
import { localize } from '../../src/i18n/localize.js';
import { nl } from '../../src/i18n/nl.js';
import { nlCore } from '../../src/i18n/nl-core.js';
import { en } from '../../src/i18n/en.js';
import { patients } from '../../stories/fixtures/example-plans.js';
import { deepAll, izpAt, sanne, seeded, until } from './helpers.js';

const onDemandKeys = Object.keys(nl).filter((key) => !(key in nlCore));
const fatma: User = { id: patients.yildiz.id, name: 'Fatma Yıldız', role: 'patient' };

/** Every text a reader or a screen reader meets: text nodes and the attributes that name things, in all shadow roots. */
function deepWords(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'value', 'label']) {
        const value = node.getAttribute(name);
        if (value !== null) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A missing word renders as "undefined"; an uncalled message function as its source ("=>"). */
function expectNoMissingWord(text: string, where: string): void {
  expect(text, where).to.not.match(/undefined|=>|\[object /);
}

describe('the words of on-demand elements', () => {
  it('are not in the first load: Dutch starts without them, and the whole `nl` export has them', () => {
    expect(onDemandKeys.length).to.be.greaterThan(100);
    const { t } = localize('nl');
    for (const key of onDemandKeys) expect((t as unknown as Record<string, unknown>)[key], key).to.equal(undefined);
    // The public dictionaries stay complete Translations.
    for (const key of onDemandKeys) expect(key in en, `en.${key}`).to.equal(true);
    expect(nl.historyFilter).to.equal('Tonen');
  });

  it('arrive with their element; a Localizer made before reads them, and a host override of one holds', async () => {
    const l = localize('nl', { historyActions: { 'plan.view': 'Dossier ingezien' }, careTeamRevoke: 'Intrekken' });
    expect(l.t.historyFilter).to.equal(undefined);
    expect(l.t.careTeamRevoke, 'a plain override is there at once').to.equal('Intrekken');
    expect({ ...l.t }.planTitle, 'the words there now are its own: a host may spread them').to.equal(nlCore.planTitle);
    await loadElement('izp-history');
    expect(l.t.historyFilter).to.equal('Tonen');
    expect(l.t.historyActions['plan.view'], 'the override wins').to.equal('Dossier ingezien');
    expect(l.t.historyActions['plan.create'], 'merged with the words that arrived').to.equal('Zorgplan gemaakt');
    expect(l.t.historyActions, 'merged once, not on every read').to.equal(l.t.historyActions);
    await loadElement('izp-care-team');
    expect(l.t.careTeamRevoke, 'an override wins over words that arrive later').to.equal('Intrekken');
    expect(l.t.careTeamEmpty).to.equal(nl.careTeamEmpty);
  });

  it('a host override of an on-demand word shows in the element', async () => {
    const { adapter } = await seeded();
    const labels = { historyFilter: 'Laat zien', historyActions: { 'plan.create': 'Zorgplan aangelegd' } };
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id} lang="nl"
      .labels=${labels}><izp-history></izp-history></izp-plan>`);
    const history = plan.querySelector('izp-history')!;
    const text = await until(() => {
      const words = history.shadowRoot ? deepWords(history) : '';
      return words.includes('Zorgplan aangelegd') && words;
    }, 'the history with the host words');
    expect(text).to.contain('Laat zien');
    expect(text).to.not.contain('Zorgplan gemaakt');
    expectNoMissingWord(text, 'history');
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const [view, user] of [['professional', sanne], ['patient', fatma]] as const) {
      it(`every on-demand element renders in ${lang} (${view} view) without a missing word`, async () => {
        const { adapter } = await seeded();
        const current = await izpAt(adapter, sanne).getPlanForPatient(patients.yildiz.id);
        const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${patients.yildiz.id}
          patient-name="Mw. F. Yıldız" view=${view} lang=${lang} .medication=${patients.yildiz.medication} .diagnoses=${patients.yildiz.diagnoses}>
          <izp-consultation></izp-consultation>
          <izp-evaluation target-kind="plan" target-id=${current!.id}></izp-evaluation>
          <izp-modules></izp-modules>
          <izp-profile open></izp-profile>
          <izp-measurements open></izp-measurements>
          <izp-host-data open></izp-host-data>
          <izp-diary open></izp-diary>
          <izp-links open></izp-links>
          <izp-care-team></izp-care-team>
          <izp-history></izp-history>
          <izp-fhir-export></izp-fhir-export>
        </izp-plan>`);
        const tags = Object.keys(loaders).filter((tag) => tag !== 'izp-fhir-import');
        const words = localize(lang).t;
        // Each element has rendered with its words (which arrived with it), its data loaded.
        for (const tag of tags) {
          const el = plan.querySelector(tag)!;
          await until(() => el.shadowRoot, `<${tag}> to render`);
          await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
        }
        const history = plan.querySelector('izp-history')!;
        await until(() => history.shadowRoot!.querySelector('li'), 'the history entries');
        const consultation = plan.querySelector('izp-consultation')!;
        if (view === 'professional') await until(() => deepWords(consultation).includes(words.whatWasAgreed), 'the consultation');
        // The evaluation dialog, opened: its form is what a missing word would hide in.
        const evaluate = deepAll(plan.querySelector('izp-evaluation')!, 'button[part="button"]')[0] as HTMLButtonElement | undefined;
        if (view === 'professional') {
          expect(evaluate, 'the evaluate button').to.not.equal(undefined);
          evaluate!.click();
          await until(() => deepWords(plan.querySelector('izp-evaluation')!).includes(words.saveEvaluation), 'the evaluation form');
        }
        const text = deepWords(plan);
        expectNoMissingWord(text, `${lang} ${view}`);
        expect(text).to.contain(words.history);
        expect(text).to.contain(view === 'patient' ? words.modTitle.patient : words.modTitle.professional);
        expect(text).to.contain(view === 'patient' ? words.careTeamYouDecide : words.careTeamFixedContact);
        expect(text).to.contain((view === 'patient' ? words.modSectionsPlain : words.modSections).measurements);
      });
    }
  }
});
