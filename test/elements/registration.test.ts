// Registration as component libraries do it (Shoelace's `static dependencies`): a class brings the
// elements it renders at once, under their own tags, into the registry it is defined in; the elements
// it renders later load on demand, and English arrives when a page asks for it. Where the browser has
// scoped registries (Chromium), every shadow root holds its own, so a foreign definition of one of its
// tags in the page changes nothing inside.
import { expect, fixture, html } from '@open-wc/testing';
import { IzpAgreement, IzpGoal, IzpOverview, IzpPlan } from '../../src/index.js';
import { IzpHistory } from '../../src/elements/history/izp-history.js';
import { IzpCareTeam } from '../../src/elements/care-team/izp-care-team.js';
import { IzpConsultation } from '../../src/elements/consultation/izp-consultation.js';
import { loaders, loadElement } from '../../src/elements/shared/lazy-elements.js';
import { scopedRegistries } from '../../src/elements/shared/registry.js';
import { languageLoading, localize } from '../../src/i18n/localize.js';
import { patients } from '../../stories/fixtures/example-plans.js';
import { deepAll, seeded, until, menuItem, menuLabels } from './helpers.js';

/** The registry an element's tag is looked up in: its own (scoped) one, else the page's. */
const registryOf = (el: Element): CustomElementRegistry =>
  (el as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry ?? customElements;

/** Waits until `el`'s tag is defined where `el` lives (never a sleep), then for its first render. */
async function upgraded<T extends HTMLElement>(el: Element): Promise<T> {
  await registryOf(el).whenDefined(el.localName);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el as T;
}

/** The first of `rows` whose menu offers "Evaluate" (each menu opened as a user opens it, and closed again). */
async function evaluable(rows: Element[]): Promise<Element | undefined> {
  for (const row of rows) if ((await menuLabels(row.shadowRoot!)).includes('Evaluate')) return row;
  return undefined;
}

describe('registration', () => {
  it('importing the classes registers no tag', () => {
    for (const tag of ['izp-plan', 'izp-goal', 'izp-agreement', 'izp-overview', ...Object.keys(loaders)]) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('a host may register a class under its own tag', () => {
    IzpGoal.define('his-care-goal');
    expect(customElements.get('his-care-goal')).to.equal(IzpGoal);
  });

  it('a second copy of the SDK warns instead of crashing the page', () => {
    // An older copy of the SDK on the page registered the tag first.
    class OlderCopy extends HTMLElement {
      static sdkVersion = '0.0.1';
    }
    customElements.define('izp-plan', OlderCopy);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      IzpPlan.define('izp-plan');
      IzpPlan.define('izp-plan');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('izp-plan')).to.equal(OlderCopy);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0])).to.contain('already defined by izp-sdk 0.0.1');
  });

  it('a foreign definition of a tag in the page: scoped registries keep the plan whole, else the SDK warns', async () => {
    // Another library (or an older SDK) owns `izp-care-team` in the page's registry, before any plan rendered.
    class Foreign extends HTMLElement {}
    customElements.define('izp-care-team', Foreign);
    IzpPlan.define('my-plan');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { izp } = await seeded();
      const plan = await fixture<IzpPlan>(html`<my-plan .izp=${izp} patient-id=${patients.yildiz.id} lang="nl" section="team"></my-plan>`);
      const careTeam = await until(() => plan.shadowRoot!.querySelector('izp-care-team'), 'the care team');
      if (scopedRegistries) {
        // The plan's own registry holds the SDK's element: the page's definition never reaches inside.
        await upgraded(careTeam);
        expect(careTeam).to.be.instanceOf(IzpCareTeam);
        await until(() => careTeam.shadowRoot?.querySelector('h3'), 'the care team rendered');
      } else {
        await loadElement('izp-care-team');
        expect(careTeam).to.be.instanceOf(Foreign);
        expect(warnings.join('\n')).to.contain('<izp-care-team> is already defined');
      }
    } finally {
      console.warn = warn;
    }
  });

  it("IzpPlan.define('my-plan') registers its dependencies; goals and agreements render under it", async () => {
    IzpPlan.define('my-plan');
    expect(customElements.get('my-plan')).to.equal(IzpPlan);
    // Its dependencies came along under their own tags (IzpGoal already had a tag: a subclass takes this one).
    const isOrExtends = (tag: string, cls: CustomElementConstructor) => {
      const got = customElements.get(tag);
      return !!got && (got === cls || got.prototype instanceof cls);
    };
    expect(isOrExtends('izp-goal', IzpGoal), 'izp-goal').to.equal(true);
    expect(isOrExtends('izp-agreement', IzpAgreement), 'izp-agreement').to.equal(true);
    expect(isOrExtends('izp-overview', IzpOverview), 'izp-overview').to.equal(true);

    const { izp } = await seeded();
    const plan = await fixture<IzpPlan>(html`<my-plan .izp=${izp} patient-id=${patients.yildiz.id} lang="nl" section="plan"></my-plan>`);
    const goal = await until(() => plan.shadowRoot!.querySelector('izp-goal'), 'a goal in my-plan');
    expect(goal).to.be.instanceOf(IzpGoal);
    const agreement = await until(() => goal.shadowRoot?.querySelector('izp-agreement'), 'an agreement in the goal');
    expect(agreement).to.be.instanceOf(IzpAgreement);
    await until(() => agreement.shadowRoot?.textContent?.includes('wandelen'), 'the agreement rendered');
    if (scopedRegistries) {
      // Chromium: the plan's shadow root has its own registry, the goal's its own.
      expect(registryOf(goal)).to.not.equal(customElements);
      expect(registryOf(goal).get('izp-goal')).to.equal(IzpGoal);
      expect(registryOf(agreement).get('izp-agreement')).to.equal(IzpAgreement);
    }
  });

  it('elements the plan renders later load on demand and upgrade; English arrives and renders', async () => {
    expect(languageLoading('nl'), 'Dutch never waits').to.equal(null);
    expect(languageLoading('de'), 'an unknown language is shown in Dutch at once').to.equal(null);
    const { izp } = await seeded();
    const plan = await fixture<IzpPlan>(html`<my-plan .izp=${izp} patient-id=${patients.yildiz.id} lang="en" section="history"></my-plan>`);
    // The plan waited for English: its first words are English, never Dutch first.
    const header = await until(() => plan.shadowRoot!.querySelector('header'), 'the plan header');
    expect(header.textContent).to.contain('Individual care plan');
    expect(header.textContent).to.not.contain('Individueel zorgplan');
    expect(localize('en').t.goals).to.equal('Goals');

    const history = await upgraded<IzpHistory>(await until(() => plan.shadowRoot!.querySelector('izp-history'), 'the history'));
    expect(history).to.be.instanceOf(IzpHistory);
    // Each section's elements load when the section is shown.
    plan.section = 'consult';
    const consultation = await upgraded<IzpConsultation>(await until(() => plan.shadowRoot!.querySelector('izp-consultation'), 'the consultation'));
    expect(consultation).to.be.instanceOf(IzpConsultation);
    // <izp-evaluation> appears inside a goal or agreement, in its own shadow root, once "Evaluate" is chosen
    // in the row's menu: loaded and upgraded there too.
    plan.section = 'plan';
    const rows = await until(() => {
      const all = deepAll(plan, 'izp-agreement');
      return all.length > 0 && all.every((a) => a.shadowRoot?.querySelector('article')) ? all : undefined;
    }, 'the agreements');
    const agreement = (await evaluable(rows))!;
    expect(agreement, 'an agreement that can be evaluated').to.exist;
    expect(deepAll(plan, 'izp-evaluation'), 'none before it is chosen').to.have.length(0);
    (await menuItem(agreement.shadowRoot!, 'Evaluate')).click();
    const evaluation = await until(() => agreement.shadowRoot!.querySelector('izp-evaluation'), 'the evaluate element');
    await upgraded(evaluation);
    await until(() => evaluation.shadowRoot?.querySelector('dialog[open]'), 'its dialog, open');
    await until(() => evaluation.shadowRoot?.querySelector('h6, h5, h4')?.textContent?.trim() === 'Evaluate agreement', 'the dialog in English');
    evaluation.shadowRoot!.querySelector('dialog')!.close();
    for (const section of ['modules', 'team', 'overview'] as const) {
      plan.section = section;
      const tag = { modules: 'izp-modules', team: 'izp-care-team', overview: 'izp-fhir-export' }[section];
      await upgraded(await until(() => plan.shadowRoot!.querySelector(tag), tag));
    }
  });

  it('a lazy tag in a host layout (light DOM) loads too', async () => {
    const { izp } = await seeded();
    const plan = await fixture<IzpPlan>(html`<my-plan .izp=${izp} patient-id=${patients.yildiz.id} lang="nl"><izp-history heading-level="2"></izp-history></my-plan>`);
    const history = await upgraded<IzpHistory>(plan.querySelector('izp-history')!);
    expect(history).to.be.instanceOf(IzpHistory);
    await until(() => history.shadowRoot?.querySelector('h2'), 'the history heading');
  });

});
