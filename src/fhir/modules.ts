/**
 * The generic modules: the plan's profile (complaints, the SFMPC inventory, motivation and readiness,
 * self-management, functioning, risk profile, shared decisions, links, the team's note) as one
 * QuestionnaireResponse based on the CarePlan, item by item; the patient's diary as Communications
 * from the patient.
 */
import type { Decision, DiaryEntry, EducationLink, PlanProfile } from '../core/model.js';
import { CodeSystems, Identifiers } from './constants.js';
import { asArray, clean, codeFrom, concept } from './ext.js';
import { patientRef, personFrom, personRef, refId } from './people.js';
import { planRef } from './plan.js';
import { type MapContext, type Reader, defined, envelope } from './record.js';
import type { CodeableConcept, Coding, Reference, Resource } from './types.js';

interface Item {
  linkId: string;
  text?: string;
  answer?: { valueString?: string; valueCoding?: Coding; valueUri?: string }[];
  item?: Item[];
}

const TEXTS = ['complaints', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'professionalNote'] as const;
const SECTIONS = ['somatic', 'functional', 'social', 'psychological', 'communicative'] as const;

const str = (linkId: string, value: string | undefined): Item[] => (value === undefined ? [] : [{ linkId, answer: [{ valueString: value }] }]);

export function profileToFhir(p: PlanProfile, ctx: MapContext): Resource {
  const inventory = p.inventory;
  return clean({
    ...envelope('QuestionnaireResponse', Identifiers.profile, p),
    basedOn: [planRef(p.planId)],
    status: 'completed',
    subject: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    authored: p.updated.at,
    author: personRef(p.updated.by),
    item: [
      ...TEXTS.slice(0, 1).flatMap((k) => str(k, p[k])),
      ...(inventory ? [clean({ linkId: 'inventory', item: SECTIONS.flatMap((k) => str(`inventory.${k}`, inventory[k])) })] : []),
      ...TEXTS.slice(1).flatMap((k) => str(k, p[k])),
      ...(p.readiness ? [{ linkId: 'readiness', answer: [{ valueCoding: { system: CodeSystems.readiness, code: p.readiness } }] }] : []),
      ...p.decisions.map((d) => ({
        linkId: 'decision',
        item: [
          ...str('decision.id', d.id), ...str('decision.question', d.question),
          { linkId: 'decision.options', answer: d.options.map((valueString) => ({ valueString })) },
          ...str('decision.chosen', d.chosen), ...str('decision.why', d.why), ...str('decision.priority', d.priority),
        ],
      })),
      ...p.links.map((l) => ({ linkId: 'link', item: [...str('link.title', l.title), { linkId: 'link.url', answer: [{ valueUri: l.url }] }] })),
    ],
  });
}

export function profileFromFhir(resource: Resource, read: Reader): PlanProfile {
  const items = asArray<Item>(resource.item);
  const text = (list: Item[], linkId: string) => list.find((i) => i.linkId === linkId)?.answer?.[0]?.valueString;
  const inventory = items.find((i) => i.linkId === 'inventory');
  return defined({
    ...read.recorded(resource, Identifiers.profile),
    planId: refId(asArray<Reference>(resource.basedOn)[0]),
    ...Object.fromEntries(TEXTS.map((k) => [k, text(items, k)])),
    inventory: inventory ? defined(Object.fromEntries(SECTIONS.map((k) => [k, text(inventory.item ?? [], `inventory.${k}`)]))) : undefined,
    readiness: items.find((i) => i.linkId === 'readiness')?.answer?.[0]?.valueCoding?.code,
    decisions: items.filter((i) => i.linkId === 'decision').map((d) => {
      const parts = d.item ?? [];
      return defined({
        id: text(parts, 'decision.id'), question: text(parts, 'decision.question'),
        options: (parts.find((i) => i.linkId === 'decision.options')?.answer ?? []).map((a) => a.valueString),
        chosen: text(parts, 'decision.chosen'), why: text(parts, 'decision.why'), priority: text(parts, 'decision.priority'),
      }) as Decision;
    }),
    links: items.filter((i) => i.linkId === 'link').map((l) => ({
      title: text(l.item ?? [], 'link.title'), url: l.item?.find((i) => i.linkId === 'link.url')?.answer?.[0]?.valueUri,
    }) as EducationLink),
  }) as PlanProfile;
}

export function diaryToFhir(d: DiaryEntry, ctx: MapContext): Resource {
  return clean({
    ...envelope('Communication', Identifiers.diary, d),
    basedOn: [planRef(d.planId)],
    status: 'completed',
    category: [concept(CodeSystems.kind, 'diary')],
    subject: patientRef(ctx.patientId, ctx.patientName, ctx.patientReference),
    sent: d.date,
    sender: personRef(d.by),
    payload: [{ contentString: d.text }],
  });
}

export function diaryFromFhir(resource: Resource, read: Reader): DiaryEntry {
  return defined({
    ...read.recorded(resource, Identifiers.diary),
    planId: refId(asArray<Reference>(resource.basedOn)[0]),
    date: typeof resource.sent === 'string' ? resource.sent.slice(0, 10) : undefined,
    text: asArray<{ contentString?: string }>(resource.payload)[0]?.contentString,
    by: personFrom(resource.sender as Reference | undefined),
  }) as DiaryEntry;
}

export const isDiary = (r: Resource) => codeFrom(r.category as CodeableConcept[] | undefined, CodeSystems.kind) === 'diary';
