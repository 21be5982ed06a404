import { UnderConstruction } from '../../ui/UnderConstruction';

/** The automations section's start page: a placeholder until the section is built. */
export function AutomationsPage() {
  return <UnderConstruction namespace="automations" />;
}
