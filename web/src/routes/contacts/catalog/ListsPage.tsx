import { NamedCatalogPage } from './NamedCatalogPage';

/** /contacts/lists */
export function ListsPage() {
  return <NamedCatalogPage kind="lists" />;
}
