/**
 * 商品 (catalogue): categories, attributes, params, tags, brands, products, the platform library
 * (商品库) and reviews, as `docs/catalog-api.md` defines them under `/admin`. Money is integer fen.
 */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

// ---- categories ----------------------------------------------------------------------------

export interface CategoryNode {
  id: number;
  name: string;
  level: 1 | 2 | 3;
  icon: string;
  sort: number;
  is_visible: boolean;
  children: CategoryNode[];
}

export interface CategoryCreate {
  name: string;
  parent_id?: number | null;
  icon: string;
  sort: number;
  is_visible: boolean;
}

export type CategoryPatch = Partial<Omit<CategoryCreate, "parent_id">>;

export type AttributeInputType = "option" | "text" | "date" | "region" | "country";

export interface Attribute {
  id: number;
  name: string;
  input_type: AttributeInputType;
  options: string[];
  is_indexed: boolean;
  sort: number;
}

export type AttributeInput = Omit<Attribute, "id">;

export interface CategoryParam {
  group: string;
  name: string;
  sort: number;
}

export function getCategoryTree(options?: CallOptions) {
  return http.get<{ items: CategoryNode[] }>("/admin/categories/tree", options);
}

export function createCategory(input: CategoryCreate, options?: CallOptions) {
  return http.post<CategoryNode>("/admin/categories", input, options);
}

export function updateCategory(id: number, patch: CategoryPatch, options?: CallOptions) {
  return http.patch<CategoryNode>(`/admin/categories/${id}`, patch, options);
}

export function deleteCategory(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/categories/${id}`, options);
}

export function getCategoryAttributes(id: number, options?: CallOptions) {
  return http.get<{ items: Attribute[] }>(`/admin/categories/${id}/attributes`, options);
}

export function setCategoryAttributes(id: number, attributeIds: number[], options?: CallOptions) {
  return http.put<{ items: Attribute[] }>(`/admin/categories/${id}/attributes`, { attribute_ids: attributeIds }, options);
}

export function getCategoryParams(id: number, options?: CallOptions) {
  return http.get<{ items: CategoryParam[] }>(`/admin/categories/${id}/params`, options);
}

export function setCategoryParams(id: number, items: CategoryParam[], options?: CallOptions) {
  return http.put<{ items: CategoryParam[] }>(`/admin/categories/${id}/params`, { items }, options);
}

// ---- attributes ----------------------------------------------------------------------------

export interface AttributeQuery extends PageQuery {
  keyword?: string;
}

export function listAttributes(query: AttributeQuery = {}, options?: CallOptions) {
  return http.get<Page<Attribute>>("/admin/attributes", { ...options, query: { ...query } });
}

export function createAttribute(input: AttributeInput, options?: CallOptions) {
  return http.post<Attribute>("/admin/attributes", input, options);
}

export function updateAttribute(id: number, patch: Partial<AttributeInput>, options?: CallOptions) {
  return http.patch<Attribute>(`/admin/attributes/${id}`, patch, options);
}

export function deleteAttribute(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/attributes/${id}`, options);
}

// ---- tags ----------------------------------------------------------------------------------

export interface Tag {
  id: number;
  name: string;
  sort: number;
  is_enabled: boolean;
}

export function listTags(options?: CallOptions) {
  return http.get<{ items: Tag[] }>("/admin/tags", options);
}

export function createTag(input: { name: string; is_enabled: boolean }, options?: CallOptions) {
  return http.post<Tag>("/admin/tags", input, options);
}

export function updateTag(id: number, patch: Partial<{ name: string; is_enabled: boolean }>, options?: CallOptions) {
  return http.patch<Tag>(`/admin/tags/${id}`, patch, options);
}

