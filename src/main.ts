// The bundle's entry: everything the generated top-level declarations of Code.js delegate to.

export { functions } from "./functions";
export { customFunctions as registry } from "./functions/registry";
export { server } from "./server";
export * as triggers from "./triggers";
