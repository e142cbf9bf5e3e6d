import type { FormField, FormRules } from "@/components/types";

export interface LoginForm {
  username: string;
  password: string;
}

export const emptyLoginForm = (): LoginForm => ({ username: "", password: "" });

export const loginFields: FormField<LoginForm>[] = [
  { prop: "username", label: "用户名", maxlength: 40 },
  { prop: "password", label: "密码", kind: "password", maxlength: 64 },
];

export const loginRules: FormRules = {
  username: [{ required: true, message: "请输入用户名", trigger: "blur" }],
  password: [{ required: true, message: "请输入密码", trigger: "blur" }],
};
