/** The member's own lists (backend/members): 我的收藏 and 关注的店铺, under `/me`. */
import { client } from "@/core/api";
import type { ProductCard } from "@/core/types";

import type { Page } from "./catalog";

export interface Favourite {
  product_id: number;
  created_at: string;
  /** false once the product left the shelf or is gone (then `card` is null). */
  available: boolean;
  card: ProductCard | null;
}

export interface FollowedShop {
  shop_id: number;
  created_at: string;
  available: boolean;
  followers: number;
  shop: { id: number; name: string; logo: string; self_operated: boolean } | null;
}

export const membersApi = {
  favourites: (page = 1, page_size = 20): Promise<Page<Favourite>> => client.get("/me/favourites", { query: { page, page_size } }),
  favourite: (productId: number): Promise<Favourite> => client.put(`/me/favourites/${productId}`),
  unfavourite: (productId: number): Promise<unknown> => client.del(`/me/favourites/${productId}`),
  unfavouriteMany: (productIds: number[]): Promise<{ deleted: number }> =>
    client.post("/me/favourites/batch-delete", { product_ids: productIds }),
  followedShops: (page = 1, page_size = 20): Promise<Page<FollowedShop>> =>
    client.get("/me/followed-shops", { query: { page, page_size } }),
  unfollow: (shopId: number): Promise<unknown> => client.del(`/me/followed-shops/${shopId}`),
};

/** Who and where to deliver to: an address book entry's fields, an order's address, a paper invoice's. */
export interface PostalAddress {
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  detail: string;
}

/** A delivery address (`/me/addresses`, backend/members/schemas.py AddressOut). */
export interface Address extends PostalAddress {
  id: number;
  postal_code: string;
  tag: string;
  is_default: boolean;
  created_at: string;
}

export type AddressInput = Omit<Address, "id" | "created_at">;

export const addressesApi = {
  list: (): Promise<{ items: Address[] }> => client.get("/me/addresses"),
  get: (id: number): Promise<Address> => client.get(`/me/addresses/${id}`),
  create: (data: AddressInput): Promise<Address> => client.post("/me/addresses", data),
  update: (id: number, data: AddressInput): Promise<Address> => client.put(`/me/addresses/${id}`, data),
  setDefault: (id: number): Promise<Address> => client.put(`/me/addresses/${id}/default`),
  remove: (id: number): Promise<unknown> => client.del(`/me/addresses/${id}`),
};

/** 「广东省 深圳市 南山区 科技园1号」 */
export function addressLine(a: { province: string; city: string; district: string; detail: string }): string {
  return [a.province, a.city, a.district, a.detail].filter(Boolean).join(" ");
}
