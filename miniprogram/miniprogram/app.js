// 商城小程序 — pages are server-driven layouts (docs/pages-api.md) drawn by
// components/page-renderer through the shared JS core (miniprogram/shared, synced from
// ../shared_js by `npm run sync`).
App({
  globalData: {},
  onLaunch() {},
});
