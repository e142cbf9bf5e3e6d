import { flushPromises } from "@vue/test-utils";
import { ElMessage } from "element-plus";
import { describe, expect, it, vi } from "vitest";
import { nextTick, ref } from "vue";

import { ApiError } from "@/api/client";
import { useEditDialog } from "@/views/promotions/shared/useEditDialog";

interface Row {
  id: number;
  title: string;
}
type Form = { title: string };

function dialog(row: Row | null, check: (form: Form) => Record<string, string> = () => ({})) {
  const visible = ref(false);
  const current = ref<Row | null>(row);
  const create = vi.fn(async (form: Form) => ({ id: 9, title: form.title }));
  const update = vi.fn(async (r: Row, form: Form) => ({ id: r.id, title: form.title }));
  const saved = vi.fn();
  const state = useEditDialog(visible, () => current.value, {
    noun: "活动",
    empty: () => ({ title: "" }),
    toForm: (r: Row) => ({ title: r.title }),
    check,
    fieldNames: ["title"],
    create,
    update,
    saved,
  });
  return { visible, current, create, update, saved, state };
}

describe("useEditDialog (营销 新建 / 编辑)", () => {
  it("opens empty and creates; the toast says so, the dialog closes and the page is told", async () => {
    const toast = vi.spyOn(ElMessage, "success");
    const d = dialog(null);
    d.visible.value = true;
    await nextTick();
    expect(d.state.form).toEqual({ title: "" });
    expect(d.state.editing.value).toBe(false);
    d.state.form.title = "满减";
    await d.state.submit();
    expect(d.create).toHaveBeenCalledWith({ title: "满减" });
    expect(d.update).not.toHaveBeenCalled();
    expect(d.saved).toHaveBeenCalledWith({ id: 9, title: "满减" });
    expect(toast).toHaveBeenLastCalledWith("活动已创建");
    expect(d.visible.value).toBe(false);
  });

  it("opens on the row being edited and updates that row", async () => {
    const toast = vi.spyOn(ElMessage, "success");
    const d = dialog({ id: 3, title: "旧" });
    d.visible.value = true;
    await nextTick();
    expect(d.state.form).toEqual({ title: "旧" });
    expect(d.state.editing.value).toBe(true);
    await d.state.submit();
    expect(d.update).toHaveBeenCalledWith({ id: 3, title: "旧" }, { title: "旧" });
    expect(d.create).not.toHaveBeenCalled();
    expect(toast).toHaveBeenLastCalledWith("活动已保存");
  });

  it("a local problem stops the send; a server field error lands on err(...)", async () => {
    const d = dialog(null, (form): Record<string, string> => (form.title ? {} : { title: "请填写名称" }));
    d.visible.value = true;
    await nextTick();
    await d.state.submit();
    expect(d.create).not.toHaveBeenCalled();
    expect(d.state.err("title")).toBe("请填写名称");

    d.state.form.title = "重名";
    d.create.mockRejectedValueOnce(new ApiError(422, "validation_error", "名称已存在", { title: "名称已存在" }));
    await d.state.submit();
    await flushPromises();
    expect(d.state.err("title")).toBe("名称已存在");
    expect(d.state.errorMessage.value).toBe("名称已存在");
    expect(d.visible.value).toBe(true);
  });
});
