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
