/**
 * 消息通知 (MSG-3): the shop's notices (新订单, 买家催发货 …) under `/admin/notifications`
 * (docs/messaging-api.md). The paths and shapes live once in shared_js (`notificationsApi`, the
 * same centre as the shoppers'); this module runs them over admin_web's client, quietly: the
 * bell shows its own errors and a failed badge poll shows nothing.
 */
import { notificationsApi, type ApiClient } from "@shared";

import { http } from "./client";

export type { CentreState, Notification, NoticeBadge } from "@shared";

const quiet = {
  get: (path: string, options?: { query?: Record<string, string | number | boolean | null | undefined> }) =>
    http.get(path, { query: options?.query, silent: true }),
  post: (path: string, body?: unknown) => http.post(path, body, { silent: true }),
} as unknown as ApiClient;

export const shopNoticesApi = notificationsApi(quiet, "admin");
