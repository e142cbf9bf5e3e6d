/** Staff sign-in: `/staff/auth/*` and `/staff/me`. */
import { http, type CallOptions } from "./client";
import type { Staff } from "./types";

export interface LoginInput {
  username: string;
  password: string;
}

export interface LoginResult {
  token: string;
  expires_at: string;
  staff: Staff;
}

export function login(input: LoginInput, options?: CallOptions): Promise<LoginResult> {
  return http.post<LoginResult>("/staff/auth/login", input, { ...options, auth: false });
}

export function fetchMe(options?: CallOptions): Promise<Staff> {
  return http.get<Staff>("/staff/me", options);
}

export function logout(options?: CallOptions): Promise<void> {
  return http.post<void>("/staff/auth/logout", undefined, options);
}
