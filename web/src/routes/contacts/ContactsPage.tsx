import { UnderConstruction } from '../../ui/UnderConstruction';

/** The contacts section's start page: a placeholder until the section is built. */
export function ContactsPage() {
  return <UnderConstruction namespace="contacts" />;
}
