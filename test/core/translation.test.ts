// A vendor's registerTranslation('fy', …) words the UI and every error of the core: one typed dictionary.
import { expect } from '@open-wc/testing';
import { RuleError, type ValidationError, createIzp, MemoryAdapter, fieldIssue, localizeIssue, type ErrorMessages } from '../../src/core/index.js';
import { en } from '../../src/i18n/en.js';
import { localize, registerTranslation, type Translation } from '../../src/i18n/localize.js';
import { rejection, sanne } from './fixtures.js';

/** A Frisian dictionary as a vendor writes it: the UI and `errors`, which TypeScript makes complete. */
const fyErrors: ErrorMessages = {
  ...en.errors,
  subjects: { ...en.errors.subjects, goal: 'It doel' },
  fields: { ...en.errors.fields, description: 'omskriuwing' },
  problems: { ...en.errors.problems, required: () => 'is ferplicht' },
  rules: { ...en.errors.rules, 'plan-closed': 'Dit soarchplan is ôfsluten' },
  invalid: (subject, issues) => `${subject} is net jildich: ${issues.join('; ')}`,
};
const fy: Translation = { ...en, lang: 'fy', errors: fyErrors, planTitle: 'Yndividueel soarchplan' };

describe('core: a registered third language', () => {
  before(() => registerTranslation(fy));

  it('words the UI and the errors of real calls in it, while error.message stays English', async () => {
    expect(localize('fy').t.planTitle).to.equal('Yndividueel soarchplan');
    const izp = createIzp({ adapter: new MemoryAdapter(), user: sanne });
    const plan = await izp.createPlan({ patientId: 'pat-fy' });
    const error = await rejection<ValidationError>(izp.addGoal(plan.id, { description: ' ', domain: 'somatic' }));
    expect(error.localized('fy')).to.equal('It doel is net jildich: Omskriuwing is ferplicht');
    expect(error.localized('fy-NL')).to.equal('It doel is net jildich: Omskriuwing is ferplicht');
    expect(localizeIssue(error.issues[0]!, 'fy')).to.equal('Omskriuwing is ferplicht');
    expect(error.message).to.equal('The goal is not valid: Description is required');
    expect(new RuleError('plan-closed').localized('fy')).to.equal('Dit soarchplan is ôfsluten');
    expect(localizeIssue(fieldIssue('description', 'required'), 'nl')).to.equal('Omschrijving is verplicht');
  });
});
