import type { FormRules } from "@/components/types";

export const SERVICE_PROMISES = ["七天无理由退货", "正品保障", "极速发货", "假一赔十", "破损包退"];

export const COUNTRIES = [
  "中国", "美国", "日本", "韩国", "德国", "法国", "英国", "意大利", "西班牙", "澳大利亚",
  "新西兰", "加拿大", "泰国", "越南", "马来西亚", "新加坡", "印度尼西亚", "荷兰", "瑞士", "智利",
];

/** Form fields whose server errors show under the field; others are listed above the SKU table. */
export const SHOWN_FIELDS = [
  "title", "subtitle", "category_id", "brand_id", "images", "video", "description", "tags",
  "service_promise", "freight", "units",
];

export const productRules: FormRules = {
  title: [{ required: true, whitespace: true, message: "请输入商品标题", trigger: "blur" }],
  category_id: [{ required: true, type: "number", message: "请选择三级分类", trigger: "change" }],
};
