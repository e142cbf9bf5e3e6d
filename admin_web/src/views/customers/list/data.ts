import type { AuditInput, Customer, CustomerSource, CustomerStatus } from "@/api/customers";
import type { FormField, FormRules, Option, TableColumn } from "@/components/types";
import { formatDateTime } from "@/utils/format";

type TagType = "success" | "warning" | "danger" | "info";

export const CUSTOMER_STATUS: Record<CustomerStatus, { label: string; tag: TagType }> = {
  active: { label: "正常", tag: "success" },
  pending_audit: { label: "待审核", tag: "warning" },
  rejected: { label: "已驳回", tag: "danger" },
  disabled: { label: "已禁用", tag: "info" },
};

export const CUSTOMER_SOURCES: Record<CustomerSource, string> = {
  mp: "小程序",
  h5: "H5",
  app: "App",
  pc: "PC",
  import: "导入",
  admin: "后台创建",
};

export const statusOptions: Option<CustomerStatus | "">[] = [
  { label: "全部状态", value: "" },
  ...(Object.keys(CUSTOMER_STATUS) as CustomerStatus[]).map((value) => ({
    label: CUSTOMER_STATUS[value].label,
    value,
  })),
];

export const sourceOptions: Option<CustomerSource | "">[] = [
  { label: "全部来源", value: "" },
  ...(Object.keys(CUSTOMER_SOURCES) as CustomerSource[]).map((value) => ({
    label: CUSTOMER_SOURCES[value],
    value,
  })),
];

export const customerColumns: TableColumn<Customer>[] = [
  { prop: "id", label: "ID", width: 80 },
  { prop: "phone", label: "手机号", width: 140 },
  { prop: "nickname", label: "昵称", minWidth: 140 },
  { prop: "real_name", label: "姓名", minWidth: 100 },
  { prop: "company_name", label: "公司", minWidth: 160 },
  {
    prop: "source",
    label: "来源",
    width: 100,
    format: (row) => (row.source ? (CUSTOMER_SOURCES[row.source] ?? row.source) : "—"),
  },
  { prop: "status", label: "状态", width: 100, slot: "status" },
  { prop: "created_at", label: "注册时间", width: 170, format: (row) => formatDateTime(row.created_at) },
];

export const AUDIT_REASON_MAX = 200;

export const emptyAuditForm = (): Required<AuditInput> => ({ approve: true, reason: "" });

export const auditFields: FormField<Required<AuditInput>>[] = [
  {
    prop: "approve",
    label: "审核结果",
    kind: "radio",
    options: [
      { label: "通过", value: true },
      { label: "驳回", value: false },
    ],
  },
  {
    prop: "reason",
    label: "驳回原因",
    kind: "textarea",
    maxlength: AUDIT_REASON_MAX,
    placeholder: "将通知给客户",
    visible: (model) => !model.approve,
  },
];

export const auditRules: FormRules = {
  reason: [{ required: true, whitespace: true, message: "请填写驳回原因", trigger: "blur" }],
};
