import { NamedCatalogPage } from './NamedCatalogPage';

/** /contacts/tags */
export function TagsPage() {
  return <NamedCatalogPage kind="tags" />;
}
