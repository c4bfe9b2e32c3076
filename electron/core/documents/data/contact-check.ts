import type { Settings } from '../../settings/settings-service.ts';
import { TEMPLATE_SPECS, type DocumentType } from '../templates/template-catalog.ts';
import { requireFilled, type ParsedTemplate } from '../templates/template-format.ts';

const NAMES = { 'contact.name': '联系人', 'contact.phone': '联系电话' };

/**
 * Refuses, before any 文号 is taken, to print a document whose template shows 联系人 or 联系电话
 * while the settings leave them empty: a notice must tell the entity whom to call.
 */
export function requireContact(
  type: DocumentType,
  template: ParsedTemplate,
  settings: Pick<Settings, 'contactName' | 'contactPhone'>,
): void {
  requireFilled(
    TEMPLATE_SPECS[type],
    template,
    { 'contact.name': settings.contactName, 'contact.phone': settings.contactPhone },
    NAMES,
    '“设置”',
  );
}
