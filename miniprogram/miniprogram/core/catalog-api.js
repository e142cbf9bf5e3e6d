// The storefront catalogue endpoints (docs/catalog-api.md) and the shopper's favourites and
// followed shops (backend/members: under /me), all through the one API client of core/api.js.
import { getClient } from "./api.js";

const client = () => getClient();
const enc = (value) => encodeURIComponent(String(value));

export const catalogApi = {
  categoryTree: () => client().get("/categories/tree"),
  /** Approved brands for the brand centre, each with its pinyin `letter`. */
  brands: () => client().get("/brands"),
  searchProducts: (query) => client().get("/search/products", { query }),
  suggest: (keyword) => client().get("/search/suggest", { query: { keyword } }),
  hot: () => client().get("/search/hot"),
  history: () => client().get("/search/history"),
  clearHistory: () => client().del("/search/history"),

  product: (id) => client().get("/products/" + enc(id)),
  recommendations: (id, limit) => client().get("/products/" + enc(id) + "/recommendations", { query: { limit: limit || 10 } }),
  reviews: (productId, query) => client().get("/products/" + enc(productId) + "/reviews", { query }),
  reviewSummary: (productId) => client().get("/products/" + enc(productId) + "/reviews/summary"),
  review: (id) => client().get("/reviews/" + enc(id)),
  comment: (id, content) => client().post("/reviews/" + enc(id) + "/comments", { content }),
  /** PUT (like) or DELETE (unlike) → {liked, like_count}. */
  setLiked: (id, liked) => (liked ? client().put : client().del)("/reviews/" + enc(id) + "/like"),

  /** PUT (keep) or DELETE (drop) a favourite product. */
  setFavourite: (productId, on) => (on ? client().put : client().del)("/me/favourites/" + enc(productId)),
  favourites: (query) => client().get("/me/favourites", { query }),
  deleteFavourites: (productIds) => client().post("/me/favourites/batch-delete", { product_ids: productIds }),
  followedShops: (query) => client().get("/me/followed-shops", { query }),
  unfollow: (shopId) => client().del("/me/followed-shops/" + enc(shopId)),
};
