// @ts-check
/**
 * The logger the shared core reports to. Platform neutral: the default writes through
 * `console.warn` when a console exists; a shell replaces it with `setLogger` (for example to
 * report to its monitoring), and most functions also take a per-call `logger` option.
 */

/**
 * @typedef {object} Logger
 * @property {(message: string, detail?: unknown) => void} warn
 */

/** @type {Logger} */
const consoleLogger = {
  warn: function (message, detail) {
    if (typeof console !== "undefined" && console && typeof console.warn === "function") {
      if (detail === undefined) console.warn("[shared] " + message);
      else console.warn("[shared] " + message, detail);
    }
  },
};

/** @type {Logger} */
let current = consoleLogger;

/**
 * Replace the default logger (pass nothing to restore the console logger).
 * @param {Logger | null | undefined} [logger]
 */
export function setLogger(logger) {
  current = logger && typeof logger.warn === "function" ? logger : consoleLogger;
}

/**
 * The logger to use: the per-call one when given, else the module-wide one.
 * @param {Logger | null | undefined} [logger]
 * @returns {Logger}
 */
export function loggerOf(logger) {
  return logger && typeof logger.warn === "function" ? logger : current;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
export function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * @param {object} obj
 * @param {string} key
 * @returns {boolean}
 */
export function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
