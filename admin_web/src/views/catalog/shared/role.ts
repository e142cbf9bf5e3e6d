/**
 * Who is using a catalogue screen. Merchant staff (a shop) manage their own products with
 * `catalog:manage`; platform staff audit with `catalog:audit`. Platform-only actions are never
 * shown to a shop's staff, whatever their permissions say.
 */
import { computed } from "vue";

import { useAuthStore } from "@/stores/auth";

export const CATALOG_MANAGE = "catalog:manage";
export const CATALOG_AUDIT = "catalog:audit";

export function useCatalogRole() {
  const auth = useAuthStore();
  const isShopStaff = computed(() => !!auth.staff?.shop);
  /** A merchant who may create and edit their shop's products. */
  const canManage = computed(() => isShopStaff.value && auth.can(CATALOG_MANAGE));
  /** Platform staff who may audit, ban and curate. */
  const canAudit = computed(() => !isShopStaff.value && auth.can(CATALOG_AUDIT));
  return { isShopStaff, canManage, canAudit };
}
