import type { GraphFault } from './graph-errors.ts';
import type { TemplateSendSummary } from './validate-template.ts';

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';

/** A message template as the sandbox needs it to judge template sends. */
export interface SandboxTemplate {
  name: string;
  language: string;
  /** Meta's template status: only APPROVED templates can be sent. */
  status: string;
  category: TemplateCategory;
  /** Parameters each component expects, keyed "header", "body", "button:<index>"; absent keys expect none. */
  parameterCounts: Record<string, number>;
}

/**
 * Templates per WABA. A WABA with no registered template is "unmanaged" and
 * any template name is accepted there; once template management registers
 * one, the registry is authoritative for that WABA and unknown, unapproved
 * or wrongly parameterised sends are refused as Meta refuses them.
 */
export type TemplateRegistry = Map<string, Map<string, SandboxTemplate>>;

function keyOf(name: string, language: string): string {
  return `${name}\u0000${language}`;
}

export function registerTemplate(registry: TemplateRegistry, wabaId: string, template: SandboxTemplate): void {
  let templates = registry.get(wabaId);
  if (!templates) {
    templates = new Map();
    registry.set(wabaId, templates);
  }
  templates.set(keyOf(template.name, template.language), { ...template, parameterCounts: { ...template.parameterCounts } });
}

export function removeTemplate(registry: TemplateRegistry, wabaId: string, name: string, language: string): boolean {
  return registry.get(wabaId)?.delete(keyOf(name, language)) ?? false;
}

export function findTemplate(
  registry: TemplateRegistry,
  wabaId: string,
  name: string,
  language: string,
): SandboxTemplate | undefined {
  return registry.get(wabaId)?.get(keyOf(name, language));
}

/** Why Meta would refuse this template send, or null when it would accept it. */
export function checkTemplateSend(registry: TemplateRegistry, wabaId: string, send: TemplateSendSummary): GraphFault | null {
  const templates = registry.get(wabaId);
  if (!templates || templates.size === 0) return null;
  const template = templates.get(keyOf(send.name, send.languageCode));
  if (!template) {
    return { code: 132001, details: `template name (${send.name}) does not exist in ${send.languageCode}` };
  }
  if (template.status === 'PAUSED') return { code: 132015 };
  if (template.status === 'DISABLED') return { code: 132016 };
  if (template.status !== 'APPROVED') {
    return { code: 132001, details: `template name (${send.name}) does not exist in ${send.languageCode}` };
  }
  const keys = new Set([...Object.keys(template.parameterCounts), ...Object.keys(send.parameterCounts)]);
  for (const key of [...keys].sort()) {
    const expected = template.parameterCounts[key] ?? 0;
    const given = send.parameterCounts[key] ?? 0;
    if (expected !== given) {
      return {
        code: 132000,
        details: `${key}: number of localizable_params (${given}) does not match the expected number of params (${expected})`,
      };
    }
  }
  return null;
}
