// Fake LockService and PropertiesService, and install(): every fake as the globals Apps Script code reads.

import { CallLog } from "./calls";
import { addSheet } from "./person";
import { FakeSpreadsheet, FakeSpreadsheetApp } from "./spreadsheet";

type GLock = GoogleAppsScript.Lock.Lock;
type GProperties = GoogleAppsScript.Properties.Properties;

export class FakeLock
	implements Pick<GLock, "tryLock" | "releaseLock" | "hasLock" | "waitLock">
{
	/** Another execution holds the lock: tryLock fails. */
	busy = false;
	held = false;
	constructor(private readonly log: CallLog) {}
	tryLock(_timeoutInMillis: number): boolean {
		this.log.record("other", "Lock.tryLock");
		if (this.busy) return false;
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
		this.held = false;
	}
	hasLock(): boolean {
		this.log.record("other", "Lock.hasLock");
		return this.held;
	}
}

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
		// Apps Script's limit per value.
		if (value.length > 9 * 1024) throw new Error("Argument too large: value");
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
	const lockService: Pick<
		GoogleAppsScript.Lock.LockService,
		"getDocumentLock"
	> = {
		getDocumentLock: () => {
			calls.record("other", "LockService.getDocumentLock");
			return lock as unknown as GLock;
		},
	};
	const propertiesService: Pick<
		GoogleAppsScript.Properties.PropertiesService,
		"getDocumentProperties"
	> = {
		getDocumentProperties: () => {
			calls.record("other", "PropertiesService.getDocumentProperties");
			return properties as unknown as GProperties;
		},
	};
	Object.assign(globalThis, {
		SpreadsheetApp: app,
		LockService: lockService,
		PropertiesService: propertiesService,
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
