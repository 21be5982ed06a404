import { UnderConstruction } from '../../ui/UnderConstruction';

/** The tickets section's start page: a placeholder until the section is built. */
export function TicketsPage() {
  return <UnderConstruction namespace="tickets" />;
}
