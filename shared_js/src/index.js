// @ts-check
/**
 * The shared JS core of the shells (H5/app via the `@shared` alias, the mini-program through its
 * sync script): layout normalisation, actions, the API client and display formats. Plain ES
 * modules with JSDoc types, no dependencies, no platform globals.
 */

/**
 * Types, for shells written in TypeScript (`import type {NormalizedSection} from "@shared"`).
 * @typedef {import("./layout.js").NormalizedSection} NormalizedSection
 * @typedef {import("./layout.js").SupportedMap} SupportedMap
 * @typedef {import("./layout.js").Channel} Channel
 * @typedef {import("./actions.js").ActionTarget} ActionTarget
 * @typedef {import("./api.js").ApiClient} ApiClient
 * @typedef {import("./api.js").Transport} Transport
 * @typedef {import("./api.js").TransportRequest} TransportRequest
 * @typedef {import("./api.js").TransportResponse} TransportResponse
 * @typedef {import("./api.js").EtagCache} EtagCache
 * @typedef {import("./log.js").Logger} Logger
 * @typedef {import("./sku.js").Spec} Spec
 * @typedef {import("./sku.js").Sku} Sku
 * @typedef {import("./sku.js").Unit} Unit
 * @typedef {import("./sku.js").Selection} Selection
 * @typedef {import("./sku.js").OptionState} OptionState
 * @typedef {import("./chat.js").ChatMessage} ChatMessage
 * @typedef {import("./chat.js").ChatClient} ChatClient
 * @typedef {import("./chat.js").ChatStatus} ChatStatus
 * @typedef {import("./chat.js").ChatSide} ChatSide
 * @typedef {import("./chat.js").SocketOpener} SocketOpener
 * @typedef {import("./chat.js").SocketHandlers} SocketHandlers
 * @typedef {import("./chat.js").UnreadCounter} UnreadCounter
 * @typedef {import("./chat.js").MessageKind} MessageKind
 * @typedef {import("./chatroom.js").ChatRoom} ChatRoom
 * @typedef {import("./chatroom.js").RoomState} RoomState
 * @typedef {import("./aftersales.js").DraftLine} DraftLine
 * @typedef {import("./payments.js").Payment} Payment
 * @typedef {import("./payments.js").LaunchPlan} LaunchPlan
 * @typedef {import("./brands.js").Brand} Brand
 * @typedef {import("./brands.js").BrandIndex} BrandIndex
 * @typedef {import("./notifications.js").Notification} Notification
 * @typedef {import("./notifications.js").NoticeBadge} NoticeBadge
 * @typedef {import("./notifications.js").NoticeQuery} NoticeQuery
 * @typedef {import("./notifications.js").NoticeSwitch} NoticeSwitch
 * @typedef {import("./notifications.js").NoticeTarget} NoticeTarget
 * @typedef {import("./notifications.js").PushDevice} PushDevice
 * @typedef {import("./notifications.js").CentreState} CentreState
 * @typedef {import("./notifications.js").MessageCentre} MessageCentre
 * @typedef {import("./notifications.js").NotificationsApi} NotificationsApi
 * @typedef {import("./notifications.js").SwitchRow} SwitchRow
 * @typedef {import("./notifications.js").UnreadTotal} UnreadTotal
 * @typedef {import("./promotions.js").Mark} Mark
 * @typedef {import("./promotions.js").MarkView} MarkView
 * @typedef {import("./promotions.js").MarkKind} MarkKind
 * @typedef {import("./promotions.js").ActivityKind} ActivityKind
 * @typedef {import("./promotions.js").Activity} Activity
 * @typedef {import("./promotions.js").Coupon} Coupon
 * @typedef {import("./promotions.js").CouponView} CouponView
 * @typedef {import("./promotions.js").ClaimableTemplate} ClaimableTemplate
 * @typedef {import("./promotions.js").CheckoutCoupons} CheckoutCoupons
 */
export { setLogger } from "./log.js";
export {
  normalizeLayout,
  componentHeader,
  pageInfo,
  sectionItems,
  sectionProducts,
  sectionProductIds,
  PRODUCT_SECTION_TYPES,
} from "./layout.js";
export { resolveAction, isSafeUrl, ACTION_KINDS, TABS } from "./actions.js";
export {
  ApiError,
  isApiError,
  createApiClient,
  createMemoryEtagCache,
  errorFromResponse,
  fetchPage,
  fetchSectionData,
  headerValue,
  pagePath,
  queryString,
  sectionDataPath,
} from "./api.js";
export { formatPrice, priceParts, formatSales } from "./format.js";
export {
  optionStates,
  toggleOption,
  selectedSku,
  missingSpecs,
  unitPrice,
  maxQuantity,
  priceRange,
} from "./sku.js";
export {
  CHAT_CLOSE,
  ChatError,
  cardView,
  chatSocketUrl,
  createChatClient,
  createUnreadCounter,
  fromOtherSide,
  lastMessageId,
  localMessage,
  mergeMessages,
  messagePreview,
  newClientId,
  shopperChatApi,
  webSocketOpener,
} from "./chat.js";
export { createChatRoom, connectionBanner } from "./chatroom.js";
export {
  METHOD_NAMES,
  methodName,
  createPaymentsApi,
  isWechatBrowser,
  browserChannel,
  payableMethods,
  withRedirect,
  launchPlan,
  paymentOutcome,
  pollPayment,
  balanceState,
  voucherState,
  WALLET_KINDS,
  walletEntryView,
  batchPayOrderNos,
} from "./payments.js";
export {
  AFTERSALES_STATUS_TEXT,
  AFTERSALES_TYPE_TEXT,
  AFTERSALES_TABS,
  aftersalesStatusText,
  aftersalesTypeText,
  createAftersalesApi,
  draftLines,
  selectedItems,
  parseYuan,
  yuanText,
  applyProblem,
  applyBody,
  buyerActionButtons,
  timelineView,
  linesAftersales,
  lineAftersalesText,
  canApplyAftersales,
} from "./aftersales.js";
export { brandIndex } from "./brands.js";
export {
  NOTICE_TYPES,
  SUBSCRIBE_NOTICES,
  SWITCH_CHANNELS,
  badgeText,
  createMessageCentre,
  createSwitchForm,
  createUnreadTotal,
  fetchUnread,
  noticeTarget,
  notificationSettingsApi,
  notificationsApi,
  pushDevicesApi,
} from "./notifications.js";
export {
  ACTIVITY_KIND_TEXT,
  ACTIVITY_PHASE_TEXT,
  COUPON_STATUS_TEXT,
  COUPON_TABS,
  DISCOUNT_NAMES,
  MARK_KINDS,
  activityRuleLines,
  activityView,
  afterClaim,
  afterClaimRefused,
  bestCouponIds,
  cardMarks,
  checkoutCouponsView,
  claimErrorText,
  claimableView,
  couponGroup,
  couponView,
  couponsAfterPreview,
  createActivitiesApi,
  createCouponsApi,
  discountRows,
  discountText,
  giftsView,
  itemsOf,
  localDate,
  localDateTime,
  myCouponView,
  toggleCoupon,
  usableSelection,
  yuanShort,
} from "./promotions.js";
