/**
 * A stored change is reported as stored, whatever happens after: when reading the plan again fails, the
 * success event still goes out and the plan says the change was saved but could not be shown; and a save
 * whose answer was lost, tried again by the user, stores the goal once (one key per form submission).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryAdapter, type CallOptions, type ChangeSet, type PlanSnapshot } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { byLabel, izpAt, sanne, until } from './helpers.js';

/** Storage that can fail the next plan read, or store the next commit and then lose its answer. */
class FlakyAdapter extends MemoryAdapter {
  failNextLoad = false;
  loseNextReply = false;
  override async loadPlan(planId: string, options?: CallOptions): Promise<PlanSnapshot | null> {
    if (this.failNextLoad) {
      this.failNextLoad = false;
      throw new Error('connection reset');
    }
    return super.loadPlan(planId, options);
  }
  override async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    await super.commit(change, options);
    if (this.loseNextReply && change.writes.length) {
      this.loseNextReply = false;
      throw new Error('the answer was lost');
    }
  }
}

const root = (el: IzpPlan) => el.shadowRoot!;
const buttonNamed = (scope: ParentNode, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);

async function planWithGoalForm(adapter: FlakyAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId: 'pat-yildiz', patientName: 'Mw. F. Yıldız' });
  const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-yildiz" .izp=${izp} section="plan"></izp-plan>`);
  (await until(() => buttonNamed(root(el), 'Doel toevoegen'), 'the add-goal button')).click();
  const form = await until(() => root(el).querySelector<HTMLFormElement>('#add-goal'), 'the form');
  const description = byLabel<HTMLTextAreaElement>(form, 'Wat wil de patiënt bereiken?');
  description.value = 'Weer naar de biljartclub op donderdag.';
  description.dispatchEvent(new Event('input', { bubbles: true }));
  return { el, form, izp, plan };
}

describe('a stored change, and what comes after it', () => {
  it('says a goal was saved when only reading the plan again failed, and sends izp-goal-added', async () => {
    const adapter = new FlakyAdapter();
    const { el, form } = await planWithGoalForm(adapter);
    const errors: string[] = [];
    el.addEventListener('izp-error', (e) => errors.push((e as CustomEvent).detail.action));
    adapter.failNextLoad = true;
    const added = oneEvent(el, 'izp-goal-added');
    form.requestSubmit();
    expect((await added).detail.goal.description).to.equal('Weer naar de biljartclub op donderdag.');
    const alert = await until(() => [...root(el).querySelectorAll('[role="alert"]')].find((a) => a.textContent?.includes('opgeslagen')), 'the message');
    expect(alert.textContent).to.contain('Uw wijziging is opgeslagen').and.not.contain('niet bereikbaar');
    expect(errors, 'no save reported as failed').to.not.include('addGoal');
  });

  it('stores a goal once when its answer was lost and the user saves again', async () => {
    const adapter = new FlakyAdapter();
    const { el, form, izp, plan } = await planWithGoalForm(adapter);
    adapter.loseNextReply = true;
    const failed = oneEvent(el, 'izp-error');
    form.requestSubmit();
    expect((await failed).detail.action).to.equal('addGoal');
    const added = oneEvent(el, 'izp-goal-added');
    form.requestSubmit();
    await added;
    const goals = (await izp.getPlan(plan.id))!.goals.filter((g) => g.description === 'Weer naar de biljartclub op donderdag.');
    expect(goals, 'the goal, once').to.have.length(1);
  });
});
