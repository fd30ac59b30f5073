/**
 * URLs with a user name or password (`https://user:secret@host/…`). factex never sends credentials: such a URL is
 * refused before any request, and it is never echoed with its password — error messages and labels show it with
 * `***` in their place (third new-user trial: the fetch library's error printed the password to stderr).
 * In a module of its own, so that planning the inputs does not load the network code.
 *
 * @module
 */

/** The scheme and the user information of an http(s) URL: `https://` and `user:secret@`. */
const USER_INFO = /^(https?:\/\/)([^/?#@]*)@/i;

/** Why a URL with credentials is not fetched (the message of its one-line error). */
export const CREDENTIALS_REFUSED = 'a URL with a user name or password is not fetched (factex never sends credentials)';

/** True when the http(s) URL `url` holds a user name or password before its host. */
export function hasCredentials(url: string): boolean {
  return USER_INFO.test(url);
}

/** `url` with its user information replaced by `***` (`https://***@host/…`); other strings unchanged. */
export function withoutCredentials(url: string): string {
  return url.replace(USER_INFO, '$1***@');
}
