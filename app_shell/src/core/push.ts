/**
 * Push devices in the native app (MSG-4): inside Capacitor with the JPush plugin, the phone's JPush
 * registration id is registered with `POST /me/push-devices` after sign-in (and again at start: the
 * backend answers 200 for a known device) and deleted on sign-out, so a signed-out phone shows no
 * one's orders. Guarded: in a browser (no Capacitor, not a native platform, no JPush plugin, or no
 * session) nothing is called at all.
 *
 * The plugin is reached through Capacitor's plugin registry as `Capacitor.Plugins.JPush` with
 * `getRegistrationID()`; plugins answer a string or `{registrationId}` (`registrationID`,
 * `registerID`, `value`): all are read.
 */
import { devicesApi } from "@/api/notifications";

import { getToken } from "./api";

export const PUSH_ID_KEY = "h5.push_registration_id";

export interface JPushPlugin {
  getRegistrationID: () => Promise<unknown> | unknown;
}

export interface CapacitorLike {
  isNativePlatform?: () => boolean;
  getPlatform?: () => string;
  Plugins?: Record<string, unknown>;
}

export interface PushDeps {
  capacitor?: CapacitorLike | null;
  api?: {
    register: (registrationId: string, platform: "android" | "ios") => Promise<unknown>;
    remove: (registrationId: string) => Promise<unknown>;
  };
  token?: () => string | null;
}

function capacitorOf(deps: PushDeps): CapacitorLike | null {
  if (deps.capacitor !== undefined) return deps.capacitor;
  return (globalThis as { Capacitor?: CapacitorLike }).Capacitor ?? null;
}

/** The JPush plugin and the platform, or null where push cannot work (a browser, no plugin). */
export function jpushBridge(deps: PushDeps = {}): { plugin: JPushPlugin; platform: "android" | "ios" } | null {
  const cap = capacitorOf(deps);
  if (!cap || typeof cap.isNativePlatform !== "function" || !cap.isNativePlatform()) return null;
  const platform = typeof cap.getPlatform === "function" ? cap.getPlatform() : "";
  if (platform !== "android" && platform !== "ios") return null;
  const plugin = cap.Plugins?.JPush as JPushPlugin | undefined;
  if (!plugin || typeof plugin.getRegistrationID !== "function") return null;
  return { plugin, platform };
}

/** The registration id out of whatever the plugin answered ("" when none yet). */
export function registrationIdOf(answer: unknown): string {
  if (typeof answer === "string") return answer.trim();
  if (answer && typeof answer === "object") {
    const a = answer as Record<string, unknown>;
    for (const key of ["registrationId", "registrationID", "registerID", "value"]) {
      if (typeof a[key] === "string") return (a[key] as string).trim();
    }
  }
  return "";
}

function remember(id: string | null): void {
  try {
    if (id) localStorage.setItem(PUSH_ID_KEY, id);
    else localStorage.removeItem(PUSH_ID_KEY);
  } catch {
    /* storage blocked */
  }
}

export function rememberedRegistrationId(): string | null {
  try {
    return localStorage.getItem(PUSH_ID_KEY);
  } catch {
    return null;
  }
}

/**
 * After sign-in (and at start when signed in): register this phone's JPush id. Answers the id
 * registered, or null when nothing was sent (a browser, no plugin, no id yet, signed out). A
 * failure is swallowed: push is a convenience, the message centre keeps every notice.
 */
export async function registerPushDevice(deps: PushDeps = {}): Promise<string | null> {
  const bridge = jpushBridge(deps);
  const token = (deps.token ?? getToken)();
  if (!bridge || !token) return null;
  try {
    const id = registrationIdOf(await bridge.plugin.getRegistrationID());
    if (!id) return null;
    await (deps.api ?? devicesApi).register(id, bridge.platform);
    remember(id);
    return id;
  } catch {
    return null;
  }
}

/**
 * Before sign-out (while the token still works): delete the registered id. An unknown device
 * (404) is already gone. Answers whether a DELETE was sent.
 */
export async function unregisterPushDevice(deps: PushDeps = {}): Promise<boolean> {
  const bridge = jpushBridge(deps);
  const token = (deps.token ?? getToken)();
  if (!bridge || !token) return false;
  let id = rememberedRegistrationId();
  if (!id) {
    try {
      id = registrationIdOf(await bridge.plugin.getRegistrationID());
    } catch {
      id = "";
    }
  }
  if (!id) return false;
  try {
    await (deps.api ?? devicesApi).remove(id);
  } catch {
    // 404: already gone; anything else: POST /auth/logout forgets the session's devices anyway
  }
  remember(null);
  return true;
}
