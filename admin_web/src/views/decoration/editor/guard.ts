/**
 * The unsaved-changes guard: leaving the decorator (another route, reload, closing the tab) with
 * unsaved edits asks first. `beforeunload` can only ask through the browser's own dialog.
 */
import { onBeforeUnmount, onMounted } from "vue";
import { onBeforeRouteLeave, onBeforeRouteUpdate } from "vue-router";

export const LEAVE_MESSAGE = "有未保存的修改，离开后将丢失。确定离开吗？";

/** `beforeunload` handler body: asks the browser to confirm when there are unsaved changes. */
export function handleBeforeUnload(event: BeforeUnloadEvent, dirty: boolean): boolean {
  if (!dirty) return false;
  event.preventDefault();
  // Older browsers read returnValue; the text itself is never shown.
  event.returnValue = LEAVE_MESSAGE;
  return true;
}

/** Installs both guards for the component that calls it. `confirm` resolves true to leave. */
export function useUnsavedChangesGuard(isDirty: () => boolean, confirm: () => Promise<boolean>): void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    handleBeforeUnload(event, isDirty());
  };
  onMounted(() => window.addEventListener("beforeunload", onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener("beforeunload", onBeforeUnload));
  const guard = async () => (isDirty() ? await confirm() : true);
  onBeforeRouteLeave(guard);
  // Another page in the same decorator view (…/pages/4/edit → …/pages/5/edit).
  onBeforeRouteUpdate(guard);
}
