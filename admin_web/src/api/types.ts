/** Shapes shared by every context module. */

/** Every list endpoint answers with one page of items. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface PageQuery {
  page?: number;
  page_size?: number;
}

export type ShopKind = "merchant" | "supplier";

export interface ShopRef {
  id: number;
  name: string;
  kind: ShopKind;
}

export interface RoleRef {
  code: string;
  name: string;
}

/** The signed-in back-office user, as `GET /staff/me` returns it. */
export interface Staff {
  id: number;
  username: string;
  name: string;
  role: RoleRef;
  permissions: string[];
  shop: ShopRef | null;
}
