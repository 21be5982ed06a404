/**
 * One line a person can read for any message, in either direction: the
 * conversation view and the phone page show it, tests assert on it.
 */

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const MEDIA_LABELS: Record<string, string> = {
  image: 'Photo',
  video: 'Video',
  audio: 'Audio',
  document: 'Document',
  sticker: 'Sticker',
};

function mediaText(type: string, media: Json): string {
  const label = MEDIA_LABELS[type] ?? type;
  const name = str(media.filename);
  const caption = str(media.caption);
  return [`[${label}${name ? `: ${name}` : ''}]`, caption].filter(Boolean).join(' ');
}

function locationText(location: Json): string {
  const place = [str(location.name), str(location.address)].filter(Boolean).join(', ');
  return place ? `[Location] ${place}` : `[Location] ${String(location.latitude)}, ${String(location.longitude)}`;
}

function contactsText(contacts: unknown): string {
  const names = Array.isArray(contacts) ? contacts.map((c) => str(obj(obj(c).name).formatted_name)).filter(Boolean) : [];
  return `[Contact] ${names.join(', ')}`.trim();
}

/** Template parameters in order, as "name (lang): a · b"; the sandbox does not know the template's own text. */
function templateText(template: Json): string {
  const language = str(obj(template.language).code);
  const components = Array.isArray(template.components) ? template.components.map(obj) : [];
  const values = components
    .filter((component) => component.type === 'header' || component.type === 'body')
    .flatMap((component) => (Array.isArray(component.parameters) ? component.parameters.map(obj) : []))
    .map((parameter) => str(parameter.text) ?? str(obj(parameter.currency).fallback_value) ?? str(obj(parameter.date_time).fallback_value))
    .filter(Boolean);
  const head = `[Template] ${str(template.name) ?? '?'}${language ? ` (${language})` : ''}`;
  return values.length > 0 ? `${head}: ${values.join(' · ')}` : head;
}

function interactiveText(interactive: Json): string {
  const body = str(obj(interactive.body).text) ?? '';
  const header = obj(interactive.header);
  const headerText = header.type === 'text' ? str(header.text) : undefined;
  return [headerText, body].filter(Boolean).join('\n');
}

/** Text of a message the business sent, from the Graph request body. */
export function outboundText(type: string, body: Json): string {
  const content = obj(body[type]);
  switch (type) {
    case 'text':
      return str(content.body) ?? '';
    case 'interactive':
      return interactiveText(content);
    case 'template':
      return templateText(content);
    case 'location':
      return locationText(content);
    case 'contacts':
      return contactsText(body.contacts);
    case 'reaction':
      return str(content.emoji) ? `Reacted ${String(content.emoji)}` : 'Removed a reaction';
    default:
      return type in MEDIA_LABELS ? mediaText(type, content) : `[${type}]`;
  }
}

/** Text of a customer's message, from the webhook message object. */
export function inboundText(message: Json): string {
  const type = str(message.type) ?? 'unknown';
  switch (type) {
    case 'text':
      return str(obj(message.text).body) ?? '';
    case 'interactive': {
      const interactive = obj(message.interactive);
      const reply = obj(interactive.button_reply ?? interactive.list_reply);
      return str(reply.title) ?? '';
    }
    case 'button':
      return str(obj(message.button).text) ?? '';
    case 'location':
      return locationText(obj(message.location));
    case 'contacts':
      return contactsText(message.contacts);
    case 'reaction': {
      const emoji = str(obj(message.reaction).emoji);
      return emoji ? `Reacted ${emoji}` : 'Removed a reaction';
    }
    default:
      return type in MEDIA_LABELS ? mediaText(type, obj(message[type])) : `[${type}]`;
  }
}
