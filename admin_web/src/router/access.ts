/** What a staff may see: menu entries and routes filtered by the permission codes in `meta.perm`. */
import type { Component } from "vue";
import type { RouteLocationNormalized, RouteRecordRaw } from "vue-router";

import type { PermRequirement } from "@/stores/auth";

export type Can = (perm: PermRequirement) => boolean;

export interface MenuItem {
  /** Full path (the `index` of the Element Plus menu). */
  path: string;
  title: string;
  icon?: Component;
  children?: MenuItem[];
}

function joinPath(parent: string, path: string): string {
  if (path.startsWith("/")) return path;
  const base = parent.endsWith("/") ? parent : `${parent}/`;
  return `${base}${path}`;
}

/**
 * The sidebar for one staff: entries whose `meta.perm` the staff lacks are left out, and so is a
 * group left with no entries.
 */
export function buildMenu(routes: readonly RouteRecordRaw[], can: Can, parent = "/"): MenuItem[] {
  const items: MenuItem[] = [];
  for (const route of routes) {
    const meta = route.meta ?? {};
    if (meta.hidden || meta.public || !meta.title || !can(meta.perm)) continue;
    const path = joinPath(parent, route.path);
    if (route.children?.length) {
      const children = buildMenu(route.children, can, path);
      if (children.length === 0) continue;
      items.push({ path, title: meta.title, icon: meta.icon, children });
    } else {
      items.push({ path, title: meta.title, icon: meta.icon });
    }
  }
  return items;
}

/** A route is allowed when the staff holds the permission of every record it passes through. */
export function routeAllowed(route: Pick<RouteLocationNormalized, "matched">, can: Can): boolean {
  return route.matched.every((record) => can(record.meta.perm));
}
