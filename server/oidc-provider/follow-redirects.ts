/**
 * A browser's part of the authorization request, for server tests: follows the provider's
 * redirects (keeping its cookies, as a browser would) until it sends us to `redirectUri`, and
 * answers that URL, like `identity.launchWebAuthFlow` does.
 */
export function followToRedirect(redirectUri: string) {
  return async (start: string): Promise<string> => {
    const cookies = new Map<string, string>();
    let url = start;
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUri)) return url;
      const response = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`${url} answered ${response.status} without a redirect`);
      url = new URL(location, url).href;
    }
    throw new Error('too many redirects');
  };
}
