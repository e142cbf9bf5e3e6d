/**
 * Routes of the H5 storefront (history mode under the build's base, `/h5/`; the backend answers
 * every client route with index.html). Tab routes: `/`, `/category`, `/cart`, `/me`. Trade:
 * `/checkout`, `/pay/:paymentNo`, `/orders?tab=`, `/order/:orderNo` (+ `/logistics`, `/review`, `/aftersales`), `/pay/return` (Alipay),
 * `/aftersales(/:requestNo)`, `/me/wallet`. 在线客服: `/chat?shop_id=&product_id=|order_no=`
 * (opens the conversation, then `/chat/:conversationId`). Brands: `/brands` (A–Z index; also what
 * `/page/brand-center` shows until operators publish one) and `/brand/:id?name=` (its listing).
 * 消息中心: `/me/messages?type=` and `/me/messages/settings` (通知设置). 营销: `/me/coupons?status=`
 * (我的优惠券) and `/activities/:id` (an activity's 凑单 page). There is no
 * login route yet: actions that need a session toast 「请先登录」 (core/session.ts).
 */
import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from "vue-router";

import HomeView from "@/views/HomeView.vue";

declare module "vue-router" {
  interface RouteMeta {
    title?: string;
    /** A bottom-tab page: draws the tab bar and no back arrow. */
    tab?: boolean;
  }
}

const Listing = () => import("@/views/catalog/ListingView.vue");

const Chat = () => import("@/views/chat/ChatView.vue");

export const routes: RouteRecordRaw[] = [
  { path: "/", name: "home", component: HomeView, meta: { title: "首页", tab: true } },
  { path: "/category", name: "category", component: () => import("@/views/CategoryView.vue"), meta: { title: "分类", tab: true } },
  { path: "/category/:id(\\d+)", name: "category-products", component: Listing, meta: { title: "分类商品" } },
  { path: "/cart", name: "cart", component: () => import("@/views/trade/CartView.vue"), meta: { title: "购物车", tab: true } },
  { path: "/checkout", name: "checkout", component: () => import("@/views/trade/CheckoutView.vue"), meta: { title: "确认订单" } },
  // Alipay's return URL (ALIPAY_RETURN_URL = <site>/h5/pay/return): back to the payment it names.
  {
    path: "/pay/return",
    name: "pay-return",
    redirect: (to) => {
      const no = typeof to.query.out_trade_no === "string" ? to.query.out_trade_no : "";
      return no ? { path: `/pay/${encodeURIComponent(no)}`, query: { from: "alipay" } } : { path: "/orders", query: { tab: "pending_payment" } };
    },
  },
  { path: "/pay/:paymentNo", name: "pay", component: () => import("@/views/trade/PayView.vue"), meta: { title: "收银台" } },
  { path: "/orders", name: "orders", component: () => import("@/views/trade/OrdersView.vue"), meta: { title: "我的订单" } },
  { path: "/order/:orderNo", name: "order", component: () => import("@/views/trade/OrderDetailView.vue"), meta: { title: "订单详情" } },
  { path: "/order/:orderNo/logistics", name: "order-logistics", component: () => import("@/views/trade/LogisticsView.vue"), meta: { title: "物流详情" } },
  { path: "/order/:orderNo/review", name: "order-review", component: () => import("@/views/trade/OrderReviewView.vue"), meta: { title: "评价晒单" } },
  { path: "/order/:orderNo/aftersales", name: "aftersales-apply", component: () => import("@/views/aftersales/AftersalesApplyView.vue"), meta: { title: "申请售后" } },
  { path: "/aftersales", name: "aftersales", component: () => import("@/views/aftersales/AftersalesListView.vue"), meta: { title: "退款/售后" } },
  { path: "/aftersales/:requestNo", name: "aftersales-detail", component: () => import("@/views/aftersales/AftersalesDetailView.vue"), meta: { title: "售后详情" } },
  { path: "/me/coupons", name: "my-coupons", component: () => import("@/views/promotions/MyCouponsView.vue"), meta: { title: "我的优惠券" } },
  { path: "/activities/:id(\\d+)", name: "activity", component: () => import("@/views/promotions/ActivityView.vue"), meta: { title: "活动凑单" } },
  { path: "/me/wallet", name: "wallet", component: () => import("@/views/members/WalletView.vue"), meta: { title: "我的余额" } },
  { path: "/me", name: "me", component: () => import("@/views/members/MeView.vue"), meta: { title: "我的", tab: true } },
  { path: "/me/favourites", name: "favourites", component: () => import("@/views/members/FavouritesView.vue"), meta: { title: "我的收藏" } },
  { path: "/me/addresses", name: "addresses", component: () => import("@/views/members/AddressesView.vue"), meta: { title: "收货地址" } },
  { path: "/me/addresses/new", name: "address-new", component: () => import("@/views/members/AddressEditView.vue"), meta: { title: "新增收货地址" } },
  { path: "/me/addresses/:id(\\d+)/edit", name: "address-edit", component: () => import("@/views/members/AddressEditView.vue"), meta: { title: "编辑收货地址" } },
  { path: "/me/messages", name: "messages", component: () => import("@/views/messages/MessagesView.vue"), meta: { title: "消息中心" } },
  { path: "/me/messages/settings", name: "notification-settings", component: () => import("@/views/messages/NotificationSettingsView.vue"), meta: { title: "通知设置" } },
  { path: "/me/follows", name: "follows", component: () => import("@/views/members/FollowsView.vue"), meta: { title: "关注的店铺" } },
  { path: "/product/:id(\\d+)", name: "product", component: () => import("@/views/catalog/ProductView.vue"), meta: { title: "商品详情" } },
  { path: "/product/:id(\\d+)/reviews", name: "product-reviews", component: () => import("@/views/catalog/ReviewsView.vue"), meta: { title: "商品评价" } },
  { path: "/review/:id(\\d+)", name: "review", component: () => import("@/views/catalog/ReviewView.vue"), meta: { title: "评价详情" } },
  { path: "/brands", name: "brands", component: () => import("@/views/catalog/BrandsView.vue"), meta: { title: "品牌中心" } },
  { path: "/brand/:id(\\d+)", name: "brand-products", component: Listing, meta: { title: "品牌商品" } },
  { path: "/search", name: "search", component: () => import("@/views/catalog/SearchEntryView.vue"), meta: { title: "搜索" } },
  { path: "/chat", name: "chat", component: Chat, meta: { title: "在线客服" } },
  { path: "/chat/:conversationId(\\d+)", name: "chat-room", component: Chat, meta: { title: "在线客服" } },
  { path: "/shop/:id(\\d+)", name: "shop", component: () => import("@/views/ShopView.vue"), meta: { title: "店铺" } },
  { path: "/shop/:id(\\d+)/page/:key", name: "shop-page", component: () => import("@/views/ShopView.vue"), meta: { title: "店铺" } },
  { path: "/page/:key", name: "page", component: () => import("@/views/CustomPageView.vue"), meta: { title: "活动" } },
  { path: "/:pathMatch(.*)*", name: "not-found", component: () => import("@/views/NotFoundView.vue"), meta: { title: "页面不存在" } },
];

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes,
    scrollBehavior(_to, _from, saved) {
      return saved ?? { top: 0 };
    },
  });
}
