import { apiErrorFromBody, networkError } from '../../../api/api-error';

/**
 * Sends a form with XMLHttpRequest, whose upload progress fetch() cannot
 * report. The server imports rows as the file streams in, so the share of
 * the file sent is the share of rows read; `onProgress` gets 0…1.
 */
export function postWithProgress<T>(path: string, form: FormData, onProgress: (share: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(networkError(new Error('The upload did not reach Sportello')));
    request.onload = () => {
      let body: unknown = request.responseText;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        // Not JSON: the text is kept as the error's message.
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(apiErrorFromBody(request.status, body, request.statusText));
    };
    request.send(form);
  });
}
