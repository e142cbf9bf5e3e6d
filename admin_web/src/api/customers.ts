/** Customers (客户) and their account audit: `/admin/customers`. */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery } from "./types";

export type CustomerStatus = "active" | "pending_audit" | "rejected" | "disabled";
export type CustomerSource = "mp" | "h5" | "app" | "pc" | "import" | "admin";

export interface Customer {
  id: number;
  phone: string | null;
  nickname: string;
  real_name?: string;
  company_name?: string;
  status: CustomerStatus;
  audit_reason?: string;
  source?: CustomerSource;
  created_at: string;
  last_login_at?: string | null;
}

export interface CustomerQuery extends PageQuery {
  keyword?: string;
  status?: CustomerStatus | "";
  source?: CustomerSource | "";
}

export interface AuditInput {
  approve: boolean;
  reason?: string;
}

export function listCustomers(query: CustomerQuery = {}, options?: CallOptions) {
  return http.get<Page<Customer>>("/admin/customers", { ...options, query: { ...query } });
}

export function auditCustomer(id: number, input: AuditInput, options?: CallOptions) {
  return http.post<Customer>(`/admin/customers/${id}/audit`, input, options);
}
