import {httpTransport} from '../../source/api/httpTransport.js';
import {kyTransport} from '../../source/api/kyTransport.js';
import type {Transport} from '../../source/api/transport.js';

/** The client's two ways of asking: every client test runs over both (ky's; node:http's, the tmux updater's). */
export const transports: Array<[string, Transport]> = [
	['ky', kyTransport],
	['node:http', httpTransport],
];
