/**
 * The catalogue context as the storefront reads it (docs/catalog-api.md): the category tree,
 * search with facets, product detail, reviews. Money is integer fen.
 */
import type { Brand, Mark, Sku, Spec, Unit } from "@shared";
import { client } from "@/core/api";
import type { ProductCard } from "@/core/types";

export type { Brand, Sku, Spec, Unit };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface CategoryNode {
  id: number;
  name: string;
  level: number;
  icon?: string | null;
  sort?: number;
  children: CategoryNode[];
}

export type SortKey = "composite" | "sales" | "price_asc" | "price_desc" | "newest";

/** Filters of a search (all optional); `attrs` is `{attribute_id: value}`. */
export interface SearchFilters {
  /** From the filter popup of a keyword search (a category listing has its own). */
  category_id?: number | null;
  brand_id?: number | null;
  tags?: string[];
  attrs?: Record<string, string>;
  price_min?: number | null;
  price_max?: number | null;
  in_stock?: boolean;
}

export interface SearchQuery extends SearchFilters {
  keyword?: string;
  category_id?: number | null;
  sort?: SortKey;
  page?: number;
  page_size?: number;
  facets?: boolean;
}

export interface Facets {
  categories: { id: number; name: string; count: number }[];
  brands: { id: number; name: string; count: number }[];
  tags: { name: string; count: number }[];
  attributes: { id: number; name: string; values: { value: string; count: number }[] }[];
}

export interface SearchPage extends Page<ProductCard> {
  facets?: Facets;
}

export interface ReviewUser {
  nickname: string;
  avatar?: string | null;
}

export interface Review {
  id: number;
  product_id: number;
  sku_text: string;
  user: ReviewUser;
  rating: number;
  logistics_rating?: number;
  content: string;
  images: string[];
  tags: string[];
  view_count: number;
  like_count: number;
  comment_count: number;
  liked: boolean;
  reply: { content: string; created_at: string } | null;
  created_at: string;
}

export interface ReviewComment {
  id: number;
  user: ReviewUser;
  content: string;
  created_at: string;
}

/** What a shared page shows in a chat (REV-4 for a review): title, image, mini-program path. */
export interface ShareCard {
  title: string;
  image: string;
  path: string;
}

export interface ReviewDetail extends Review {
  comments: ReviewComment[];
  share?: ShareCard;
}

export interface TagCount {
  name: string;
  count: number;
}

export interface ReviewSummary {
  total: number;
  good_rate: number;
  counts: { good: number; medium: number; bad: number; with_images: number };
  tags: TagCount[];
}

export interface ProductSku extends Sku {
  original_price?: number;
  stock_state?: string;
  code?: string;
}

export interface ProductDetail {
  id: number;
  title: string;
  subtitle: string;
  video: string;
  images: string[];
  description: string;
  price: number;
  original_price: number;
  price_max: number;
  sales: number;
  stock_state: string;
  status: string;
  specs: Spec[];
  skus: ProductSku[];
  units: Unit[];
  params: { group: string; name: string; value: string }[];
  attributes: { id: number; name: string; value: string }[];
  service_promise: string[];
  freight: number;
  tags: string[];
  shop: { id: number; name: string; logo: string; self_operated: boolean };
  category_id: number;
  brand: { id: number; name: string } | null;
  review_summary: { total: number; good_rate: number; with_images: number; tags: TagCount[]; latest: Review[] };
  share: { title: string; image: string; path: string };
  favourited: boolean;
  /** Promotion marks (docs/promotions-api.md); an activity's may carry `activity_id` (its 凑单 page). */
  marks?: Mark[];
}

/** What the SKU picker hands back on 确定. */
export interface SkuChoice {
  sku: ProductSku;
  unitIndex: number;
  unit: Unit;
  quantity: number;
  /** 「红 / L × 2箱」 */
  text: string;
}

export type RatingFilter = "good" | "medium" | "bad";

export interface ReviewQuery {
  tag?: string;
  with_images?: boolean;
  rating?: RatingFilter | "";
  page?: number;
  page_size?: number;
}

export interface HotSearches {
  preset: string[];
  hot: string[];
}

/** The query string of a search: lists joined by commas, booleans as 1, empties left out. */
export function searchParams(query: SearchQuery): Record<string, string | number | undefined> {
  const attrs = Object.entries(query.attrs ?? {})
    .filter(([, value]) => value)
    .map(([id, value]) => `${id}:${value}`);
  return {
    keyword: query.keyword || undefined,
    category_id: query.category_id ?? undefined,
    brand_id: query.brand_id ?? undefined,
    tags: query.tags?.length ? query.tags.join(",") : undefined,
    attrs: attrs.length ? attrs.join(",") : undefined,
    price_min: query.price_min ?? undefined,
    price_max: query.price_max ?? undefined,
    in_stock: query.in_stock ? 1 : undefined,
    sort: query.sort,
    page: query.page,
    page_size: query.page_size,
    facets: query.facets ? 1 : undefined,
  };
}

export const catalogApi = {
  categoryTree: (): Promise<{ items: CategoryNode[] }> => client.get("/categories/tree"),
  /** Approved brands for the brand centre (each with its pinyin `letter`). */
  brands: (): Promise<{ items: Brand[] }> => client.get("/brands"),
  search: (query: SearchQuery): Promise<SearchPage> => client.get("/search/products", { query: searchParams(query) }),
  suggest: (keyword: string): Promise<{ items: string[] }> => client.get("/search/suggest", { query: { keyword } }),
  history: (): Promise<{ items: string[] }> => client.get("/search/history"),
  clearHistory: (): Promise<unknown> => client.del("/search/history"),
  hot: (): Promise<HotSearches> => client.get("/search/hot"),
  product: (id: number): Promise<ProductDetail> => client.get(`/products/${id}`),
  recommendations: (id: number, limit = 10): Promise<{ items: ProductCard[] }> =>
    client.get(`/products/${id}/recommendations`, { query: { limit } }),
  reviews: (productId: number, query: ReviewQuery): Promise<Page<Review>> =>
    client.get(`/products/${productId}/reviews`, {
      query: {
        tag: query.tag || undefined,
        with_images: query.with_images ? 1 : undefined,
        rating: query.rating || undefined,
        page: query.page,
        page_size: query.page_size,
      },
    }),
  reviewSummary: (productId: number): Promise<ReviewSummary> => client.get(`/products/${productId}/reviews/summary`),
  review: (id: number): Promise<ReviewDetail> => client.get(`/reviews/${id}`),
  comment: (id: number, content: string): Promise<ReviewComment> => client.post(`/reviews/${id}/comments`, { content }),
  like: (id: number, liked: boolean): Promise<{ liked: boolean; like_count: number }> =>
    liked ? client.put(`/reviews/${id}/like`) : client.del(`/reviews/${id}/like`),
};
