/**
 * `v-access="'orders:manage'"` (or a list: any of them) hides the element when the signed-in staff
 * lacks the permission. It only hides: the backend checks every call.
 *
 * The element is hidden with `display: none` rather than taken out of the DOM, so Vue's own
 * patching (which anchors siblings on it) keeps working if permissions change.
 */
import type { Directive, DirectiveBinding } from "vue";

import { useAuthStore, type PermRequirement } from "@/stores/auth";

function apply(el: HTMLElement, binding: DirectiveBinding<PermRequirement>) {
  const allowed = useAuthStore().can(binding.value);
  if (allowed) {
    if (el.dataset.accessHidden !== undefined) {
      el.style.display = el.dataset.accessHidden;
      delete el.dataset.accessHidden;
    }
  } else if (el.dataset.accessHidden === undefined) {
    el.dataset.accessHidden = el.style.display;
    el.style.display = "none";
  }
}

export const vAccess: Directive<HTMLElement, PermRequirement> = {
  mounted: apply,
  updated: apply,
};
