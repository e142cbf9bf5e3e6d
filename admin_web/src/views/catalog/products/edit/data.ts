import type { ShippingMode, ShippingTemplate } from "@/api/fulfillment";
import type { FormRules } from "@/components/types";

export const SERVICE_PROMISES = ["七天无理由退货", "正品保障", "极速发货", "假一赔十", "破损包退"];

export const COUNTRIES = [
  "中国", "美国", "日本", "韩国", "德国", "法国", "英国", "意大利", "西班牙", "澳大利亚",
  "新西兰", "加拿大", "泰国", "越南", "马来西亚", "新加坡", "印度尼西亚", "荷兰", "瑞士", "智利",
];

/** Form fields whose server errors show under the field; others are listed above the SKU table. */
export const SHOWN_FIELDS = [
  "title", "subtitle", "category_id", "brand_id", "images", "video", "description", "tags",
  "service_promise", "freight", "shipping_template_id", "units",
];

export const productRules: FormRules = {
  title: [{ required: true, whitespace: true, message: "请输入商品标题", trigger: "blur" }],
  category_id: [{ required: true, type: "number", message: "请选择三级分类", trigger: "change" }],
};

/** The select's stand-in for `shipping_template_id: null` (Element Plus treats null as "nothing chosen"); ids are ≥ 1. */
export const DEFAULT_SHIPPING_TEMPLATE = 0;

const SHIPPING_MODE_SHORT: Record<ShippingMode, string> = { pieces: "按件", weight: "按重量" };

export interface ShippingTemplateOption {
  value: number;
  label: string;
}

/**
 * 运费模板 options: first 「店铺默认模板（name of the default）」 (= null), then each template as
 * 「name（按件 / 按重量）」; a chosen id no longer listed keeps an option so the value still shows.
 */
export function shippingTemplateOptions(templates: ShippingTemplate[], selected: number | null = null): ShippingTemplateOption[] {
  const fallback = templates.find((template) => template.is_default);
  const options: ShippingTemplateOption[] = [
    { value: DEFAULT_SHIPPING_TEMPLATE, label: fallback ? `店铺默认模板（${fallback.name}）` : "店铺默认模板" },
    ...templates.map((template) => ({
      value: template.id,
      label: `${template.name}（${SHIPPING_MODE_SHORT[template.mode] ?? template.mode}）`,
    })),
  ];
  if (selected !== null && !templates.some((template) => template.id === selected)) {
    options.push({ value: selected, label: `运费模板 #${selected}` });
  }
  return options;
}
