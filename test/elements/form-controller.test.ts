// The FormController on its own: a small test element with one form (add a goal) over a real core.
// What every form of the elements relies on: typed values from the core's schema, nothing stored on bad
// input with the field named and focused, the typed text kept on a failure, one key per submission.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { GoalInput, MemoryAdapter, type Goal } from '../../src/core/index.js';
import { FormController, type Submission } from '../../src/elements/shared/form-controller.js';
import { field } from '../../src/elements/shared/fields.js';
import type { PlanContext } from '../../src/elements/shared/context.js';
import { localize } from '../../src/i18n/localize.js';
import { TestAdapter, izpAt, sanne, until } from './helpers.js';

class FormHost extends LitElement {
  ctx!: PlanContext;
  said: string[] = [];
  focusTarget: HTMLButtonElement | null = null;
  readonly addGoal = new FormController(this, () => this.ctx, {
    action: 'addGoal',
    schema: GoalInput,
    subject: 'goal',
    call: (izp, input, { args, idempotencyKey }: Submission<{ planId: string }>) => izp.addGoal(args.planId, input, { idempotencyKey }),
    announce: (t, goal: Goal) => `${t.announceCreated(t.goal)} ${goal.id}`,
    focus: () => this.focusTarget,
  });

  // The ref callback assigns after rendering, not during it, which the rule cannot tell apart.
  /* eslint-disable lit/no-this-assign-in-render */
  protected override render() {
    return html`<form ${ref(this.addGoal.form)} novalidate>
        ${field({ form: 'g', name: 'description', label: 'Doel', type: 'textarea', error: this.addGoal.fieldError('description') })}
        ${field({ form: 'g', name: 'domain', label: 'Domein', type: 'select', value: 'somatic',
          options: [['somatic', 'Lichamelijk'], ['nonsense', 'Onzin']] })}
        ${this.addGoal.renderStatus()}
      </form>
      <button ${ref((el) => (this.focusTarget = (el as HTMLButtonElement | undefined) ?? null))}>Doel toevoegen</button>`;
  }
  /* eslint-enable lit/no-this-assign-in-render */
}
customElements.define('test-form-host', FormHost);

async function setup(adapter = new MemoryAdapter()) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: 'pat-form', patientName: 'Mw. F. Test' });
  const said: string[] = [];
  const ctx: PlanContext = {
    izp, snapshot: null, l: localize('nl'), view: 'professional', practiceName: '',
    refresh: async () => undefined, announce: (m) => said.push(m),
  };
  // The element itself as the fixture: open-wc then waits for its update, not for an animation frame
  // (which a page in a background tab never gets).
  const el = await fixture<FormHost>(testHtml`<test-form-host .ctx=${ctx} .said=${said}></test-form-host>`);
  const root = el.shadowRoot!;
  const description = root.querySelector('textarea')!;
  const domain = root.querySelector('select')!;
  return { izp, plan, el, description, domain };
}

describe('FormController', () => {
  it('checks the form with the schema, calls the core, announces, resets and moves focus', async () => {
    const { izp, plan, el, description } = await setup();
    description.value = 'Weer fietsen naar de markt.';
    const goal = await el.addGoal.submit({ planId: plan.id });
    expect(goal?.description).to.equal('Weer fietsen naar de markt.');
    expect((await izp.getPlan(plan.id))!.goals.map((g) => g.description)).to.deep.equal(['Weer fietsen naar de markt.']);
    const { t } = localize('nl');
    expect(el.said).to.deep.equal([`${t.announceCreated(t.goal)} ${goal!.id}`]);
    expect(description.value).to.equal('');
    expect(el.shadowRoot!.activeElement ?? document.activeElement).to.equal(el.focusTarget);
  });

  it('stores nothing on bad input, names and focuses the field, and keeps the typed text', async () => {
    const { izp, plan, el, description, domain } = await setup();
    domain.value = 'nonsense';
    description.value = '   ';
    const result = await el.addGoal.submit({ planId: plan.id });
    expect(result).to.equal(undefined);
    expect(el.addGoal.error?.code).to.equal('validation');
    expect(el.addGoal.fieldError('description')).to.be.a('string').and.not.equal('');
    expect(el.addGoal.fieldError('domain')).to.be.a('string').and.not.equal('');
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement === description, 'focus on the first field named');
    expect(description.value).to.equal('   ');
    expect((await izp.getPlan(plan.id))!.goals).to.have.length(0);
  });

  it('keeps the text on a failed save and stores the retried submission once', async () => {
    const adapter = new TestAdapter();
    const { izp, plan, el, description } = await setup(adapter);
    description.value = 'Elke dag een half uur wandelen.';
    adapter.failCommits = true;
    expect(await el.addGoal.submit({ planId: plan.id })).to.equal(undefined);
    expect(el.addGoal.error?.code).to.equal('unavailable');
    expect(description.value).to.equal('Elke dag een half uur wandelen.');
    adapter.failCommits = false;
    const goal = await el.addGoal.submit({ planId: plan.id });
    expect(goal).to.not.equal(undefined);
    expect(el.addGoal.error).to.equal(null);
    expect((await izp.getPlan(plan.id))!.goals).to.have.length(1);
  });
});
