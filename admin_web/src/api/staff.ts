/** Staff accounts, roles and permission codes: `/admin/staff`, `/admin/roles`, `/admin/permissions`. */
import { http, type CallOptions } from "./client";
import type { Page, PageQuery, Staff } from "./types";

export type RoleScope = "platform" | "merchant" | "supplier";
export type StaffStatus = "active" | "disabled";

/** A row of the staff list: the session's Staff plus account state. */
export interface StaffMember extends Staff {
  status: StaffStatus;
  created_at: string;
  last_login_at: string | null;
}

export interface StaffQuery extends PageQuery {
  keyword?: string;
  role_code?: string;
  shop_id?: number;
}

export interface StaffCreate {
  username: string;
  name: string;
  password: string;
  role_code: string;
  shop_id?: number;
}

export interface Role {
  id: number;
  code: string;
  name: string;
  scope: RoleScope;
  permissions: string[];
  builtin: boolean;
}

export type RoleCreate = Pick<Role, "code" | "name" | "scope" | "permissions">;

export interface Permission {
  code: string;
  name: string;
  group: string;
}

/** Needs `staff:manage`; rows are scoped to the caller's shop by the backend. */
export function listStaff(query: StaffQuery = {}, options?: CallOptions) {
  return http.get<Page<StaffMember>>("/admin/staff", { ...options, query: { ...query } });
}

export function createStaff(input: StaffCreate, options?: CallOptions): Promise<StaffMember> {
  return http.post<StaffMember>("/admin/staff", input, options);
}

/** The roles the caller may give (needs `staff:manage`). */
export function listRoles(options?: CallOptions): Promise<{ items: Role[] }> {
  return http.get<{ items: Role[] }>("/admin/roles", options);
}

export function createRole(input: RoleCreate, options?: CallOptions): Promise<Role> {
  return http.post<Role>("/admin/roles", input, options);
}

/** The permission catalogue (needs `roles:manage`). */
export function listPermissions(options?: CallOptions): Promise<{ items: Permission[] }> {
  return http.get<{ items: Permission[] }>("/admin/permissions", options);
}
