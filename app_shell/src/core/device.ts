/**
 * The guest's device id (`X-Device-Id`, the key of a guest cart): a uuid made once and kept in
 * localStorage. After sign-in the guest cart is merged into the member's (core/cart.ts).
 */
export const DEVICE_KEY = "h5.device_id";

/** A random uuid v4 (crypto.randomUUID where there is one). */
export function uuid(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let memoryId: string | null = null;

/** The stored device id, or null when none was made yet. */
export function storedDeviceId(): string | null {
  try {
    return localStorage.getItem(DEVICE_KEY);
  } catch {
    return memoryId;
  }
}

/** The device id, made and stored on first use. */
export function getDeviceId(): string {
  const existing = storedDeviceId();
  if (existing) return existing;
  const id = uuid();
  try {
    localStorage.setItem(DEVICE_KEY, id);
  } catch {
    memoryId = id; // storage blocked: the cart lasts as long as the page
  }
  return id;
}

/** Forget the device id (its cart was merged into the member's). */
export function forgetDeviceId(): void {
  memoryId = null;
  try {
    localStorage.removeItem(DEVICE_KEY);
  } catch {
    /* storage blocked */
  }
}
