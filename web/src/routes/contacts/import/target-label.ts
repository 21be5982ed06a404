import type { TFunction } from 'i18next';
import type { FieldDefinition } from '../data';
import { fieldKeyOf, IGNORE, type Target } from './column-mapping';

/** How a mapping target reads in the wizard: the attribute's name, or the dynamic field's label. */
export function targetLabel(target: Target, fields: readonly FieldDefinition[], t: TFunction<'contacts'>): string {
  if (target === IGNORE) return t('import.ignore');
  const key = fieldKeyOf(target);
  if (key !== null) return fields.find((f) => f.key === key)?.label ?? key;
  return t(`attributes.${target}`, { defaultValue: target });
}
