// The only platform global the core touches: the console of the default logger (browsers,
// Node and the mini-program all have one). Nothing else (no DOM, wx, fetch) is declared, so the
// type check fails if the core starts using another.
declare const console: { warn(...args: unknown[]): void };
// Timers exist on every platform the core runs on (browsers, Node, the mini-program); the chat
// client uses them for its heartbeat, reconnection backoff and send timeouts (injectable).
declare function setTimeout(handler: () => void, timeout?: number): any;
declare function clearTimeout(handle: any): void;
