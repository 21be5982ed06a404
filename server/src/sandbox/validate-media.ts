import { charLength, invalidParam, invalidValue, isHttpUrl, isObject, missingParam } from './validation-faults.ts';

export const MEDIA_TYPES = ['image', 'audio', 'video', 'document', 'sticker'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export function isMediaType(type: string): type is MediaType {
  return (MEDIA_TYPES as readonly string[]).includes(type);
}

const CAPTION_MAX = 1024;

/**
 * A media object names its file by exactly one of `id` (uploaded media) or
 * `link` (a public http(s) URL). Audio and stickers take no caption, and only
 * documents carry a filename.
 */
export function validateMediaObject(value: unknown, type: MediaType, path: string = type): void {
  if (!isObject(value)) invalidParam(`The parameter ${path} is required.`);
  const hasId = value.id !== undefined;
  const hasLink = value.link !== undefined;
  if (!hasId && !hasLink) missingParam(`Parameter '${path}' requires one of 'id' or 'link'.`);
  if (hasId && hasLink) invalidValue(`Parameter '${path}' must have only one of 'id' or 'link'.`);
  if (hasId && (typeof value.id !== 'string' || value.id.trim() === '')) invalidValue(`Parameter '${path}.id' must be a non-empty string.`);
  if (hasLink && (typeof value.link !== 'string' || !isHttpUrl(value.link))) {
    invalidValue(`Parameter '${path}.link' must be a valid http or https URL.`);
  }
  if (value.caption !== undefined) {
    if (type === 'audio' || type === 'sticker') invalidParam(`Param ${path}['caption'] is not a valid parameter for ${type} messages.`);
    if (typeof value.caption !== 'string') invalidParam(`Param ${path}['caption'] must be a string.`);
    if (charLength(value.caption) > CAPTION_MAX) invalidParam(`Param ${path}['caption'] must be at most ${CAPTION_MAX} characters long.`);
  }
  if (value.filename !== undefined) {
    if (type !== 'document') invalidParam(`Param ${path}['filename'] is not a valid parameter for ${type} messages.`);
    if (typeof value.filename !== 'string' || value.filename.trim() === '') invalidParam(`Param ${path}['filename'] must be a non-empty string.`);
  }
}
