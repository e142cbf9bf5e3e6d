/** Shapes of the page API as this shell reads them (docs/pages-api.md). */
import type { Mark, NormalizedSection } from "@shared";

export type { NormalizedSection };

export type Channel = "mp" | "h5" | "app" | "pc";

/** An action of `layouts/page.schema.json#/$defs/action` (validated by the shared core). */
export interface Action {
  kind: string;
  [field: string]: unknown;
}

export interface ProductCard {
  id: number;
  title: string;
  image: string;
  price: number;
  original_price?: number | null;
  sales?: number;
  stock_state?: "in_stock" | "low" | "sold_out";
  shop_id?: number;
  self_operated?: boolean;
  tags?: string[];
  /** Promotion marks `{kind, text}` (满减, 满折, 满赠, 打包一口价, 领券; docs/promotions-api.md). */
  marks?: Mark[];
  unit?: string;
  rank?: number;
  [field: string]: unknown;
}

export interface CategoryNode {
  id: number;
  name: string;
  icon?: string | null;
  children?: CategoryNode[];
}

export interface ShopInfo {
  id: number;
  name: string;
  logo?: string | null;
  self_operated?: boolean;
  intro?: string | null;
  [field: string]: unknown;
}

export interface PageResponse {
  key?: string;
  kind?: string;
  revision?: number;
  schema_version?: number;
  page?: { kind?: string; title?: string; style?: Record<string, string> };
  order: string[];
  sections: Record<string, Record<string, unknown>>;
}

/** Settings after the catalogue defaults are filled in: read by key, typed by each renderer. */
export type Settings = Record<string, any>;

/** Display options of a product card (product_grid settings). */
export interface CardOptions {
  show_title?: boolean;
  title_lines?: number;
  show_price?: boolean;
  show_original_price?: boolean;
  show_sales?: boolean;
  show_buy_button?: boolean;
  buy_button_style?: "button" | "cart";
  buy_button_text?: string;
  image_ratio?: "1:1" | "3:4";
  card_style?: "card" | "border" | "flat";
  radius?: number;
}

/** One choice chip (筛选项, 规格, 单位, 评价标签) of ChipList. */
export interface Chip {
  value: string;
  label: string;
  count?: number | null;
  selected?: boolean;
  disabled?: boolean;
}
