/**
 * A dialog that edits one list of a level-3 category (关联属性, 参数): `reset` then `load` whenever
 * the category changes, and `save` that sends it, says `saved` and closes the dialog.
 */
import { ElMessage } from "element-plus";
import { ref, watch } from "vue";

import type { CategoryNode } from "@/api/catalog";

export interface CategoryDialogOptions {
  reset: () => void;
  load: (category: CategoryNode) => Promise<void>;
  send: (category: CategoryNode) => Promise<void>;
  /** The message once saved. */
  saved: string;
  close: () => void;
}

export function useCategoryDialog(category: () => CategoryNode | null, options: CategoryDialogOptions) {
  const saving = ref(false);

  watch(
    category,
    async (current) => {
      options.reset();
      if (!current) return;
      try {
        await options.load(current);
      } catch {
        // Shown by the API client.
      }
    },
    { immediate: true },
  );

  async function save() {
    const current = category();
    if (!current) return;
    saving.value = true;
    try {
      await options.send(current);
      ElMessage.success(options.saved);
      options.close();
    } catch {
      // Shown by the API client.
    } finally {
      saving.value = false;
    }
  }

  return { saving, save };
}
