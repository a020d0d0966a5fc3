/**
 * The words of `<izp-care-team>`, in Dutch and English. They travel with the element: its module
 * registers them when it runs (see registerWords), so a page that never shows the care team never loads them.
 */
import type { WordPack } from '../word-pack.js';

export interface CareTeamWords {
  /** "Vaste contactpersoon": the mark of the case manager in the care team. */
  careTeamFixedContact: string;
  careTeamRole: string;
  careTeamContact: string;
  /** What a person may do with the plan now. */
  careTeamAccess: string;
  careTeamAccessLevels: Record<'none' | 'read' | 'write', string>;
  /** The legend of one person's choice. */
  careTeamAccessFor: (name: string) => string;
  /** The patient's own view: "U bepaalt wie uw zorgplan mag zien." */
  careTeamYouDecide: string;
  careTeamPatientHelp: string;
  /** The professional view: the patient decides. */
  careTeamPatientDecides: string;
  /** For the case manager, who records the patient's choice. */
  careTeamManagerHelp: string;
  /** A plan from before access existed: no list yet, so the team may look and change. */
  careTeamNoChoiceYet: string;
  careTeamNoAccount: string;
  careTeamThisIsYou: string;
  careTeamCaseManagerKeeps: string;
  careTeamNotInTeam: string;
  careTeamEmpty: string;
  careTeamUnchanged: string;
  careTeamRevoke: string;
  careTeamRevokeTitle: string;
  /** The confirmation; `own` is true in the patient's own view ("uw zorgplan"). */
  careTeamRevokeConfirm: (name: string, own: boolean) => string;
  careTeamAnnounceGranted: (name: string, permission: 'read' | 'write') => string;
  careTeamAnnounceRevoked: (name: string) => string;
}

const nl: CareTeamWords = {
  careTeamFixedContact: 'Vaste contactpersoon',
  careTeamRole: 'Rol',
  careTeamContact: 'Contact',
  careTeamAccess: 'Toegang',
  careTeamAccessLevels: { none: 'Geen toegang', read: 'Mag lezen', write: 'Mag lezen en wijzigen' },
  careTeamAccessFor: (name) => `Wat mag ${name}?`,
  careTeamYouDecide: 'U bepaalt wie uw zorgplan mag zien.',
  careTeamPatientHelp: 'Kies per persoon wat hij of zij mag en klik op Opslaan. U kunt dit altijd weer veranderen.',
  careTeamPatientDecides: 'De patiënt bepaalt wie dit zorgplan mag zien.',
  careTeamManagerHelp: 'Als casemanager legt u hier vast wat de patiënt heeft gekozen.',
  careTeamNoChoiceYet: 'Voor dit zorgplan is nog niets gekozen: het hele zorgteam mag het lezen en wijzigen.',
  careTeamNoAccount: 'Heeft geen eigen account. Toegang regelen kan daarom niet.',
  careTeamThisIsYou: 'Dit bent u. Uw eigen toegang kunt u hier niet veranderen.',
  careTeamCaseManagerKeeps: 'Dit is uw vaste contactpersoon; die houdt altijd toegang.',
  careTeamNotInTeam: 'Staat niet in het zorgteam, maar heeft wel toegang.',
  careTeamEmpty: 'Er staat nog niemand in het zorgteam.',
  careTeamUnchanged: 'Er is niets veranderd.',
  careTeamRevoke: 'Toegang intrekken',
  careTeamRevokeTitle: 'Toegang intrekken?',
  careTeamRevokeConfirm: (name, own) => `${name} kan ${own ? 'uw' : 'het'} zorgplan daarna niet meer zien. Weet u het zeker?`,
  careTeamAnnounceGranted: (name, permission) => `${name} ${permission === 'write' ? 'mag het zorgplan nu lezen en wijzigen' : 'mag het zorgplan nu lezen'}.`,
  careTeamAnnounceRevoked: (name) => `${name} heeft geen toegang meer.`,
};

const en: CareTeamWords = {
  careTeamFixedContact: 'Fixed contact person',
  careTeamRole: 'Role',
  careTeamContact: 'Contact',
  careTeamAccess: 'Access',
  careTeamAccessLevels: { none: 'No access', read: 'May read', write: 'May read and change' },
  careTeamAccessFor: (name) => `What may ${name} do?`,
  careTeamYouDecide: 'You decide who may see your care plan.',
  careTeamPatientHelp: 'Choose for each person what they may do and select Save. You can always change this again.',
  careTeamPatientDecides: 'The patient decides who may see this care plan.',
  careTeamManagerHelp: "As case manager, you record the patient's choice here.",
  careTeamNoChoiceYet: 'Nothing has been chosen for this care plan yet: the whole care team may read and change it.',
  careTeamNoAccount: 'Has no account of their own, so access cannot be arranged.',
  careTeamThisIsYou: 'This is you. You cannot change your own access here.',
  careTeamCaseManagerKeeps: 'This is your fixed contact, who always keeps access.',
  careTeamNotInTeam: 'Not in the care team, but has access.',
  careTeamEmpty: 'There is nobody in the care team yet.',
  careTeamUnchanged: 'Nothing changed.',
  careTeamRevoke: 'Revoke access',
  careTeamRevokeTitle: 'Revoke access?',
  careTeamRevokeConfirm: (name, own) => `${name} will no longer be able to see ${own ? 'your' : 'the'} care plan. Are you sure?`,
  careTeamAnnounceGranted: (name, permission) => `${name} ${permission === 'write' ? 'may now read and change the care plan' : 'may now read the care plan'}.`,
  careTeamAnnounceRevoked: (name) => `${name} no longer has access.`,
};

export const careTeamWords: WordPack<CareTeamWords> = { nl, en };