export function deleteTag(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/tags/${id}`, options);
}

export function reorderTags(ids: number[], options?: CallOptions) {
  return http.put<void>("/admin/tags/order", { ids }, options);
}

// ---- brands --------------------------------------------------------------------------------

export type BrandStatus = "pending" | "approved" | "rejected";

export interface Brand {
  id: number;
  name: string;
  english_name: string;
  letter: string;
  logo: string;
  is_recommended: boolean;
  sort: number;
  status: BrandStatus;
  shop_id: number | null;
  reject_reason: string;
}

export type BrandInput = Pick<Brand, "name" | "english_name" | "letter" | "logo" | "is_recommended" | "sort">;

export interface BrandQuery extends PageQuery {
  status?: BrandStatus | "";
  keyword?: string;
  letter?: string;
}

export function listBrands(query: BrandQuery = {}, options?: CallOptions) {
  return http.get<Page<Brand>>("/admin/brands", { ...options, query: { ...query } });
}

export function createBrand(input: BrandInput, options?: CallOptions) {
  return http.post<Brand>("/admin/brands", input, options);
}

export function updateBrand(id: number, patch: Partial<BrandInput>, options?: CallOptions) {
  return http.patch<Brand>(`/admin/brands/${id}`, patch, options);
}

export function deleteBrand(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/brands/${id}`, options);
}

export function approveBrand(id: number, options?: CallOptions) {
  return http.post<Brand>(`/admin/brands/${id}/approve`, undefined, options);
}

export function rejectBrand(id: number, reason: string, options?: CallOptions) {
  return http.post<Brand>(`/admin/brands/${id}/reject`, { reason }, options);
}

// ---- products ------------------------------------------------------------------------------

export type ProductStatus = "draft" | "pending" | "on_sale" | "off_shelf" | "rejected" | "banned";
export type MerchantEvent = "submit" | "on_shelf" | "off_shelf";
export type PlatformEvent = "approve" | "reject" | "ban" | "unban";
export type ProductEvent = MerchantEvent | PlatformEvent;
export type BulkAction = ProductEvent | "delete";

export interface ProductRow {
  id: number;
  title: string;
  image: string;
  shop_id: number;
  shop_name: string;
  category_id: number;
  price: number;
  stock: number;
  sales: number;
  padded_sales: number;
  status: ProductStatus;
  sort: number;
  audit_reason: string;
  updated_at: string;
}

export interface ProductQuery extends PageQuery {
  status?: ProductStatus | "";
  keyword?: string;
  category_id?: number | null;
  shop_id?: number | null;
}

export interface Spec {
  name: string;
  values: string[];
}

export interface Unit {
  name: string;
  factor: number;
}

export interface ParamValue {
  group: string;
  name: string;
  value: string;
}

export interface SkuIn {
  spec_values: string[];
  price: number;
  original_price: number;
  stock: number;
  code: string;
  barcode: string;
  weight: number;
  image: string;
  unit_prices: number[];
  is_enabled: boolean;
}

export interface Sku extends SkuIn {
  id: number;
}

export interface ProductIn {
  title: string;
  subtitle: string;
  category_id: number | null;
  brand_id: number | null;
  images: string[];
  video: string;
  description: string;
  tags: string[];
  service_promise: string[];
  freight: number;
  /** 运费模板; null: the shop's default template. */
  shipping_template_id: number | null;
  sort: number;
  params: ParamValue[];
  attributes: { id: number; value: string }[];
  specs: Spec[];
  units: Unit[];
  skus: SkuIn[];
  submit: boolean;
}

/** `GET /admin/products/{id}`: every editable field, SKUs with ids. */
export interface ProductEdit extends Omit<ProductIn, "skus" | "submit" | "attributes" | "shipping_template_id"> {
  id: number;
  /** null or absent: the shop's default template. */
  shipping_template_id?: number | null;
  status: ProductStatus;
  shop_id: number;
  audit_reason?: string;
  attributes: { id: number; name?: string; value: string }[];
  skus: Sku[];
}

export interface QuickEdit {
  sort?: number;
  padded_sales?: number;
  freight?: number;
}

export interface BulkResult {
  succeeded: number[];
  failed: { id: number; code: string; message: string }[];
}

export interface TimelineEntry {
  event: string;
  from_state: string;
  to_state: string;
  actor: string;
  note: string;
  created_at: string;
}

/** One row of a rejected import (422). */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export function listProducts(query: ProductQuery = {}, options?: CallOptions) {
  return http.get<Page<ProductRow>>("/admin/products", { ...options, query: { ...query } });
}

