// Loaded with --import: records every module the program loads, one URL a line, in the file
// named by SRTGEN_TOP_TRACE_MODULES. Node 20.6+ module hooks.
import {register} from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
import {appendFileSync} from 'node:fs';
export async function resolve(specifier, context, next) {
	const resolved = await next(specifier, context);
	appendFileSync(${JSON.stringify(process.env.SRTGEN_TOP_TRACE_MODULES)}, resolved.url + '\\n');
	return resolved;
}
`));
