/**
 * Whether a name in the config file may be a key pasted in the wrong place: one of the secrets in
 * use, a provider's prefix (`sk_live_…`), or a long run of letters and digits with no word break.
 * Such a name is never repeated in a message: messages reach terminals, logs and bug reports.
 */
export function looksLikeKey(name: string, secrets: readonly string[] = []): boolean {
	return secrets.includes(name)
		|| /^[a-z]{2,4}[_-](?:live|test|prod)?[_-]?[\da-z]{8,}/i.test(name)
		|| (name.length >= 16 && /^[\w+/=.-]+$/.test(name) && /\d/.test(name) && /[a-z]/i.test(name) && !/^[a-z]+(?:-[a-z]+)*\d*$/.test(name));
}
