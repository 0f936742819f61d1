// A server-action request that Next.js cannot decode into a call of one of our actions (not JSON, no
// root row, a reference to a row that is not there, a broken multipart body) makes Next.js answer 500
// before any code of ours runs. That is the client's error, not the server's: the app server
// (scripts/serve.ts) answers such a request 400 instead. It knows by a mark that every action sets
// as it starts (markActionReached): a 500 after that mark is a real server error and stays one.
// The app server and the actions are bundled separately (esbuild, Next.js), so they share the one
// AsyncLocalStorage through a global symbol rather than through this module's own variables.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

interface ActionRequest {
  reached: boolean;
}

const KEY = Symbol.for("helpdesk.action-request");

function storage(): AsyncLocalStorage<ActionRequest> {
  const holder = globalThis as { [KEY]?: AsyncLocalStorage<ActionRequest> };
  return (holder[KEY] ??= new AsyncLocalStorage<ActionRequest>());
}

/** Runs one server-action request, remembering whether one of our actions started for it. */
export function runActionRequest<T>(run: (request: ActionRequest) => T): T {
  const request: ActionRequest = { reached: false };
  return storage().run(request, () => run(request));
}

/** Called first by every server action: from here on, a failure is the server's. */
export function markActionReached(): void {
  const request = storage().getStore();
  if (request) request.reached = true;
}

/** The status to send: Next.js's 500 for a request that never reached an action becomes 400. */
export function actionResponseStatus(status: number, reached: boolean): number {
  return status === 500 && !reached ? 400 : status;
}
