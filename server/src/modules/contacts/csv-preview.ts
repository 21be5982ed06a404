import type { Deps } from '../../deps.ts';
import type { Principal } from '../accounts/principal.ts';
import { compileMapping, suggestMapping, type MappingProblem } from './csv-mapping.ts';
import { drain, previewCsv, type Delimiter } from './csv-reader.ts';
import { loadFieldDefinitions } from './fields.ts';

export const PREVIEW_ROWS = 5;

export interface ImportPreview {
  headers: string[];
  delimiter: Delimiter;
  /** The first rows as header → cell. */
  sample: Array<Record<string, string>>;
  suggestedMapping: Record<string, string>;
  /** Present when a mapping was sent: what an import with it would refuse (empty when none). */
  mappingProblems?: MappingProblem[];
}

/** What the console shows before an import: columns, first rows and a mapping guessed from header names. */
export async function previewImport(
  deps: Pick<Deps, 'database'>,
  principal: Principal,
  mapping: Record<string, unknown> | undefined,
  source: AsyncIterable<Buffer | string>,
): Promise<ImportPreview> {
  let definitions;
  try {
    definitions = await loadFieldDefinitions(deps.database.db, principal.accountId);
  } catch (err) {
    await drain(source);
    throw err;
  }
  const { delimiter, headers, records } = await previewCsv(source, PREVIEW_ROWS);
  const sample = records.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''] as const).filter(([h]) => h.length > 0)));
  const preview: ImportPreview = { headers, delimiter, sample, suggestedMapping: suggestMapping(headers, definitions) };
  if (mapping) {
    const compiled = compileMapping(headers, mapping, definitions);
    preview.mappingProblems = compiled.ok ? [] : compiled.problems;
  }
  return preview;
}
