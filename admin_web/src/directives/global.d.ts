import type { vAccess } from "./access";

export {};

declare module "vue" {
  interface GlobalDirectives {
    vAccess: typeof vAccess;
  }
}
