// @ts-check
/**
 * Display formats shared by the shells. Money is integer fen (分) everywhere: it is split into
 * yuan and fen with integer arithmetic, never divided into a float.
 */

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isInt(value) {
  return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
}

/**
 * Yuan and fen parts of an amount in fen, for a big-yuan/small-fen price: 1234 → `{yuan: "12",
 * fen: "34"}`; -5 → `{yuan: "-0", fen: "05"}`. Anything that is not an integer → `{yuan: "--",
 * fen: "--"}` (never a made-up price).
 *
 * @param {unknown} fen
 * @returns {{yuan: string, fen: string}}
 */
export function priceParts(fen) {
  if (!isInt(fen)) return { yuan: "--", fen: "--" };
  const negative = fen < 0;
  const abs = negative ? -fen : fen;
  const yuan = Math.floor(abs / 100);
  const cents = abs - yuan * 100;
  return {
    yuan: (negative ? "-" : "") + String(yuan),
    fen: (cents < 10 ? "0" : "") + String(cents),
  };
}

/**
 * `¥12.34` for 1234 fen, `¥0.00` for 0, `-¥0.05` for -5, `¥--` for a value that is not an
 * integer.
 *
 * @param {unknown} fen
 * @returns {string}
 */
export function formatPrice(fen) {
  const parts = priceParts(fen);
  if (parts.yuan === "--") return "¥--";
  if (parts.yuan.charAt(0) === "-") return "-¥" + parts.yuan.slice(1) + "." + parts.fen;
  return "¥" + parts.yuan + "." + parts.fen;
}

/**
 * One decimal, rounded down (never overstate sales), without a trailing `.0`.
 * @param {number} n
 * @param {number} unit
 * @returns {string}
 */
function scaled(n, unit) {
  const tenths = Math.floor((n * 10) / unit);
  const whole = Math.floor(tenths / 10);
  const rest = tenths - whole * 10;
  return rest ? whole + "." + rest : String(whole);
}

/**
 * Sales count as shoppers read it: `已售356`, `已售1.2万` from 10 000, `已售1.2亿` from 10^8
 * (rounded down). Missing or negative counts read `已售0`.
 *
 * @param {unknown} n
 * @returns {string}
 */
export function formatSales(n) {
  const count = typeof n === "number" && isFinite(n) && n > 0 ? Math.floor(n) : 0;
  if (count >= 100000000) return "已售" + scaled(count, 100000000) + "亿";
  if (count >= 10000) return "已售" + scaled(count, 10000) + "万";
  return "已售" + count;
}
