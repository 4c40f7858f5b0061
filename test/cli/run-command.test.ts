// Every command's options: a bad one is said in one line with exit 2, --help prints the usage, the rest runs.

import { describe, expect, it } from "vitest";
import {
	type Output,
	parseOptions,
	runCommand,
} from "../../src/cli/run-command";

function captured(): Output & { said: { out: string; err: string } } {
	const said = { out: "", err: "" };
	return {
		said,
		out: (text) => {
			said.out += text;
		},
		err: (text) => {
			said.err += text;
		},
	};
}

const greet = runCommand(
	"greet",
	"Usage: greet --name NAME\n",
	(argv) => {
		const { values } = parseOptions(
			argv,
			{ name: { type: "string" }, help: { type: "boolean", short: "h" } },
			false,
		);
		return values.help ? "help" : (values.name ?? "world");
	},
	async (name, output) => {
		output.out(`Hello ${name}\n`);
		return name === "nobody" ? 1 : 0;
	},
);

describe("a command's options", () => {
	it.each([
		{ argv: ["--name", "Ada"], status: 0, out: "Hello Ada\n", err: /^$/ },
		{ argv: ["--name", "nobody"], status: 1, out: "Hello nobody\n", err: /^$/ },
		{ argv: ["-h"], status: 0, out: "Usage: greet --name NAME\n", err: /^$/ },
		{
			argv: ["--colour", "red"],
			status: 2,
			out: "",
			// Node words the reason; the command adds its name and the pointer to --help.
			err: /^greet: Unknown option '--colour'.*\nRun with --help for usage\.\n$/s,
		},
		{
			argv: ["Ada"],
			status: 2,
			out: "",
			err: /^greet: Unexpected argument 'Ada'.*\nRun with --help for usage\.\n$/s,
		},
	])("$argv gives $status", async ({ argv, status, out, err }) => {
		const output = captured();
		expect(await greet(argv, output)).toBe(status);
		expect(output.said.out).toBe(out);
		expect(output.said.err).toMatch(err);
	});

	it("lets an error that is not about the options through", async () => {
		const broken = runCommand(
			"broken",
			"",
			() => {
				throw new TypeError("a bug");
			},
			async () => 0,
		);
		await expect(broken([], captured())).rejects.toThrow("a bug");
	});
});
