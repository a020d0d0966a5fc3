/**
 * Form fields with their label, help and error message wired for assistive technology: the error is
 * linked with aria-describedby and the field marked aria-invalid, so a screen reader says both.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface FieldOptions {
  /** The form's prefix, so ids are unique when one shadow root holds several forms. */
  form: string;
  /** The name in FormData; for nested fields the core's path (`targets.0.due`). */
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number' | 'textarea' | 'select';
  value?: string | number | undefined;
  required?: boolean;
  help?: string | undefined;
  error?: string | undefined;
  options?: readonly (readonly [string, string])[];
  /** `any` for free decimals; bound as a property (an empty step is the default, as if absent). */
  step?: string;
  maxlength?: number;
}

export function field(o: FieldOptions) {
  const id = `${o.form}-${o.name.replace(/\W/g, '-')}`;
  const describedBy = [o.help ? `${id}-help` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const value = o.value === undefined ? '' : String(o.value);
  const control =
    o.type === 'textarea'
      ? html`<textarea id=${id} name=${o.name} ?required=${o.required} maxlength=${ifDefined(o.maxlength ?? 2000)}
          aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)} .value=${value}></textarea>`
      : o.type === 'select'
        ? html`<select id=${id} name=${o.name} ?required=${o.required} aria-invalid=${o.error ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy)}>
            ${o.required ? nothing : html`<option value="" ?selected=${value === ''}>—</option>`}
            ${(o.options ?? []).map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`)}
          </select>`
        : html`<input id=${id} name=${o.name} type=${o.type ?? 'text'} ?required=${o.required} .step=${o.step ?? ''}
            maxlength=${ifDefined(o.type === 'text' || !o.type ? (o.maxlength ?? 200) : undefined)}
            aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)} .value=${value} />`;
  return html`<div class="field">
    <label for=${id}>${o.label}${o.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${o.help ? html`<span class="help" id="${id}-help">${o.help}</span>` : nothing}
    ${control}
    ${o.error ? html`<span class="error" id="${id}-error">${o.error}</span>` : nothing}
  </div>`;
}

/**
 * Reads a form into a plain object for the core: empty fields are left out (the core's schemas then say
 * which required ones are missing), `a.0.b` paths become nested arrays and objects, and `number` inputs
 * become numbers. The core, not the form, decides what is valid.
 */
export function readForm(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    const input = element as HTMLInputElement;
    if (!input.name || input.disabled || input.value === '') continue;
    if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) continue;
    const value: unknown = input.type === 'number' ? Number(input.value) : input.value;
    setPath(out, input.name.split('.'), value);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(path[i + 1]!);
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

/** Only https, mailto and tel links are ever made clickable; anything else stays plain text. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ['https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
