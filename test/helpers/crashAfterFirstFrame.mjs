// Loaded with --import: an uncaught error thrown from a timer once the live view has painted the
// plans, the way a bug in a render or a hook would surface. Nothing in the product knows of it.
const write = process.stdout.write.bind(process.stdout);
let armed = false;
process.stdout.write = (chunk, ...rest) => {
	if (!armed && String(chunk).includes('Starter Plan')) {
		armed = true;
		setTimeout(() => {
			throw new Error('provoked by the test');
		}, 300);
	}

	return write(chunk, ...rest);
};
