import { isMediaType, validateMediaObject } from './validate-media.ts';
import { invalidParam, invalidValue, isObject, missingParam } from './validation-faults.ts';

/** What the rest of the sandbox needs to know about a template send once its shape is valid. */
export interface TemplateSendSummary {
  name: string;
  languageCode: string;
  /** Parameters given per component: `header`, `body`, and `button:<index>`. */
  parameterCounts: Record<string, number>;
}

const COMPONENT_TYPES = ['header', 'body', 'button', 'carousel', 'limited_time_offer'];

export function validateTemplate(value: unknown): TemplateSendSummary {
  if (!isObject(value)) invalidParam('The parameter template is required.');
  if (value.name === undefined) missingParam("Parameter 'template.name' is required.");
  if (typeof value.name !== 'string' || value.name.trim() === '') invalidValue("Parameter 'template.name' must be a non-empty string.");
  const language = value.language;
  if (language === undefined) missingParam("Parameter 'template.language' is required.");
  if (!isObject(language)) invalidValue("Parameter 'template.language' must be an object.");
  if (language.code === undefined) missingParam("Parameter 'template.language.code' is required.");
  if (typeof language.code !== 'string' || language.code.trim() === '') {
    invalidValue("Parameter 'template.language.code' must be a non-empty string.");
  }
  const parameterCounts: Record<string, number> = {};
  if (value.components !== undefined) {
    if (!Array.isArray(value.components)) invalidValue("Parameter 'template.components' must be an array.");
    value.components.forEach((component: unknown, index) => {
      const counted = validateComponent(component, `template.components[${index}]`);
      if (counted) parameterCounts[counted.key] = (parameterCounts[counted.key] ?? 0) + counted.count;
    });
  }
  return { name: value.name, languageCode: language.code, parameterCounts };
}

function validateComponent(component: unknown, path: string): { key: string; count: number } | null {
  if (!isObject(component)) invalidValue(`Parameter '${path}' must be an object.`);
  if (component.type === undefined) missingParam(`Parameter '${path}.type' is required.`);
  const type = typeof component.type === 'string' ? component.type.toLowerCase() : '';
  if (!COMPONENT_TYPES.includes(type)) {
    invalidValue(`Component type must be one of ${COMPONENT_TYPES.join(', ')}; got ${JSON.stringify(component.type)}.`);
  }
  if (type === 'carousel') {
    validateCarousel(component.cards, `${path}.cards`);
    return null;
  }
  let key = type;
  if (type === 'button') {
    if (component.sub_type === undefined) missingParam(`Parameter '${path}.sub_type' is required.`);
    if (component.index === undefined) missingParam(`Parameter '${path}.index' is required.`);
    if (!/^\d+$/.test(String(component.index))) invalidValue(`Parameter '${path}.index' must be a button position.`);
    key = `button:${String(component.index)}`;
  }
  const count = validateParameters(component.parameters, `${path}.parameters`);
  return { key, count };
}

function validateCarousel(cards: unknown, path: string): void {
  if (cards === undefined) missingParam(`Parameter '${path}' is required.`);
  if (!Array.isArray(cards) || cards.length < 1 || cards.length > 10) invalidValue(`Cards count invalid. Min count: 1, Max count: 10`);
  cards.forEach((card: unknown, index) => {
    const cardPath = `${path}[${index}]`;
    if (!isObject(card)) invalidValue(`Parameter '${cardPath}' must be an object.`);
    if (card.card_index === undefined) missingParam(`Parameter '${cardPath}.card_index' is required.`);
    if (!Array.isArray(card.components)) missingParam(`Parameter '${cardPath}.components' is required.`);
    card.components.forEach((component: unknown, i) => validateComponent(component, `${cardPath}.components[${i}]`));
  });
}

/** Returns how many parameters the component carries. */
function validateParameters(parameters: unknown, path: string): number {
  if (parameters === undefined) return 0;
  if (!Array.isArray(parameters)) invalidValue(`Parameter '${path}' must be an array.`);
  let named = 0;
  parameters.forEach((parameter: unknown, index) => {
    const paramPath = `${path}[${index}]`;
    if (!isObject(parameter)) invalidValue(`Parameter '${paramPath}' must be an object.`);
    if (parameter.type === undefined) missingParam(`Parameter '${paramPath}.type' is required.`);
    if (typeof parameter.type !== 'string') invalidValue(`Parameter '${paramPath}.type' must be a string.`);
    if (parameter.parameter_name !== undefined) {
      if (typeof parameter.parameter_name !== 'string' || !/^[a-z_][a-z0-9_]{0,19}$/.test(parameter.parameter_name)) {
        invalidValue(`Parameter '${paramPath}.parameter_name' must use lowercase letters, digits and underscores (at most 20).`);
      }
      named++;
    }
    validateParameterValue(parameter, parameter.type, paramPath);
  });
  if (named > 0 && named < parameters.length) invalidValue(`Parameter '${path}' mixes named and positional parameters.`);
  return parameters.length;
}

function validateParameterValue(parameter: Record<string, unknown>, type: string, path: string): void {
  const requireString = (field: string) => {
    const value = parameter[field];
    if (value === undefined) missingParam(`Parameter '${path}.${field}' is required.`);
    if (typeof value !== 'string') invalidValue(`Parameter '${path}.${field}' must be a string.`);
  };
  if (isMediaType(type)) {
    validateMediaObject(parameter[type], type, `${path}.${type}`);
    return;
  }
  switch (type) {
    case 'text':
    case 'payload':
    case 'coupon_code':
      requireString(type);
      return;
    case 'currency': {
      const currency = parameter.currency;
      if (!isObject(currency)) missingParam(`Parameter '${path}.currency' is required.`);
      for (const field of ['fallback_value', 'code', 'amount_1000']) {
        if (currency[field] === undefined) missingParam(`Parameter '${path}.currency.${field}' is required.`);
      }
      return;
    }
    case 'date_time': {
      const dateTime = parameter.date_time;
      if (!isObject(dateTime)) missingParam(`Parameter '${path}.date_time' is required.`);
      if (dateTime.fallback_value === undefined) missingParam(`Parameter '${path}.date_time.fallback_value' is required.`);
      return;
    }
    case 'location':
    case 'action':
    case 'limited_time_offer':
    case 'product':
      if (!isObject(parameter[type])) missingParam(`Parameter '${path}.${type}' is required.`);
      return;
    default:
      invalidValue(`Parameter type ${JSON.stringify(type)} is not valid.`);
  }
}
