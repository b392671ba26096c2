import {ConfigError} from './error.js';

export const defaultBaseUrl = 'https://api.srtgen.com';

const loopbackHosts = new Set(['localhost', '[::1]']);

/** The API origin: https, or plain http for loopback only; no credentials, no query. */
export function resolveBaseUrl(value: string | undefined): URL {
	const text = value ?? defaultBaseUrl;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new ConfigError(`--base-url: '${text}' is not a URL; expected something like ${defaultBaseUrl}.`);
	}

	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new ConfigError(`--base-url: '${url.protocol}' is not supported; use https://.`);
	}

	if (url.username !== '' || url.password !== '') {
		throw new ConfigError('--base-url: credentials in the URL are not accepted; the key goes in SRTGEN_API_KEY.');
	}

	const loopback = loopbackHosts.has(url.hostname) || /^127(\.\d{1,3}){3}$/.test(url.hostname);
	if (url.protocol === 'http:' && !loopback) {
		throw new ConfigError(`--base-url: plain http is accepted only for localhost, since the key would cross the network in clear text; use https://${url.host}.`);
	}

	url.pathname = url.pathname.replace(/\/+$/, '');
	url.search = '';
	url.hash = '';
	return url;
}
