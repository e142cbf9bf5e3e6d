/**
 * Server-driven pages (店铺装修, SDUI-2): the back-office endpoints of `docs/pages-api.md` —
 * component catalogue, page list and creation, draft save, publish, revisions, roll back, preview.
 * Permission `pages:manage`; merchants only see and edit their own shop's pages.
 */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

/** Error codes of this context the decorator reacts to. */
export const PAGE_ERRORS = {
  /** 422: the draft fails the catalogue; `fields` maps JSON paths to messages. */
  layoutInvalid: "layout_invalid",
  /** 409: `base_revision` is not the current draft revision (someone else saved). */
  draftConflict: "draft_conflict",
} as const;

export const CHANNELS = ["mp", "h5", "app", "pc"] as const;
/** Where a page is shown: mini-program, H5, app, PC. */
export type Channel = (typeof CHANNELS)[number];

export type PageKind = "platform_home" | "shop_home" | "custom" | "category" | "b2b_home" | "campaign";

export type ComponentCategory = "basic" | "goods" | "marketing" | "shop" | "nav";

/** A JSON Schema (Draft 2020-12) with the catalogue's editor hints (`x-widget`, `x-group`, …). */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  "x-widget"?: string;
  "x-group"?: string;
  "x-enum-titles"?: string[];
  "x-unit"?: string;
  "x-options"?: string;
  "x-discriminator"?: string;
  [keyword: string]: unknown;
}

/** 跳转: what a tap does (`page.schema.json#/$defs/action`). */
export type Action =
  | { kind: "product"; product_id: number }
  | { kind: "category"; category_id: number }
  | { kind: "search"; keyword: string }
  | { kind: "page"; page_key: string }
  | { kind: "shop"; shop_id: number }
  | { kind: "claim_coupon"; coupon_id: number }
  | { kind: "mp_path"; path: string }
  | { kind: "url"; url: string }
  | { kind: "tab"; tab: "home" | "category" | "cart" | "me" };

export type ActionKind = Action["kind"];

/** 数据来源: declarative data of a section (`page.schema.json#/$defs/source`). */
export type Source =
  | { kind: "product_ids"; ids: number[] }
  | {
      kind: "product_query";
      category_id?: number;
      tag?: string;
      brand_id?: number;
      sort: "composite" | "sales" | "newest" | "price_asc" | "price_desc";
      limit: number;
    }
  | { kind: "ranking"; metric: "sales"; limit: number }
  | { kind: "newest"; limit: number }
  | { kind: "coupon_ids"; ids: number[] }
  | { kind: "flash_sale"; slot?: "current" | "next"; limit?: number }
  | { kind: "group_buy"; limit: number }
  | { kind: "category_tree"; parent_id?: number; limit: number }
  | { kind: "shops"; ids?: number[] }
  | { kind: "stores"; limit: number }
  | { kind: "hot_words"; limit: number };

export type SourceKind = Source["kind"];

/** One section of a page document. Settings are checked against the type's catalogue entry. */
export interface Section {
  type: string;
  v: number;
  settings: Record<string, unknown>;
  source?: Source;
  action?: Action;
  channels?: Channel[];
  lazy?: boolean;
}

export interface PageStyle {
  background_color?: string;
  background_image?: string;
  nav_background_color?: string;
  nav_text_style?: "black" | "white";
}

/** The page document: sections keyed by stable id plus their order. Values only. */
export interface PageDocument {
  schema_version: 1;
  page: { kind: PageKind; title: string; style?: PageStyle };
  sections: Record<string, Section>;
  order: string[];
}

export interface ComponentPreset {
  title: string;
  settings: Record<string, unknown>;
  source?: Source;
}

/** One entry of `layouts/components/<type>.json`. */
export interface ComponentEntry {
  $id: string;
  type: string;
  v: number;
  title: string;
  description?: string;
  icon: string;
  category: ComponentCategory;
  channels: Channel[];
  sources: SourceKind[];
  source_required: boolean;
  section_action: boolean;
  max_per_page: number | null;
  settings: JsonSchema;
  presets: ComponentPreset[];
  fixture: Section;
}

export interface PageTemplate {
  name: string;
  title: string;
  document: PageDocument;
}

export interface Catalogue {
  page_schema: JsonSchema;
  components: ComponentEntry[];
  templates: PageTemplate[];
}

export interface PageSummary {
  id: number;
  key: string;
  kind: PageKind;
  title: string;
  /** City-site variant (城市分站) code; "" for the base page. */
  site?: string;
  shop_id: number | null;
  /** Id of the live revision (a `Revision.id`), null before the first publish. */
  published_revision: number | null;
  /** Id of the current draft revision: the `base_revision` of the next save. */
  draft_revision: number | null;
  updated_at: string;
}

export interface PageDetail extends PageSummary {
  /** The current draft. */
  document: PageDocument;
  published_document: PageDocument | null;
}

export interface PageCreate {
  key: string;
  kind: PageKind;
  title: string;
  /** A template's `name` to copy into the first draft. */
  template?: string;
  /** City-site variant (城市分站) code; omitted for the base page. */
  site?: string;
}

export interface DraftSave {
  document: PageDocument;
  /** The draft revision the edit started from; another save since answers 409 `draft_conflict`. */
  base_revision: number | null;
}

export interface Revision {
  id: number;
  number: number;
  kind: "draft" | "published";
  created_at: string;
  /** Who saved or published it (the backend's actor label). */
  created_by: string;
}

export interface PreviewLink {
  token: string;
  /** When the link stops working: ISO time, or Unix seconds as the backend sends it today. */
  expires_at: string | number;
  h5_url: string;
}

const base = "/admin/pages";

export function getCatalogue(options?: CallOptions): Promise<Catalogue> {
  return http.get<Catalogue>("/admin/layouts/catalogue", options);
}

export function listPages(query: PageQuery = {}, options?: CallOptions): Promise<Page<PageSummary>> {
  return http.get<Page<PageSummary>>(base, { ...options, query: { ...query } });
}

export function createPage(input: PageCreate, options?: CallOptions): Promise<PageDetail> {
  return http.post<PageDetail>(base, input, options);
}

export function getPage(id: number, options?: CallOptions): Promise<PageDetail> {
  return http.get<PageDetail>(`${base}/${id}`, options);
}

export function saveDraft(id: number, input: DraftSave, options?: CallOptions): Promise<PageDetail> {
  return http.put<PageDetail>(`${base}/${id}/draft`, input, options);
}

export function publishPage(id: number, options?: CallOptions): Promise<PageDetail> {
  return http.post<PageDetail>(`${base}/${id}/publish`, undefined, options);
}

export function listRevisions(id: number, options?: CallOptions): Promise<{ items: Revision[] }> {
  return http.get<{ items: Revision[] }>(`${base}/${id}/revisions`, options);
}

export function rollbackPage(id: number, revisionId: number, options?: CallOptions): Promise<PageDetail> {
  return http.post<PageDetail>(`${base}/${id}/rollback`, { revision_id: revisionId }, options);
}

export function previewPage(id: number, options?: CallOptions): Promise<PreviewLink> {
  return http.post<PreviewLink>(`${base}/${id}/preview`, undefined, options);
}
