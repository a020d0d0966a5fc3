import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { EducationLink, PlanProfile } from '../../core/index.js';
import { field } from '../shared/fields.js';
import { ModuleElement } from '../shared/module-element.js';
import { moduleStyles } from '../shared/module.styles.js';
import { ProfileEditor, readRows, removeCheck, type ReadSection } from '../shared/profile-editor.js';

/** Only https links become clickable: a plan is read by patients, and `javascript:` or plain http never is. */
export function httpsHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Information for the patient: links to the sociale kaart, a patient association, a leaflet. A link is
 * clickable only when it is https and opens in the same tab; anything else stays text. The care team
 * (with write access, in the professional view) adds, changes and removes links, saved with the version
 * they saw; the core refuses anything but https and names the field.
 *
 * Place it inside `<izp-plan>`; `<izp-modules>` shows it with the other modules.
 *
 * @tagname izp-links
 * @event izp-profile-updated - The links were saved; `detail.profile` is the plan's profile as stored.
 * @event izp-error - A save failed (`detail.action` is `updateProfile`); nothing was stored and the input was kept.
 * @csspart section - The section, a `<details>` with its name and how many links as summary.
 * @csspart conflict - The message when someone else saved first, with reload and re-apply.
 * @csspart error - The message when a save failed.
 * @cssproperty --izp-modules-section-background - Background of the section.
 * @cssproperty --izp-color-primary - Colour of the links and buttons.
 * @cssproperty --izp-spacing - The base spacing unit.
 */
export class IzpLinks extends ModuleElement {
  static override styles = moduleStyles;

  /** Unfold the sections also when they are empty (default: only those with content); the user may still fold them. */
  @property({ type: Boolean }) override open = false;


  private readonly editor = new ProfileEditor(this, {
    context: () => this.ctx,
    root: () => this.renderRoot,
    sectionName: () => this.name,
    read: () => (values) => this.read(values),
    saved: (profile) => this.emit('izp-profile-updated', { profile }),
  });

  protected override forget(): void {
    super.forget();
    this.editor.reset();
  }

  private get name(): string {
    return this.sectionName('links');
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    if (!snapshot) return nothing;
    const { t } = this.ctx.l;
    const links = snapshot.profile?.links ?? [];
    const canEdit = this.editor.canEdit(snapshot);
    if (links.length === 0 && !canEdit) return nothing;
    return this.renderSection({
      key: 'links', hasContent: links.length > 0, hint: links.length ? t.modCount.links(links.length) : t.modEmpty,
      body: canEdit && this.editor.editing.has('links')
        ? this.editor.renderForm('links', this.renderRows(snapshot.profile))
        : this.editor.renderRead('links', this.name, links.length ? html`<ul class="links">${links.map((link) => this.renderLink(link))}</ul>` : null, canEdit),
    });
  }

  private renderLink(link: EducationLink) {
    const href = httpsHref(link.url);
    return html`<li>${href ? html`<a href=${href}>${link.title}</a>`
      : html`${link.title} <span class="help">(${link.url}: ${this.ctx!.l.t.modLinkUnsafe})</span>`}</li>`;
  }

  /** One fieldset per link, then blank ones; an existing link can be ticked for removal. */
  private renderRows(profile: PlanProfile | null) {
    const { t } = this.ctx!.l;
    const f = 'mod-links';
    const rows = [];
    for (let i = 0; i < this.editor.rowCount('links', profile); i++) {
      const err = (name: string) => this.editor.fieldError('links', '', { row: i, field: name });
      const link = profile?.links[i];
      rows.push(html`<fieldset>
        <legend>${t.modLink(i + 1)}</legend>
        ${field({ form: f, name: `links.${i}.title`, label: t.modLinkTitle, value: link?.title, error: err('title') })}
        ${field({ form: f, name: `links.${i}.url`, label: t.modLinkUrl, help: t.modLinkUrlHelp, value: link?.url, error: err('url'), maxlength: 2000 })}
        ${link ? removeCheck(f, 'links', i, t.modRemove) : nothing}
      </fieldset>`);
    }
    return rows;
  }

  private read(values: Record<string, unknown>): ReadSection {
    const { items, rows } = readRows(values, 'links', ['title', 'url']);
    return { changes: { links: items.map(({ title, url }) => ({ title: title!, url: url! })) }, rows };
  }
}
