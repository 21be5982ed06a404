import { isApiError } from '../../../api/api-error';
import type { DefinitionProblem } from './types';

/** The problems of a definition the server refused with 422 invalid_definition, each naming its step; [] for any other error. */
export function definitionProblemsOf(error: unknown): DefinitionProblem[] {
  if (!isApiError(error) || error.code !== 'invalid_definition') return [];
  const details = error.details as { problems?: unknown } | undefined;
  if (!details || !Array.isArray(details.problems)) return [];
  return details.problems.filter(
    (p): p is DefinitionProblem =>
      typeof p === 'object' && p !== null && typeof (p as DefinitionProblem).message === 'string' && 'step' in p,
  );
}
