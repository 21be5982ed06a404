import { UnderConstruction } from '../../ui/UnderConstruction';

/** The settings section's start page: a placeholder until the section is built. */
export function SettingsPage() {
  return <UnderConstruction namespace="settings" />;
}
