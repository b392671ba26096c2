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
		throw new ConfigError(`--listen: '${text}' is not accepted; give HOST:PORT, e.g. --listen ${defaultListen} (or [::1]:9464).`);
	}

	return {host: match[1] ?? match[2]!, port};
}