export function getProduct(id: number, options?: CallOptions) {
  return http.get<ProductEdit>(`/admin/products/${id}`, options);
}

export function createProduct(input: ProductIn, options?: CallOptions) {
  return http.post<ProductEdit>("/admin/products", input, options);
}

export function updateProduct(id: number, input: ProductIn, options?: CallOptions) {
  return http.put<ProductEdit>(`/admin/products/${id}`, input, options);
}

export function quickEditProduct(id: number, patch: QuickEdit, options?: CallOptions) {
  return http.patch<ProductRow>(`/admin/products/${id}`, patch, options);
}

export function deleteProduct(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/products/${id}`, options);
}

export function productEvent(id: number, event: ProductEvent, reason?: string, options?: CallOptions) {
  return http.post<ProductEdit>(`/admin/products/${id}/${event}`, reason === undefined ? {} : { reason }, options);
}

export function bulkProducts(ids: number[], action: BulkAction, reason?: string, options?: CallOptions) {
  return http.post<BulkResult>("/admin/products/bulk", reason === undefined ? { ids, action } : { ids, action, reason }, options);
}

export function getProductTimeline(id: number, options?: CallOptions) {
  return http.get<{ items: TimelineEntry[] }>(`/admin/products/${id}/timeline`, options);
}

export function exportProducts(query: Omit<ProductQuery, "page" | "page_size">, options?: CallOptions) {
  return http.blob("/admin/products/export", { ...options, query: { ...query } });
}

export function downloadImportTemplate(options?: CallOptions) {
  return http.blob("/admin/products/import-template", options);
}

/** 201 `{imported}`; a 422 ApiError carries `rows` in its `body` (see `importRowErrors`). */
export function importProducts(file: File, options?: CallOptions) {
  const form = new FormData();
  form.append("file", file);
  return http.upload<{ imported: number }>("/admin/products/import", form, options);
}

/** The row-level report of a rejected import, or [] when the error has none. */
export function importRowErrors(body: unknown): ImportRowError[] {
  const rows = (body as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : [];
}

// ---- library (商品库) ------------------------------------------------------------------------

export interface LibraryQuery extends PageQuery {
  keyword?: string;
  category_id?: number | null;
}

export function listLibrary(query: LibraryQuery = {}, options?: CallOptions) {
  return http.get<Page<ProductRow>>("/admin/library", { ...options, query: { ...query } });
}

export function addToLibrary(productIds: number[], options?: CallOptions) {
  return http.post<void>("/admin/library", { product_ids: productIds }, options);
}

export function removeFromLibrary(productId: number, options?: CallOptions) {
  return http.delete<void>(`/admin/library/${productId}`, options);
}

export function copyFromLibrary(productId: number, options?: CallOptions) {
  return http.post<ProductEdit>(`/admin/library/${productId}/copy`, undefined, options);
}

// ---- reviews -------------------------------------------------------------------------------

export interface AdminReview {
  id: number;
  product_id: number;
  product_title: string;
  shop_id: number;
  sku_text: string;
  user: { nickname: string; avatar: string };
  rating: number;
  logistics_rating: number;
  content: string;
  images: string[];
  tags: string[];
  reply: { content: string; created_at: string } | null;
  is_hidden: boolean;
  created_at: string;
}

export interface ReviewQuery extends PageQuery {
  product_id?: number | null;
  rating?: "good" | "medium" | "bad" | "";
  hidden?: "" | "0" | "1";
}

export function listReviews(query: ReviewQuery = {}, options?: CallOptions) {
  return http.get<Page<AdminReview>>("/admin/reviews", { ...options, query: { ...query } });
}

export function replyReview(id: number, content: string, options?: CallOptions) {
  return http.post<void>(`/admin/reviews/${id}/reply`, { content }, options);
}

export function setReviewHidden(id: number, hidden: boolean, options?: CallOptions) {
  return http.post<void>(`/admin/reviews/${id}/${hidden ? "hide" : "show"}`, undefined, options);
}
