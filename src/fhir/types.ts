/**
 * The small part of FHIR R4's JSON shape this mapping touches. Written here rather than imported from a
 * FHIR type package, so that `izp-sdk/fhir` adds no runtime or type dependency for the host.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Identifier {
  system?: string;
  value?: string;
}
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
  extension?: Extension[];
}
export interface Quantity {
  value?: number;
  comparator?: '<' | '<=' | '>=' | '>';
  unit?: string;
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Annotation {
  text: string;
}
export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  valueCode?: string;
  valueDate?: string;
  valueInstant?: string;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueReference?: Reference;
  valueCoding?: Coding;
}
/** Any FHIR resource; mapped resources are read field by field with checks, never trusted by shape. */
export interface Resource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
  extension?: Extension[];
  [key: string]: unknown;
}
export interface BundleEntry {
  fullUrl?: string;
  resource?: Resource;
  request?: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; ifMatch?: string; ifNoneExist?: string };
  response?: { status: string; etag?: string; location?: string; outcome?: Resource };
  search?: { mode?: string };
}
export interface Bundle extends Resource {
  resourceType: 'Bundle';
  type: 'transaction' | 'collection' | 'batch' | 'searchset' | 'transaction-response' | 'batch-response' | 'history' | 'document' | 'message';
  entry?: BundleEntry[];
  link?: { relation: string; url: string }[];
  timestamp?: string;
}
