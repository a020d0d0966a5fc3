/**
 * A vendor's translation written for an earlier version lacks the words added since (here the two "could
 * not be loaded" alerts and their button): each word it lacks, or has as something other than words, is
 * read from its base language and then from Dutch, so no alert shows empty and no button goes without a
 * name. Words that arrive later for the language itself, and a host's labels, still win. A page of its own:
 * neither the evaluation element nor the printout has arrived before this file makes their loads fail.
 * Fictional patient: Mw. F. Yıldız.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fieldIssue, ValidationError } from '../../src/core/errors.js';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import { printoutSource } from '../../src/elements/overview/printout-chunk.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { loaders } from '../../src/elements/shared/lazy-elements.js';
import { en } from '../../src/i18n/en.js';
import { loadLanguage, localize, registerTranslation, registerWords, type Translation } from '../../src/i18n/localize.js';
import { nl } from '../../src/i18n/nl.js';
import { nlCore } from '../../src/i18n/nl-core.js';
import { patients } from '../../stories/fixtures/example-plans.js';
import { deepAll, fatma, izpAt, menuItem, oneLine, sanne, seeded, until } from './helpers.js';

const newer = ['evaluationUnavailable', 'printoutUnavailable', 'tryAgain'] as const;

/** A dictionary as a vendor wrote it for the previous version: without the newer words. */
function previousVersion(words: Translation, lang: string, extra: Record<string, unknown> = {}): Translation {
  const old: Record<string, unknown> = { ...words, lang, ...extra };
  for (const key of newer) delete old[key];
  return old as unknown as Translation;
}

const writable = loaders as Record<string, (typeof loaders)[string]>;
const realEvaluation = loaders['izp-evaluation']!;
const realPrintout = printoutSource.load;
const failure = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe("words a vendor's translation lacks", () => {
  before(async () => {
    await loadLanguage('en');
    // Frisian as written for the previous version (on the Dutch words); no base language of its own.
    registerTranslation(previousVersion(nl, 'fy', { planTitle: 'Soarchplan', tryAgain: 42, evaluationUnavailable: '' }));
    // A practice's English of the previous version, on English.
    registerTranslation(previousVersion(en, 'en-x-practice', { historyFilter: 'Show just' }));
  });
  afterEach(() => {
    writable['izp-evaluation'] = realEvaluation;
    printoutSource.load = realPrintout;
  });

  it('reads a missing, empty or non-string word from the base language, then from Dutch', () => {
    const fy = localize('fy').t;
    expect(fy.planTitle, 'its own word').to.equal('Soarchplan');
    expect(fy.printoutUnavailable, 'missing: Dutch').to.equal(nl.printoutUnavailable);
    expect(fy.tryAgain, 'not a string: Dutch').to.equal(nl.tryAgain);
    expect(fy.evaluationUnavailable, 'empty: Dutch').to.equal(nl.evaluationUnavailable);
    const practice = localize('en-x-practice').t;
    expect(practice.tryAgain, 'missing: from its base language').to.equal(en.tryAgain);
    expect(practice.historyFilter).to.equal('Show just');
    // A host's label still wins over the fallback, and a spread copy has every word.
    expect(localize('fy', { tryAgain: 'Nochris' }).t.tryAgain).to.equal('Nochris');
    const spread = { ...localize('fy').t } as unknown as Record<string, unknown>;
    expect(newer.filter((key) => typeof spread[key] !== 'string' || spread[key] === '')).to.deep.equal([]);
  });

  it('completes a record entry by entry, the errors for the core too', () => {
    const roles = { ...nl.roles } as Record<string, string>;
    delete roles.gp;
    const problems = { ...nlCore.errors.problems } as Record<string, unknown>;
    delete problems.too_long;
    registerTranslation(previousVersion(nl, 'nl-x-old', { roles: { ...roles, 'practice-nurse': 'POH' }, errors: { ...nlCore.errors, problems } }));
    const t = localize('nl-x-old').t;
    expect(t.roles['practice-nurse']).to.equal('POH');
    expect(t.roles.gp).to.equal(nl.roles.gp);
    expect(t.errors.problems.too_long).to.equal(nlCore.errors.problems.too_long);
    const error = new ValidationError([fieldIssue('description', 'too_long', { max: 2000 })], 'goal');
    expect(error.localized('nl-x-old'), "the core's message in that language").to.equal(error.localized('nl'));
  });

  it("fills a variant's missing error messages from its base language once that base is installed", () => {
    const problems = { ...nlCore.errors.problems } as Record<string, unknown>;
    delete problems.too_long;
    // The variant first, on a base language that is not there yet: its missing message comes from Dutch.
    registerTranslation(previousVersion(nl, 'fy-x-school', { errors: { ...nlCore.errors, problems } }));
    const error = new ValidationError([fieldIssue('description', 'too_long', { max: 2000 })], 'goal');
    expect(error.localized('fy-x-school')).to.equal(error.localized('nl'));
    // Then its base language, with its own wording of that message: the variant now reads it from there.
    const frisian = { ...nlCore.errors.problems, too_long: (p: { max: number }) => `is te lang foar it fjild (maksimaal ${p.max} tekens)` };
    registerTranslation(previousVersion(nl, 'fy', { planTitle: 'Soarchplan', tryAgain: 42, evaluationUnavailable: '', errors: { ...nlCore.errors, problems: frisian } }));
    expect(error.localized('fy-x-school')).to.contain('is te lang foar it fjild (maksimaal 2000 tekens)');
  });

  it('lets a word that arrives later for the language itself take the place of the fallback', () => {
    const t = localize('fy').t as unknown as Record<string, unknown>;
    expect(t.missingUntilLater).to.equal(undefined);
    registerWords({ nl: { missingUntilLater: 'Later' }, fy: { missingUntilLater: 'Letter' } } as never);
    expect(t.missingUntilLater).to.equal('Letter');
  });

  it('says in a row that the evaluation could not be loaded, with a named retry button', async () => {
    writable['izp-evaluation'] = failure;
    const { adapter } = await seeded();
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id} section="plan" lang="fy"></izp-plan>`);
    const row = await until(() => deepAll(plan, 'izp-agreement')[0] as IzpAgreement | undefined, 'an agreement');
    (await menuItem(row.shadowRoot!, nl.evaluate)).click();
    const alert = await until(() => row.shadowRoot!.querySelector<HTMLElement>('[part="evaluation-unavailable"]'), 'the alert');
    expect(oneLine(alert)).to.contain(nl.evaluationUnavailable);
    expect(oneLine(alert.querySelector('button'))).to.equal(nl.tryAgain);
  });

  it('says in print mode that the printout could not be loaded, with a named retry button', async () => {
    printoutSource.load = failure;
    const { adapter } = await seeded();
    const plan = await fixture<IzpPlan>(html`<izp-plan view="patient" .izp=${izpAt(adapter, fatma)} patient-id=${patients.yildiz.id}
      lang="en-x-practice"></izp-plan>`);
    const overview = await until(() => plan.shadowRoot?.querySelector('izp-overview'), 'the overview');
    const alert = await until(() => overview.shadowRoot?.querySelector<HTMLElement>('[part="printout-unavailable"]'), 'the alert');
    expect(oneLine(alert)).to.contain(en.printoutUnavailable);
    expect(oneLine(alert.querySelector('button'))).to.equal(en.tryAgain);
  });
});
