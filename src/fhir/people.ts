/**
 * People and stamps. The IZP names people (author, case manager, performer) by an optional host id, a
 * name and a role; FHIR names them by Reference. A Reference here is logical: `identifier` carries the
 * host's id, `display` the name, and an extension the role, so nothing depends on Practitioner
 * resources the host may keep elsewhere.
 */
import type { Person, Stamp } from '../core/model.js';
import { CodeSystems, Extensions, Identifiers } from './constants.js';
import { complex, ext, findExt } from './ext.js';
import type { Extension, Reference } from './types.js';

const FHIR_TYPE: Record<string, string> = { patient: 'Patient', 'informal-carer': 'RelatedPerson' };

export function personRef(person: Person, type?: string): Reference {
  const ref: Reference = {};
  const t = type ?? (person.role ? FHIR_TYPE[person.role] ?? 'Practitioner' : undefined);
  if (t) ref.type = t;
  if (person.id !== undefined) ref.identifier = { system: Identifiers.person, value: person.id };
  ref.display = person.name;
  if (person.role) ref.extension = [{ url: Extensions.role, valueCoding: { system: CodeSystems.role, code: person.role } }];
  return ref;
}

/** The person a Reference names; fields left out when absent, so the model's schema judges them. */
export function personFrom(ref: Reference | undefined): Person {
  const person: Record<string, unknown> = {};
  if (ref?.identifier?.value !== undefined) person.id = ref.identifier.value;
  person.name = ref?.display;
  const role = findExt(ref, Extensions.role)?.valueCoding?.code;
  if (role !== undefined) person.role = role;
  return person as Person;
}

export function stampExt(url: string, stamp: Stamp | undefined): Extension[] {
  if (!stamp) return [];
  return complex(url, [...ext('at', { valueInstant: stamp.at }), ...ext('by', { valueReference: personRef(stamp.by) })]);
}

export function stampFrom(holder: { extension?: Extension[] } | undefined, url: string): Stamp | undefined {
  const e = findExt(holder, url);
  if (!e) return undefined;
  return { at: findExt(e, 'at')?.valueInstant as string, by: personFrom(findExt(e, 'by')?.valueReference) };
}

/** A patient, by the host's patient id (and, when the host gives one, a literal reference). */
export function patientRef(patientId: string, name?: string, reference?: string): Reference {
  const ref: Reference = { type: 'Patient', identifier: { system: Identifiers.patient, value: patientId } };
  if (reference) ref.reference = reference;
  if (name) ref.display = name;
  return ref;
}

/** A reference to another mapped record: literal (type/id) and logical (the IZP id), both. */
export function recordRef(type: string, system: string, id: string, fhirIdOf: (id: string) => string): Reference {
  return { reference: `${type}/${fhirIdOf(id)}`, type, identifier: { system, value: id } };
}

/**
 * The IZP id a Reference points to: its identifier, else the id in its literal reference (a resource
 * from another system has no IZP identifier; its IZP id is then its FHIR id, see Reader.id).
 */
export function refId(ref: Reference | undefined): string | undefined {
  if (ref?.identifier?.value !== undefined) return ref.identifier.value;
  return ref?.reference ? /([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[^/]*)?$/.exec(ref.reference)?.[2] : undefined;
}
