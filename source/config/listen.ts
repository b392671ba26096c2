import {ConfigError} from './error.js';

/** Where the exporter listens. */
export type Listen = {host: string; port: number};

/** Loopback: credits are a business's numbers, served to the network only when asked to. */
export const defaultListen = '127.0.0.1:9464';

/** HOST:PORT, or [IPv6]:PORT; port 0 takes any free port (the exporter says which). */
export function parseListen(value: string | undefined): Listen {
	const text = value ?? defaultListen;
	const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(text.trim());
	const port = Number(match?.[3]);
	if (match === null || port > 65_535) {
		throw new ConfigError(
			`--listen: '${text}' is not accepted; give HOST:PORT, e.g. --listen ${defaultListen} (or [::1]:9464).`,
		);
	}

	return {host: match[1] ?? match[2]!, port};
}

/** HOST:PORT as it is written on the command line: an IPv6 host in brackets. */
export function listenText({host, port}: Listen): string {
	return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address. */
const loopback = /^(?:(?:::ffff:)?127\.\d+\.\d+\.\d+|::1)$/i;

/**
 * The warning for an exporter bound beyond loopback (`bound` is the address it is bound to, so a
 * host name, `0` or `::` is judged by what it became), undefined on loopback.
 */
export function exposureWarning(bound: string, listen: Listen): string | undefined {
	return loopback.test(bound)
		? undefined
		: `--listen ${listenText(listen)} serves the balances to anyone who can reach the port, without authentication: put a firewall, or a reverse proxy with TLS and authentication, in front.`;
}
