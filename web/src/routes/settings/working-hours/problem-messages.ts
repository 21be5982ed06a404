import type { TFunction } from 'i18next';
import type { DraftErrors, DraftProblem } from './schedule-form';

/** The editor's own findings in the user's language, then the server's for what it alone caught. */
export function errorMessages(t: TFunction<'settings'>, problems: Record<string, DraftProblem>, serverErrors: DraftErrors): DraftErrors {
  const messages: DraftErrors = { ...serverErrors };
  for (const [path, problem] of Object.entries(problems)) {
    messages[path] =
      problem.kind === 'overlap'
        ? t('workingHours.problems.overlap', { from: problem.with.from, to: problem.with.to })
        : t(`workingHours.problems.${problem.kind}`);
  }
  return messages;
}
