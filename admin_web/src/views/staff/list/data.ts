import type {
  Permission,
  Role,
  RoleCreate,
  RoleScope,
  StaffCreate,
  StaffMember,
  StaffStatus,
} from "@/api/staff";
import type { FormField, FormRules, Option, TableColumn } from "@/components/types";
import { formatDateTime } from "@/utils/format";

export const SCOPE_LABELS: Record<RoleScope, string> = {
  platform: "平台",
  merchant: "商家",
  supplier: "供应商",
};

export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = {
  active: "正常",
  disabled: "已停用",
};

export const staffColumns: TableColumn<StaffMember>[] = [
  { prop: "id", label: "ID", width: 80 },
  { prop: "username", label: "用户名", minWidth: 140 },
  { prop: "name", label: "姓名", minWidth: 120 },
  { prop: "role.name", label: "角色", minWidth: 120 },
  { prop: "shop.name", label: "所属", minWidth: 160, format: (row) => row.shop?.name ?? "平台" },
  {
    prop: "status",
    label: "状态",
    width: 90,
    format: (row) => STAFF_STATUS_LABELS[row.status] ?? row.status,
  },
  {
    prop: "last_login_at",
    label: "最后登录",
    width: 170,
    format: (row) => formatDateTime(row.last_login_at),
  },
  { prop: "created_at", label: "创建时间", width: 170, format: (row) => formatDateTime(row.created_at) },
];

export type StaffForm = Omit<StaffCreate, "shop_id"> & { shop_id: number | undefined };

export const emptyStaffForm = (): StaffForm => ({
  username: "",
  name: "",
  password: "",
  role_code: "",
  shop_id: undefined,
});

/** `role_code` options and the `shop_id` editor are filled in by the page (they come from the API). */
export function staffFields(
  roleOptions: Option<string>[],
  needsShop: (model: StaffForm) => boolean,
): FormField<StaffForm>[] {
  return [
    { prop: "username", label: "用户名", maxlength: 40 },
    { prop: "name", label: "姓名", maxlength: 40 },
    { prop: "password", label: "初始密码", kind: "password", maxlength: 64, placeholder: "8-64 位，含字母和数字" },
    { prop: "role_code", label: "角色", kind: "select", options: roleOptions },
    { prop: "shop_id", label: "所属店铺", visible: needsShop },
  ];
}

/** The backend's password rule: 8–64 characters with at least one letter and one digit. */
export function passwordProblem(value: string): string | null {
  if (value.length < 8 || value.length > 64) return "密码长度需为 8-64 位";
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value)) return "密码需同时包含字母和数字";
  return null;
}

export const staffRules: FormRules = {
  username: [
    { required: true, message: "请输入用户名", trigger: "blur" },
    { pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: "3-40 位字母、数字或 _ . -", trigger: "blur" },
  ],
  name: [{ required: true, whitespace: true, message: "请输入姓名", trigger: "blur" }],
  password: [
    { required: true, message: "请输入初始密码", trigger: "blur" },
    {
      trigger: "blur",
      validator: (_rule, value: string, callback) => {
        const problem = passwordProblem(value ?? "");
        callback(problem ? new Error(problem) : undefined);
      },
    },
  ],
  role_code: [{ required: true, message: "请选择角色", trigger: "change" }],
  shop_id: [{ required: true, message: "请选择所属店铺", trigger: "change" }],
};

export const roleColumns: TableColumn<Role>[] = [
  { prop: "code", label: "编码", minWidth: 160 },
  { prop: "name", label: "名称", minWidth: 140 },
  { prop: "scope", label: "适用范围", width: 110, format: (row) => SCOPE_LABELS[row.scope] ?? row.scope },
  { prop: "permissions", label: "权限数", width: 90, format: (row) => String(row.permissions.length) },
  { prop: "builtin", label: "类型", width: 90, format: (row) => (row.builtin ? "内置" : "自定义") },
];

export const emptyRoleForm = (): RoleCreate => ({
  code: "",
  name: "",
  scope: "platform",
  permissions: [],
});

export const roleFields: FormField<RoleCreate>[] = [
  { prop: "code", label: "编码", maxlength: 40, placeholder: "如 merchant_finance" },
  { prop: "name", label: "名称", maxlength: 40 },
  {
    prop: "scope",
    label: "适用范围",
    kind: "radio",
    options: (Object.keys(SCOPE_LABELS) as RoleScope[]).map((value) => ({
      label: SCOPE_LABELS[value],
      value,
    })),
  },
  { prop: "permissions", label: "权限" },
];

export const roleRules: FormRules = {
  code: [
    { required: true, message: "请输入编码", trigger: "blur" },
    {
      pattern: /^[a-z][a-z0-9_]{2,39}$/,
      message: "3-40 位，小写字母开头，仅含小写字母、数字和下划线",
      trigger: "blur",
    },
  ],
  name: [{ required: true, whitespace: true, message: "请输入名称", trigger: "blur" }],
  permissions: [{ type: "array", required: true, min: 1, message: "请至少选择一项权限", trigger: "change" }],
};

export interface PermissionGroup {
  group: string;
  items: Permission[];
}

/** Permissions grouped for the checkbox list, groups in the order the API lists them. */
export function groupPermissions(permissions: Permission[]): PermissionGroup[] {
  const groups = new Map<string, Permission[]>();
  for (const permission of permissions) {
    const key = permission.group || "其他";
    const items = groups.get(key) ?? [];
    items.push(permission);
    groups.set(key, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
