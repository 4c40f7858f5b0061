// The fake's protections, of a range or of a whole sheet, and the ProtectionType enum.

import type { GProtection, GRange } from "./apps-script";
import { asProtection, asRange } from "./boundary";
import type { CallLog } from "./calls";
import type { ProtectionModel, RangeModel, SheetModel } from "./models";

export class FakeProtection
	implements
		Pick<
			GProtection,
			| "setWarningOnly"
			| "isWarningOnly"
			| "setDescription"
			| "getDescription"
			| "remove"
			| "getRange"
			| "setRange"
			| "setUnprotectedRanges"
			| "getUnprotectedRanges"
		>,
		ProtectionModel
{
	warningOnly = false;
	description = "";
	unprotected: RangeModel[] = [];
	readonly editors = new Set<string>();
	constructor(
		private readonly log: CallLog,
		readonly sheet: SheetModel,
		/** The protected range; a sheet protection's is the whole sheet (see `covered`). */
		private range: RangeModel,
		readonly type: "RANGE" | "SHEET" = "RANGE",
	) {}
	setUnprotectedRanges(ranges: GRange[]): GProtection {
		this.log.record("document", "Protection.setUnprotectedRanges");
		if (this.type !== "SHEET")
			throw new Error(
				"Unprotected ranges can only be set on a sheet protection.",
			);
		const fakes = ranges as unknown as RangeModel[];
		if (fakes.some((range) => range.sheet !== this.sheet))
			throw new Error("Unprotected ranges must be on the protected sheet.");
		this.unprotected = fakes;
		return asProtection(this);
	}
	/** Editors only restrict a protection that is not warning-only: a warning-only one lets everyone edit. */
	addEditor(emailAddress: string): GProtection {
		this.log.record("document", "Protection.addEditor");
		if (this.warningOnly)
			throw new Error(
				"A warning-only protection has no editors: turn the warning off first.",
			);
		this.editors.add(emailAddress);
		return asProtection(this);
	}
	getEditors(): { getEmail(): string }[] {
		this.log.record("document", "Protection.getEditors");
		return [...this.editors].map((email) => ({ getEmail: () => email }));
	}
	getUnprotectedRanges(): GRange[] {
		this.log.record("document", "Protection.getUnprotectedRanges");
		return this.unprotected.map(asRange);
	}
	setWarningOnly(warningOnly: boolean): GProtection {
		this.log.record("document", "Protection.setWarningOnly");
		// In Sheets a range is either warning-only or restricted to editors: choosing the warning drops the list.
		if (warningOnly) this.editors.clear();
		this.warningOnly = warningOnly;
		return asProtection(this);
	}
	isWarningOnly(): boolean {
		this.log.record("document", "Protection.isWarningOnly");
		return this.warningOnly;
	}
	setDescription(description: string): GProtection {
		this.log.record("document", "Protection.setDescription");
		this.description = description;
		return asProtection(this);
	}
	getDescription(): string {
		this.log.record("document", "Protection.getDescription");
		return this.description;
	}
	/** What the protection covers: a sheet protection, the whole sheet at its size now (rows inserted since included). */
	get covered(): RangeModel {
		if (this.type === "RANGE") return this.range;
		return this.sheet.rangeOf([
			1,
			1,
			this.sheet.maxRows,
			this.sheet.maxColumns,
		]);
	}
	getRange(): GRange {
		this.log.record("document", "Protection.getRange");
		return asRange(this.covered);
	}
	setRange(range: GRange): GProtection {
		this.log.record("document", "Protection.setRange");
		if (this.type === "RANGE") this.range = range as unknown as RangeModel;
		return asProtection(this);
	}
	remove(): void {
		this.log.record("document", "Protection.remove");
		this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
	}
}

export const FakeProtectionType = {
	RANGE: 0,
	SHEET: 1,
} as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
