/**
 * 消息中心 (MEM-7), 通知设置 and push devices (MSG-4) over the shared client: the endpoints and
 * their shapes live once in shared_js (`notifications.js`, docs/messaging-api.md).
 */
import { notificationSettingsApi, notificationsApi, pushDevicesApi } from "@shared";

import { client } from "@/core/api";

export type { Notification, NoticeBadge, NoticeSwitch, NoticeTarget, PushDevice } from "@shared";

export const messagesApi = notificationsApi(client, "me");
export const settingsApi = notificationSettingsApi(client);
export const devicesApi = pushDevicesApi(client);
