/** A plan as another FHIR system would send it: no IZP extensions, a Patient and a Condition besides. */
export function foreignBundle() {
  const patient = { reference: 'Patient/p1', identifier: { system: 'https://example.org/patients', value: 'pat-bosman' }, display: 'Dhr. H. Bosman' };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Bosman', given: ['Henk'] }] } },
      { resource: { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/p1' }, code: { text: 'COPD' } } },
      {
        resource: {
          resourceType: 'CarePlan', id: 'cp1', status: 'active', intent: 'plan', subject: patient, period: { start: '2026-08-01' },
          goal: [{ reference: 'Goal/g1' }], activity: [{ reference: { reference: 'Task/t1' } }], addresses: [{ reference: 'Condition/c1', display: 'COPD' }],
        },
      },
      {
        resource: {
          resourceType: 'Goal', id: 'g1', lifecycleStatus: 'active', subject: patient, startDate: '2026-08-01',
          description: { text: 'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.' }, addresses: [{ reference: 'Condition/c1' }],
        },
      },
      {
        resource: {
          resourceType: 'Task', id: 't1', status: 'in-progress', intent: 'plan', for: patient, basedOn: [{ reference: 'CarePlan/cp1' }],
          description: 'Twee keer per week longfysiotherapie, twaalf weken.', reasonReference: { reference: 'Goal/g1' },
          owner: { type: 'Practitioner', display: 'Ruud Smit' },
        },
      },
    ],
  };
}
