/** Merchants and suppliers (商家 / 供应商): `/admin/shops`. */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery, ShopKind } from "./types";

export type ShopStatus = "active" | "disabled";

export interface Shop {
  id: number;
  kind: ShopKind;
  name: string;
  self_operated: boolean;
  status: ShopStatus;
  contact_name: string;
  contact_phone: string;
  logo: string;
  intro: string;
  created_at: string;
}

export interface ShopQuery extends PageQuery {
  kind?: ShopKind;
  keyword?: string;
  status?: ShopStatus | "";
}

export interface ShopCreate {
  kind: ShopKind;
  name: string;
  self_operated: boolean;
  contact_name: string;
  contact_phone: string;
}

export function listShops(query: ShopQuery = {}, options?: CallOptions): Promise<Page<Shop>> {
  return http.get<Page<Shop>>("/admin/shops", { ...options, query: { ...query } });
}

export function createShop(input: ShopCreate, options?: CallOptions): Promise<Shop> {
  return http.post<Shop>("/admin/shops", input, options);
}
