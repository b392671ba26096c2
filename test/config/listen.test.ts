import {expect, test} from 'vitest';
import {exposureWarning, listenText, parseListen} from '../../source/config/listen.js';

test('an IPv6 host keeps its brackets wherever --listen is said', () => {
	expect(listenText(parseListen('[1:2]:0'))).toBe('[1:2]:0');
	expect(listenText(parseListen('0:9464'))).toBe('0:9464');
	expect(listenText(parseListen(undefined))).toBe('127.0.0.1:9464');
});

test('any address beyond loopback is warned about, however it is written; loopback is not', () => {
	for (const bound of ['0.0.0.0', '::', '192.168.1.20', '10.0.0.1', '2001:db8::1', '::ffff:10.0.0.1']) {
		expect(exposureWarning(bound, parseListen('0:9464')), bound).toBe(
			'--listen 0:9464 serves the balances to anyone who can reach the port, without authentication: put a firewall, or a reverse proxy with TLS and authentication, in front.',
		);
	}

	for (const bound of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
		expect(exposureWarning(bound, parseListen('localhost:9464')), bound).toBeUndefined();
	}
});
