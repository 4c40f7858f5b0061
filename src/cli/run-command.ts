// What every command does around its own work: read the options, print the usage for --help, refuse bad options with exit 2.

import { type ParseArgsConfig, parseArgs } from "node:util";

export interface Output {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
}

export const processOutput: Output = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
};

/** Options the command cannot run with: said in one line, with a pointer to --help. */
export class UsageError extends Error {}

/** node:util's parseArgs, strict, its refusals turned into usage errors. */
export function parseOptions<Options extends ParseArgsConfig["options"]>(
	argv: readonly string[],
	options: Options,
	allowPositionals: boolean,
) {
	try {
		return parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals,
			options,
		});
	} catch (error) {
		throw new UsageError(
			error instanceof Error ? error.message : String(error),
		);
	}
}

/**
 * A command's main(argv, output): `parse` reads the options (or asks for the help), `run` does the work and gives
 * the exit status. A usage error prints "NAME: why" and exits with 2; --help prints `usage` and exits with 0.
 */
export function runCommand<Request>(
	name: string,
	usage: string,
	parse: (argv: readonly string[]) => Request | "help",
	run: (request: Request, output: Output) => Promise<number>,
): (argv: readonly string[], output?: Output) => Promise<number> {
	return async (argv, output = processOutput) => {
		let request: Request | "help";
		try {
			request = parse(argv);
		} catch (error) {
			if (!(error instanceof UsageError)) throw error;
			output.err(`${name}: ${error.message}\nRun with --help for usage.\n`);
			return 2;
		}
		if (request === "help") {
			output.out(usage);
			return 0;
		}
		return run(request, output);
	};
}
