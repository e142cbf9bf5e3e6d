/**
 * 物流 (fulfillment): carriers (物流公司), shipment tracking, shipping templates (运费模板) and the
 * province list they are built from. Money is integer fen.
 */
import { http, type CallOptions } from "./client";
import type { LogisticsEvent } from "./orders";

// ---- carriers --------------------------------------------------------------------------------

/** An enabled carrier as the ship dialog offers it (`GET /carriers`, by sort). */
export interface CarrierOption {
  code: string;
  name: string;
  phone?: string;
  website?: string;
}

/** `code` is ours (`^[A-Z][A-Z0-9_]{1,19}$`) and never changes once created. */
export interface Carrier {
  id: number;
  code: string;
  name: string;
  phone: string;
  website: string;
  sort: number;
  is_enabled: boolean;
}

export type CarrierCreate = Omit<Carrier, "id">;
export type CarrierPatch = Partial<Pick<Carrier, "name" | "phone" | "website" | "sort" | "is_enabled">>;

/** These lists answer `{items}` without paging (docs/fulfillment-api.md). */
interface Items<T> {
  items: T[];
}

export function listEnabledCarriers(options?: CallOptions) {
  return http.get<Items<CarrierOption>>("/carriers", options);
}

export function listCarriers(options?: CallOptions) {
  return http.get<Items<Carrier>>("/admin/carriers", options);
}

export function createCarrier(input: CarrierCreate, options?: CallOptions) {
  return http.post<Carrier>("/admin/carriers", input, options);
}

export function updateCarrier(id: number, patch: CarrierPatch, options?: CallOptions) {
  return http.patch<Carrier>(`/admin/carriers/${id}`, patch, options);
}

// ---- tracking --------------------------------------------------------------------------------

/** `GET /admin/shipments/{id}/track`: events newest first. */
export interface ShipmentTrack {
  shipment_id: number;
  carrier: { code: string; name: string; phone: string; website: string } | null;
  tracking_no: string;
  status: "in_transit" | "delivered" | string;
  events: LogisticsEvent[];
}

export function trackShipment(id: number, options?: CallOptions) {
  return http.get<ShipmentTrack>(`/admin/shipments/${id}/track`, options);
}

// ---- shipping templates -------------------------------------------------------------------

export type ShippingMode = "pieces" | "weight";

/** The first `first_units` (pieces, or grams in weight mode) cost `first_fee`; each further `extra_units` or part of it `extra_fee`. */
export interface ShippingRate {
  first_units: number;
  /** fen */
  first_fee: number;
  extra_units: number;
  /** fen */
  extra_fee: number;
}

/** Replaces the default rate for its provinces (a province in one region only). */
export interface ShippingRegion extends ShippingRate {
  provinces: string[];
}

export interface ShippingTemplateInput {
  name: string;
  mode: ShippingMode;
  default_rate: ShippingRate;
  regions: ShippingRegion[];
  /** fen; null: never free. */
  free_over: number | null;
  excluded_provinces: string[];
  is_default: boolean;
}

export interface ShippingTemplate extends ShippingTemplateInput {
  id: number;
  shop_id?: number;
  created_at?: string;
  updated_at?: string;
}

export function listShippingTemplates(options?: CallOptions) {
  return http.get<Items<ShippingTemplate>>("/admin/shipping-templates", options);
}

export function getShippingTemplate(id: number, options?: CallOptions) {
  return http.get<ShippingTemplate>(`/admin/shipping-templates/${id}`, options);
}

export function createShippingTemplate(input: ShippingTemplateInput, options?: CallOptions) {
  return http.post<ShippingTemplate>("/admin/shipping-templates", input, options);
}

export function updateShippingTemplate(id: number, input: ShippingTemplateInput, options?: CallOptions) {
  return http.put<ShippingTemplate>(`/admin/shipping-templates/${id}`, input, options);
}

export function deleteShippingTemplate(id: number, options?: CallOptions) {
  return http.delete<void>(`/admin/shipping-templates/${id}`, options);
}

export function listProvinces(options?: CallOptions) {
  return http.get<Items<string>>("/regions/provinces", options);
}
