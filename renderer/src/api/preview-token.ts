const KEY = 'shuangsuiji.previewToken';
let token: string | undefined;

/**
 * The preview host's access token. It arrives once in the page address (`?token=`); it is kept in
 * sessionStorage and taken out of the address bar, so a reload still works and the address shown
 * (or bookmarked) does not carry the secret.
 */
export function previewToken(): string {
  if (token !== undefined) return token;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url);
  }
  token = sessionStorage.getItem(KEY) ?? '';
  return token;
}
