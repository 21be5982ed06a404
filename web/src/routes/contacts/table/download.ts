import { apiFetch } from '../../../api/client';

/** The file name of a Content-Disposition header, or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ?? fallback;
}

/**
 * Downloads the CSV export of the contacts the filters select. Fetched rather
 * than linked, so a refusal (an unknown field in the filter…) is shown in the
 * page instead of being saved as a file.
 */
export async function downloadContactsCsv(search: URLSearchParams): Promise<void> {
  const query = search.toString();
  const response = await apiFetch(`/api/v1/contacts/export.csv${query ? `?${query}` : ''}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), 'contacts.csv');
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returned; the next tick frees it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
