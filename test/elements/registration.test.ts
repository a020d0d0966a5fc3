import { expect } from '@open-wc/testing';
import { IzpGoal, IzpPlan } from '../../src/index.js';

describe('registration', () => {
  it('importing the classes registers no tag', () => {
    for (const tag of ['izp-plan', 'izp-goal', 'izp-agreement', 'izp-overview', 'izp-history', 'izp-care-team', 'izp-evaluation', 'izp-consultation', 'izp-modules',
      'izp-profile', 'izp-measurements', 'izp-host-data', 'izp-diary', 'izp-links']) expect(customElements.get(tag), tag).to.equal(undefined);
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
});
