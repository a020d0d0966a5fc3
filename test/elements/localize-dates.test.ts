// Dates are formatted once per day and language: a plan repeats the same few dates in every row, and
// Intl's `format` was a measurable part of a first render. A switch of language must still give new texts.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { nl } from '../../src/i18n/nl.js';
import { loadLanguage, localize, registerTranslation } from '../../src/i18n/localize.js';
import { izpAt, oneLine, sanne, until } from './helpers.js';

/** Counts the calls of `Intl.DateTimeFormat.prototype.format` (an accessor giving a bound function) while `fn` runs. */
async function countingFormats(fn: () => unknown): Promise<number> {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
  let calls = 0;
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      const bound = original.get!.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => (calls++, bound(date));
    },
  });
  try {
    await fn();
  } finally {
    Object.defineProperty(proto, 'format', original);
  }
  return calls;
}

describe('dates formatted once per localizer', () => {
  it('formats a day once, however often it is asked, and gives the same text', async () => {
    const l = localize('nl');
    const texts: string[] = [];
    const calls = await countingFormats(() => {
      for (let i = 0; i < 50; i++) texts.push(l.date('2026-12-07'), l.date('2027-03-01'));
    });
    expect(calls).to.equal(2);
    expect(new Set(texts)).to.deep.equal(new Set(['7 december 2026', '1 maart 2027']));
    expect(l.date(undefined)).to.equal('');
    expect(l.date('')).to.equal('');
  });

  it('makes each formatter on first use, once: a Localizer that formats no timestamp makes no formatter for them', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;
    try {
      const l = localize('nl');
      expect(made, 'none when made').to.equal(0);
      l.date('2026-12-07');
      l.date('2026-12-08');
      expect(made, 'one for the days').to.equal(1);
      expect(l.dateTime('2026-12-07T09:30:00Z')).to.contain('2026');
      l.dateTime('2026-12-08T09:30:00Z');
      expect(made, 'and one for timestamps').to.equal(2);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  it('still rejects an invalid language tag when the Localizer is made', () => {
    registerTranslation({ ...nl, lang: 'zz-' });
    expect(() => localize('zz-')).to.throw(RangeError);
  });

  it('keeps its texts per language: another localizer words the same day in its own language', async () => {
    await loadLanguage('en'); // English is a chunk of its own
    const nl = localize('nl');
    expect(nl.date('2026-12-07')).to.equal('7 december 2026');
    expect(localize('en').date('2026-12-07')).to.equal('7 December 2026');
    expect(nl.date('2026-12-07'), 'the Dutch text is not replaced by the English one').to.equal('7 december 2026');
  });

  it('stays bounded: far more days than it keeps are all formatted right', () => {
    const l = localize('nl');
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < 2500; i++) l.date(day(i));
    expect(l.date(day(0))).to.equal('1 januari 2026');
    expect(l.date(day(2499))).to.equal(localize('nl').date(day(2499)));
  });

  it('gives new texts when the plan switches language', async () => {
    const adapter = new MemoryAdapter();
    const izp = izpAt(adapter, sanne);
    await izp.createPlan({ patientId: 'pat-dates', patientName: 'Mw. F. Yıldız', nextEvaluationDate: '2026-12-07' });
    const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-dates" lang="nl" .izp=${izpAt(adapter, sanne)}></izp-plan>`);
    const header = () => oneLine(el.shadowRoot!.querySelector('header'));
    await until(() => header().includes('7 december 2026'), 'the Dutch date');
    el.lang = 'en';
    await until(() => header().includes('7 December 2026'), 'the English date');
    el.lang = 'nl';
    await until(() => header().includes('7 december 2026'), 'the Dutch date again');
  });
});
