/** WhatsApp's limits on reply buttons and lists (server: channels/outbound-content.ts). */
export const LIMITS = { buttons: 3, buttonTitle: 20, rows: 10, rowTitle: 24, rowDescription: 72, listButton: 20, buttonsBody: 1024, listBody: 4096 } as const;

export type ButtonsContent = { type: 'buttons'; text: string; buttons: Array<{ id: string; title: string }> };
export type ListContent = {
  type: 'list';
  text: string;
  buttonText: string;
  sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }>;
};

/** Ids a reply comes back with: readable, from the titles, unique. */
export function optionIds(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, index) => {
    const base =
      title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40) || `option-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

export type ContentProblem =
  | { key: 'textRequired' }
  | { key: 'textTooLong'; max: number }
  | { key: 'optionRequired' }
  | { key: 'tooMany'; max: number }
  | { key: 'titleTooLong'; max: number; title: string }
  | { key: 'duplicateTitle'; title: string }
  | { key: 'descriptionTooLong'; max: number; title: string }
  | { key: 'buttonTextRequired' }
  | { key: 'buttonTextTooLong'; max: number };

function checkTitles(titles: string[], max: number, maxTitle: number): ContentProblem | null {
  if (titles.length === 0) return { key: 'optionRequired' };
  if (titles.length > max) return { key: 'tooMany', max };
  const seen = new Set<string>();
  for (const title of titles) {
    if (title.length > maxTitle) return { key: 'titleTooLong', max: maxTitle, title };
    if (seen.has(title)) return { key: 'duplicateTitle', title };
    seen.add(title);
  }
  return null;
}

/** A message with up to 3 reply buttons, or the first thing wrong with it. Empty button rows are left out. */
export function buildButtons(text: string, titles: string[]): ButtonsContent | ContentProblem {
  const body = text.trim();
  if (!body) return { key: 'textRequired' };
  if (body.length > LIMITS.buttonsBody) return { key: 'textTooLong', max: LIMITS.buttonsBody };
  const kept = titles.map((title) => title.trim()).filter(Boolean);
  const problem = checkTitles(kept, LIMITS.buttons, LIMITS.buttonTitle);
  if (problem) return problem;
  const ids = optionIds(kept);
  return { type: 'buttons', text: body, buttons: kept.map((title, i) => ({ id: ids[i]!, title })) };
}

/** A list message (one section, up to 10 rows), or the first thing wrong with it. Rows without a title are left out. */
export function buildList(text: string, buttonText: string, rows: Array<{ title: string; description: string }>): ListContent | ContentProblem {
  const body = text.trim();
  if (!body) return { key: 'textRequired' };
  if (body.length > LIMITS.listBody) return { key: 'textTooLong', max: LIMITS.listBody };
  const label = buttonText.trim();
  if (!label) return { key: 'buttonTextRequired' };
  if (label.length > LIMITS.listButton) return { key: 'buttonTextTooLong', max: LIMITS.listButton };
  const kept = rows.map((row) => ({ title: row.title.trim(), description: row.description.trim() })).filter((row) => row.title);
  const problem = checkTitles(kept.map((row) => row.title), LIMITS.rows, LIMITS.rowTitle);
  if (problem) return problem;
  const long = kept.find((row) => row.description.length > LIMITS.rowDescription);
  if (long) return { key: 'descriptionTooLong', max: LIMITS.rowDescription, title: long.title };
  const ids = optionIds(kept.map((row) => row.title));
  return {
    type: 'list',
    text: body,
    buttonText: label,
    sections: [{ rows: kept.map((row, i) => ({ id: ids[i]!, title: row.title, ...(row.description ? { description: row.description } : {}) })) }],
  };
}

export function isProblem(value: ButtonsContent | ListContent | ContentProblem): value is ContentProblem {
  return 'key' in value;
}
