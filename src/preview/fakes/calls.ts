// Counts the Apps Script calls a test makes, by kind and by method, the reads that follow a pending write, and fails
// the Nth document call on request.

export type CallKind = "document" | "builder" | "other";

/**
 * Document calls that only look at a handle the script already holds (a range's coordinates, a sheet's id, a range
 * built from A1 notation): Apps Script answers them without the server, so they never force pending writes out.
 */
const HANDLE_CALLS = new Set([
	"SpreadsheetApp.getActiveSpreadsheet",
	"Sheet.getRange",
	"Sheet.getRangeList",
	"Sheet.getSheetId",
	"RangeList.getRanges",
	"Range.getRow",
	"Range.getColumn",
	"Range.getNumRows",
	"Range.getNumColumns",
	"Range.getA1Notation",
	"Range.getSheet",
	"Protection.getRange",
]);

/** A document call that asks the server for the document's state: every getter and is-er but the handle calls. */
const isRead = (method: string): boolean =>
	!HANDLE_CALLS.has(method) && /\.(get|is)[A-Z]/.test(method);

export class CallLog {
	total = 0;
	readonly byKind: Record<CallKind, number> = {
		document: 0,
		builder: 0,
		other: 0,
	};
	readonly byMethod = new Map<string, number>();
	/**
	 * Reads made while writes were pending: each one makes Apps Script send those writes first and wait, the cost a
	 * plan's single write pass avoids. A flush sends them too, without a read.
	 */
	readsAfterWrites = 0;
	/** The reads that forced pending writes out, in order, to say which ones in a failing test. */
	readonly readsAfterWritesMethods: string[] = [];
	private pendingWrites = false;
	private failure: { at: number; message: string } | undefined;

	record(kind: CallKind, method: string): void {
		this.total++;
		this.byKind[kind]++;
		this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
		if (kind === "document") this.access(method);
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

	private access(method: string): void {
		if (method === "SpreadsheetApp.flush") {
			this.pendingWrites = false;
		} else if (isRead(method)) {
			if (this.pendingWrites) {
				this.readsAfterWrites++;
				this.readsAfterWritesMethods.push(method);
			}
			this.pendingWrites = false;
		} else if (!HANDLE_CALLS.has(method)) {
			this.pendingWrites = true;
		}
	}

	/** Whether writes wait to be sent: true until a flush or a read sends them. */
	get hasPendingWrites(): boolean {
		return this.pendingWrites;
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
		this.readsAfterWrites = 0;
		this.readsAfterWritesMethods.length = 0;
		this.pendingWrites = false;
		this.failure = undefined;
	}

	/** A copy of the counts, for comparing before and after a step. */
	snapshot(): {
		document: number;
		builder: number;
		other: number;
		readsAfterWrites: number;
		byMethod: Record<string, number>;
	} {
		return {
			...this.byKind,
			readsAfterWrites: this.readsAfterWrites,
			byMethod: Object.fromEntries(this.byMethod),
		};
	}
}
