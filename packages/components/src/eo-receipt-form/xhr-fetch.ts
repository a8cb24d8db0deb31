// A fetch made on XMLHttpRequest, for the one call that needs upload progress: fetch cannot report
// the progress of a request body (streaming uploads need HTTP/2, and the sandbox and many portals speak
// HTTP/1.1). The SDK takes it per call (`CallOptions.fetch`), so its auth, headers, retries and typed
// errors still apply.

/** Bytes sent so far and the total, as the browser reports them. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** A `fetch` that sends through XMLHttpRequest and reports upload progress to `onProgress`. */
export function xhrFetch(onProgress: (progress: UploadProgress) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    // The serialised multipart body with its boundary, as fetch would have sent it.
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => {
        onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : (body?.size ?? 0) });
      };
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        const empty = xhr.status === 204 || xhr.status === 304;
        resolve(
          new Response(empty ? null : (xhr.response as Blob), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers,
          }),
        );
      };
      // Same errors as fetch: a TypeError for the network, an AbortError for a cancelled call.
      xhr.onerror = () => reject(new TypeError('Failed to fetch'));
      xhr.ontimeout = () => reject(new TypeError('Failed to fetch'));
      xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
      const signal = request.signal;
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(body);
    });
  };
}
