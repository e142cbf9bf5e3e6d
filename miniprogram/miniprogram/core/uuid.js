// A random v4 UUID for the guest device id and idempotency keys (the mini-program has no
// crypto.randomUUID; uniqueness, not secrecy, is what these need).
export function uuid() {
  let out = "";
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) out += "-";
    else if (i === 14) out += "4";
    else {
      const r = Math.floor(Math.random() * 16);
      out += (i === 19 ? (r & 0x3) | 0x8 : r).toString(16);
    }
  }
  return out;
}
