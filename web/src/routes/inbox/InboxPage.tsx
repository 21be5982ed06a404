import { UnderConstruction } from '../../ui/UnderConstruction';

/** The inbox section's start page: a placeholder until the section is built. */
export function InboxPage() {
  return <UnderConstruction namespace="inbox" />;
}
