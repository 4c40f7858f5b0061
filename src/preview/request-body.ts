// Reads a JSON request body for the preview server: bounded in size, refused unless it is JSON.

import type { IncomingMessage } from "node:http";

/** An error the preview server answers with its own status and message, rather than a 500. */
export class RequestError extends Error {
	constructor(
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

/** A generated 12-tab plan crosses /api/call as a few hundred kilobytes. */
export const BODY_LIMIT = 4 * 1024 * 1024;

export async function readJson(
	request: IncomingMessage,
	limit = BODY_LIMIT,
): Promise<unknown> {
	// Only fetch() from the page can send JSON: a form on another site posting here is refused.
	if (!/^application\/json\b/i.test(request.headers["content-type"] ?? ""))
		throw new RequestError(415, "Send the body as application/json.");
	const declared = Number(request.headers["content-length"] ?? 0);
	if (declared > limit)
		throw new RequestError(413, "The request body is too large.");
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > limit)
			throw new RequestError(413, "The request body is too large.");
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString("utf8"));
	} catch {
		throw new RequestError(400, "The request body is not valid JSON.");
	}
}
