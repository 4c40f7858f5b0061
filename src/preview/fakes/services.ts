// Fake LockService and PropertiesService, and install(): every fake as the globals Apps Script code reads.

import { CallLog } from "./calls";
import { addSheet } from "./person";
import { FakeSpreadsheet, FakeSpreadsheetApp } from "./spreadsheet";

type GLock = GoogleAppsScript.Lock.Lock;
type GProperties = GoogleAppsScript.Properties.Properties;

export class FakeLock
	implements Pick<GLock, "tryLock" | "releaseLock" | "hasLock" | "waitLock">
{
	/** How long another execution keeps the lock, in ms: tryLock waits that long if its timeout allows. */
	heldElsewhereMs = 0;
	/** The time tryLock spent waiting, in ms (no real time passes). */
	waitedMs = 0;
	held = false;
	/** Releases that left writes unsent: a teammate's run could start on half-written tabs. */
	releasedWithPendingWrites = 0;
	constructor(private readonly log: CallLog) {}
	/** Another execution holds the lock for longer than any wait. */
	set busy(busy: boolean) {
		this.heldElsewhereMs = busy ? Number.POSITIVE_INFINITY : 0;
	}
	get busy(): boolean {
		return this.heldElsewhereMs > 0;
	}
	tryLock(timeoutInMillis: number): boolean {
		this.log.record("other", "Lock.tryLock");
		if (this.heldElsewhereMs > timeoutInMillis) {
			this.waitedMs += timeoutInMillis;
			return false;
		}
		this.waitedMs += this.heldElsewhereMs;
		this.heldElsewhereMs = 0;
		this.held = true;
		return true;
	}
	waitLock(timeoutInMillis: number): void {
		if (!this.tryLock(timeoutInMillis))
			throw new Error(
				"Lock timeout: another process was holding the lock for too long.",
			);
	}
	releaseLock(): void {
		this.log.record("other", "Lock.releaseLock");
		if (this.held && this.log.hasPendingWrites)
			this.releasedWithPendingWrites++;
		this.held = false;
	}
	hasLock(): boolean {
		this.log.record("other", "Lock.hasLock");
		return this.held;
	}
}

/** Apps Script's limit per property value, counted in bytes of UTF-8. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;

export class FakeProperties
	implements
		Pick<
			GProperties,
			"getProperty" | "setProperty" | "deleteProperty" | "getProperties"
		>
{
	readonly store = new Map<string, string>();
	constructor(private readonly log: CallLog) {}
	getProperty(key: string): string | null {
		this.log.record("other", "Properties.getProperty");
		return this.store.get(key) ?? null;
	}
	setProperty(key: string, value: string): GProperties {
		this.log.record("other", "Properties.setProperty");
		if (Buffer.byteLength(value, "utf8") > PROPERTY_VALUE_BYTES)
			throw new Error("Argument too large: value");
		this.store.set(key, value);
		return this as unknown as GProperties;
	}
	deleteProperty(key: string): GProperties {
		this.log.record("other", "Properties.deleteProperty");
		this.store.delete(key);
		return this as unknown as GProperties;
	}
	getProperties(): Record<string, string> {
		this.log.record("other", "Properties.getProperties");
		return Object.fromEntries(this.store);
	}
}

export interface Fakes {
	readonly calls: CallLog;
	readonly app: FakeSpreadsheetApp;
	readonly spreadsheet: FakeSpreadsheet;
	readonly lock: FakeLock;
	readonly properties: FakeProperties;
	/** The fake spreadsheet typed as the real one, for code that takes a Spreadsheet. */
	readonly document: GoogleAppsScript.Spreadsheet.Spreadsheet;
	readonly documentProperties: GProperties;
}

/** A spreadsheet with one empty "Sheet1", installed as SpreadsheetApp, LockService and PropertiesService. */
export function install(): Fakes {
	const calls = new CallLog();
	const spreadsheet = new FakeSpreadsheet(calls);
	addSheet(spreadsheet, "Sheet1");
	const app = new FakeSpreadsheetApp(calls, spreadsheet);
	const lock = new FakeLock(calls);
	const properties = new FakeProperties(calls);
	/** A service whose one getter the add-in calls hands back `value`, each call counted. */
	const service = (name: string, getter: string, value: unknown) => ({
		[getter]: () => {
			calls.record("other", `${name}.${getter}`);
			return value;
		},
	});
	Object.assign(globalThis, {
		SpreadsheetApp: app,
		LockService: service("LockService", "getDocumentLock", lock),
		PropertiesService: service(
			"PropertiesService",
			"getDocumentProperties",
			properties,
		),
	});
	return {
		calls,
		app,
		spreadsheet,
		lock,
		properties,
		document:
			spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
		documentProperties: properties as unknown as GProperties,
	};
}
