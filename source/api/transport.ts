/** An HTTP answer as the client reads it: its status, a header, the body (read whole, capped). */
export type Answer = {status: number; header(name: string): string | undefined; body: string};

/** One GET, redirects not followed, answered within `timeoutMs` (the body too) or rejected. */
export type Transport = (request: {url: URL; headers: Record<string, string>; timeoutMs: number}) => Promise<Answer>;

/** A request that ran out of time; the client words it (see responseErrors.ts). */
export class RequestTimeout extends Error {
	override name = 'TimeoutError';
}
