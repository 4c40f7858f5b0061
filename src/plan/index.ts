// The plan module's public surface.

export { buildPlan } from "./build-plan";
export { planKinds, tabsOf } from "./catalogue";
export { defaultChoices, defaultRoles, defaultStages } from "./defaults";
export { directionWords, kpiAlertRules, paceWords } from "./kpi-alerts";
export { defaultTabNames } from "./tab-names";
export { kpiDirections, kpiPace, kpisLayout } from "./tabs/kpis";
