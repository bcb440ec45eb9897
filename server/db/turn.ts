// The embedded database (PGlite) runs queries on the server's own thread, and awaiting its promises
// yields only to microtasks: a loop of queries holds every other request until it ends. Long jobs
// (imports, reading a department's buildings) call this between steps so waiting requests run.

/** Lets waiting requests (I/O callbacks) run before the next step of a long job. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
