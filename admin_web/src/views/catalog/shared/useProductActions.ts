/**
 * Runs a product row action (PLT-4, PLT-5): asks for the reason or confirmation it needs, calls
 * the API, tells the user, reloads the list. Shared by 商品列表 and 商品审核.
 */
import { ElMessage, ElMessageBox } from "element-plus";
import { ref } from "vue";
import { useRouter } from "vue-router";

import { deleteProduct, productEvent, quickEditProduct, type ProductEvent, type ProductRow } from "@/api/catalog";

import type { RowAction } from "../products/list/data";
import { applyAndReload, confirmAction, promptReason } from "./prompts";

export function useProductActions(reload: () => unknown) {
  const router = useRouter();
  /** The product whose timeline drawer is open. */
  const timelineId = ref<number | null>(null);

  async function editPaddedSales(row: ProductRow) {
    try {
      const { value } = await ElMessageBox.prompt(`实际销量 ${row.sales}，注水销量：`, "销量注水", {
        confirmButtonText: "保存",
        cancelButtonText: "取消",
        inputValue: String(row.padded_sales ?? 0),
        inputPattern: /^\d+$/,
        inputErrorMessage: "请输入非负整数",
      });
      await quickEditProduct(row.id, { padded_sales: Number(value) });
    } catch {
      return;
    }
    ElMessage.success("已保存");
    await reload();
  }

  async function updateSort(row: ProductRow, sort: number | undefined) {
    if (sort === undefined || sort === row.sort) return;
    await applyAndReload(() => quickEditProduct(row.id, { sort }), "排序已保存", reload);
  }

  async function run(row: ProductRow, action: RowAction) {
    if (action.key === "edit") return router.push({ name: "catalog-product-edit", params: { id: row.id } });
    if (action.key === "timeline") return (timelineId.value = row.id);
    if (action.key === "padded_sales") return editPaddedSales(row);
    let reason: string | undefined;
    if (action.reason) {
      const given = await promptReason(`${action.label}「${row.title}」`);
      if (given === null) return;
      reason = given;
    }
    if (action.confirm && !(await confirmAction(action.confirm))) return;
    try {
      if (action.key === "delete") await deleteProduct(row.id);
      else await productEvent(row.id, action.key as ProductEvent, reason);
    } catch {
      return;
    }
    ElMessage.success(`已${action.label}`);
    await reload();
  }

  return { run, updateSort, timelineId };
}
