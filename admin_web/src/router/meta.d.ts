import type { Component } from "vue";
import "vue-router";

export {};

declare module "vue-router" {
  interface RouteMeta {
    /** Chinese title: menu entry, breadcrumb, document title. */
    title?: string;
    /** Menu icon (an @element-plus/icons-vue component). */
    icon?: Component;
    /** Permission code(s) the backend checks; several means any of them. */
    perm?: string | readonly string[];
    /** Reachable without signing in (login). */
    public?: boolean;
    /** Never listed in the menu (error pages, detail pages). */
    hidden?: boolean;
  }
}
