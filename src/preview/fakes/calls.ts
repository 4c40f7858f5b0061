// Counts the Apps Script calls a test makes, by kind and by method, and fails the Nth document call on request.

export type CallKind = "document" | "builder" | "other";

export class CallLog {
	total = 0;
	readonly byKind: Record<CallKind, number> = {
		document: 0,
		builder: 0,
		other: 0,
	};
	readonly byMethod = new Map<string, number>();
	private failure: { at: number; message: string } | undefined;

	record(kind: CallKind, method: string): void {
		this.total++;
		this.byKind[kind]++;
		this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
		if (
			kind === "document" &&
			this.failure &&
			this.byKind.document === this.failure.at
		) {
			const message =
				this.failure.message ||
				`Service Spreadsheets failed while accessing document with id fake (${method})`;
			this.failure = undefined;
			throw new Error(message);
		}
	}

	/** The `at`-th document call from now throws, like a Sheets service error. */
	failAt(at: number, message?: string): void {
		this.failure = { at: this.byKind.document + at, message: message ?? "" };
	}

	reset(): void {
		this.total = 0;
		this.byKind.document = 0;
		this.byKind.builder = 0;
		this.byKind.other = 0;
		this.byMethod.clear();
		this.failure = undefined;
	}

	/** A copy of the counts, for comparing before and after a step. */
	snapshot(): {
		document: number;
		builder: number;
		other: number;
		byMethod: Record<string, number>;
	} {
		return { ...this.byKind, byMethod: Object.fromEntries(this.byMethod) };
	}
}
