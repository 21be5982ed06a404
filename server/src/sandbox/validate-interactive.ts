import { isMediaType, validateMediaObject } from './validate-media.ts';
import {
  charLength,
  invalidParam,
  invalidValue,
  isHttpUrl,
  isObject,
  missingParam,
  requireTextLength,
} from './validation-faults.ts';

/** Interactive kinds the sandbox checks and renders; others are refused rather than half-simulated. */
export const INTERACTIVE_TYPES = ['button', 'list', 'cta_url', 'location_request_message'] as const;

const LIMITS = {
  buttonBody: 1024,
  listBody: 4096,
  headerText: 60,
  footerText: 60,
  buttons: 3,
  buttonId: 256,
  buttonTitle: 20,
  listButton: 20,
  sections: 10,
  rows: 10,
  rowId: 200,
  rowTitle: 24,
  rowDescription: 72,
  sectionTitle: 24,
  ctaDisplayText: 20,
} as const;

export function validateInteractive(value: unknown): void {
  if (!isObject(value)) invalidParam('The parameter interactive is required.');
  const type = value.type;
  if (type === undefined) missingParam("Parameter 'interactive.type' is required.");
  if (typeof type !== 'string' || !(INTERACTIVE_TYPES as readonly string[]).includes(type)) {
    invalidValue(`Interactive type must be one of ${INTERACTIVE_TYPES.join(', ')}; got ${JSON.stringify(type)}.`);
  }
  switch (type) {
    case 'button':
      validateHeader(value.header, ['text', 'image', 'video', 'document']);
      validateBody(value.body, LIMITS.buttonBody);
      validateFooter(value.footer);
      validateReplyButtons(value.action);
      return;
    case 'list':
      validateHeader(value.header, ['text']);
      validateBody(value.body, LIMITS.listBody);
      validateFooter(value.footer);
      validateListAction(value.action);
      return;
    case 'cta_url':
      validateHeader(value.header, ['text', 'image', 'video', 'document']);
      validateBody(value.body, LIMITS.buttonBody);
      validateFooter(value.footer);
      validateCtaUrlAction(value.action);
      return;
    case 'location_request_message':
      validateBody(value.body, LIMITS.buttonBody);
      if (!isObject(value.action)) missingParam("Parameter 'interactive.action' is required.");
      if (value.action.name !== 'send_location') invalidValue("Parameter 'interactive.action.name' must be 'send_location'.");
      return;
  }
}

function validateHeader(header: unknown, allowed: readonly string[]): void {
  if (header === undefined) return;
  if (!isObject(header)) invalidValue("Parameter 'interactive.header' must be an object.");
  const type = header.type;
  if (type === undefined) missingParam("Parameter 'interactive.header.type' is required.");
  if (typeof type !== 'string' || !allowed.includes(type)) {
    invalidValue(`Header type must be one of ${allowed.join(', ')}; got ${JSON.stringify(type)}.`);
  }
  if (type === 'text') {
    requireTextLength(header.text, 'Header text', 'interactive.header.text', LIMITS.headerText);
    return;
  }
  if (isMediaType(type)) {
    const media = header[type];
    if (isObject(media) && media.caption !== undefined) invalidValue('Media headers take no caption.');
    validateMediaObject(media, type, `interactive.header.${type}`);
  }
}

function validateBody(body: unknown, max: number): void {
  if (body === undefined) missingParam("Parameter 'interactive.body' is required.");
  if (!isObject(body)) invalidValue("Parameter 'interactive.body' must be an object.");
  requireTextLength(body.text, 'Body text', 'interactive.body.text', max);
}

function validateFooter(footer: unknown): void {
  if (footer === undefined) return;
  if (!isObject(footer)) invalidValue("Parameter 'interactive.footer' must be an object.");
  requireTextLength(footer.text, 'Footer text', 'interactive.footer.text', LIMITS.footerText);
}

