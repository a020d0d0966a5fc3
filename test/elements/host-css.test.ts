import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { izpAt, sanne, until } from './helpers.js';


describe('inside a host page with its own global CSS (Bootstrap, a 62.5% root font size)', () => {
  const added: HTMLElement[] = [];
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/node_modules/bootstrap/dist/css/bootstrap.min.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    const style = document.createElement('style');
    style.textContent = `html { font-size: 62.5%; } body { color: #c0c; text-transform: uppercase; letter-spacing: 3px; text-align: center; }
      button { background: #ff0 !important; }`;
    document.head.append(link, style);
    added.push(link, style);
    await loaded;
  });
  after(() => added.forEach((e) => e.remove()));

  async function mount(): Promise<IzpPlan> {
    const adapter = new MemoryAdapter();
    const izp = izpAt(adapter, sanne);
    const plan = await izp.createPlan({ patientId: 'pat-jansen', patientName: 'Mw. A. Jansen' });
    await izp.addGoal(plan.id, { description: 'Mijn bloeddruk onder 140/90.', domain: 'somatic' });
    const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-jansen" .izp=${izpAt(adapter, sanne)}></izp-plan>`);
    await until(() => el.shadowRoot!.querySelector('header'));
    return el;
  }

  it('stays accessible', async () => {
    expect(getComputedStyle(document.body).textTransform, 'the framework is loaded').to.equal('uppercase');
    await expect(await mount()).to.be.accessible();
  });

  it('keeps its own type, colour and size', async () => {
    const el = await mount();
    const heading = el.shadowRoot!.querySelector('header dd')!;
    const style = getComputedStyle(heading);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.textAlign).to.equal('start');
    expect(style.color).to.equal('rgb(27, 29, 33)');
    expect(parseFloat(getComputedStyle(el).fontSize), 'not shrunk by the root font size').to.equal(16);
    const button = el.shadowRoot!.querySelector('header button')!;
    expect(getComputedStyle(button).backgroundColor, 'global button rules do not reach inside').to.not.equal('rgb(255, 255, 0)');
  });

  it('takes a vendor theme through --izp-* tokens', async () => {
    const el = await mount();
    el.style.setProperty('--izp-color-primary', 'rgb(122, 31, 92)');
    el.style.setProperty('--izp-font-family', 'Georgia, serif');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('header button.primary')!;
    // The colour change is animated where motion is allowed, and a background tab on a busy machine may
    // not advance it at all: finish the transition instead of waiting a fixed time for it.
    getComputedStyle(button).backgroundColor; // starts the transition
    for (const animation of button.getAnimations()) animation.finish();
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(122, 31, 92)');
    expect(getComputedStyle(button).fontFamily).to.contain('Georgia');
  });
});