function validateReplyButtons(action: unknown): void {
  if (!isObject(action)) missingParam("Parameter 'interactive.action' is required.");
  const buttons = action.buttons;
  if (buttons === undefined) missingParam("Parameter 'interactive.action.buttons' is required.");
  if (!Array.isArray(buttons)) invalidValue("Parameter 'interactive.action.buttons' must be an array.");
  if (buttons.length < 1 || buttons.length > LIMITS.buttons) {
    invalidValue(`Buttons count invalid. Min count: 1, Max count: ${LIMITS.buttons}`);
  }
  const ids = new Set<string>();
  const titles = new Set<string>();
  buttons.forEach((button: unknown, index) => {
    const path = `interactive.action.buttons[${index}]`;
    if (!isObject(button)) invalidValue(`Parameter '${path}' must be an object.`);
    if (button.type === undefined) missingParam(`Parameter '${path}.type' is required.`);
    if (button.type !== 'reply') invalidValue(`Button type must be 'reply'; got ${JSON.stringify(button.type)}.`);
    const reply = button.reply;
    if (!isObject(reply)) missingParam(`Parameter '${path}.reply' is required.`);
    const id = requireButtonId(reply.id, `${path}.reply.id`, 'Button id', LIMITS.buttonId);
    const title = requireTextLength(reply.title, 'Button title', `${path}.reply.title`, LIMITS.buttonTitle);
    if (ids.has(id)) invalidValue(`Button id is not unique: ${JSON.stringify(id)}.`);
    if (titles.has(title)) invalidValue(`Button title is not unique: ${JSON.stringify(title)}.`);
    ids.add(id);
    titles.add(title);
  });
}

/** Reply and row ids come back verbatim in the customer's answer, so Meta refuses padded ones. */
function requireButtonId(value: unknown, path: string, label: string, max: number): string {
  const id = requireTextLength(value, label, path, max);
  if (id.trim() !== id) invalidValue(`${label} must not have leading or trailing spaces.`);
  return id;
}

function validateListAction(action: unknown): void {
  if (!isObject(action)) missingParam("Parameter 'interactive.action' is required.");
  requireTextLength(action.button, 'Button text', 'interactive.action.button', LIMITS.listButton);
  const sections = action.sections;
  if (sections === undefined) missingParam("Parameter 'interactive.action.sections' is required.");
  if (!Array.isArray(sections)) invalidValue("Parameter 'interactive.action.sections' must be an array.");
  if (sections.length < 1 || sections.length > LIMITS.sections) {
    invalidValue(`Sections count invalid. Min count: 1, Max count: ${LIMITS.sections}`);
  }
  const rowIds = new Set<string>();
  let rowCount = 0;
  sections.forEach((section: unknown, sectionIndex) => {
    const path = `interactive.action.sections[${sectionIndex}]`;
    if (!isObject(section)) invalidValue(`Parameter '${path}' must be an object.`);
    // A single section may go untitled; with several, each needs a title to tell them apart.
    if (section.title !== undefined || sections.length > 1) {
      requireTextLength(section.title, 'Section title', `${path}.title`, LIMITS.sectionTitle);
    }
    const rows = section.rows;
    if (rows === undefined) missingParam(`Parameter '${path}.rows' is required.`);
    if (!Array.isArray(rows) || rows.length < 1) invalidValue(`Parameter '${path}.rows' must be a non-empty array.`);
    rows.forEach((row: unknown, rowIndex) => {
      const rowPath = `${path}.rows[${rowIndex}]`;
      if (!isObject(row)) invalidValue(`Parameter '${rowPath}' must be an object.`);
      const id = requireButtonId(row.id, `${rowPath}.id`, 'Row id', LIMITS.rowId);
      requireTextLength(row.title, 'Row title', `${rowPath}.title`, LIMITS.rowTitle);
      if (row.description !== undefined) {
        if (typeof row.description !== 'string') invalidValue('Row description must be a string.');
        if (charLength(row.description) > LIMITS.rowDescription) {
          invalidValue(`Row description length invalid. Min length: 0, Max length: ${LIMITS.rowDescription}`);
        }
      }
      if (rowIds.has(id)) invalidValue(`Row id is not unique: ${JSON.stringify(id)}.`);
      rowIds.add(id);
    });
    rowCount += rows.length;
  });
  if (rowCount > LIMITS.rows) invalidValue(`Total row count exceed max allowed count: ${LIMITS.rows}`);
}

function validateCtaUrlAction(action: unknown): void {
  if (!isObject(action)) missingParam("Parameter 'interactive.action' is required.");
  if (action.name !== 'cta_url') invalidValue("Parameter 'interactive.action.name' must be 'cta_url'.");
  const parameters = action.parameters;
  if (!isObject(parameters)) missingParam("Parameter 'interactive.action.parameters' is required.");
  requireTextLength(parameters.display_text, 'Display text', 'interactive.action.parameters.display_text', LIMITS.ctaDisplayText);
  if (parameters.url === undefined) missingParam("Parameter 'interactive.action.parameters.url' is required.");
  if (typeof parameters.url !== 'string' || !isHttpUrl(parameters.url)) invalidValue('URL must be a valid http or https URL.');
}
