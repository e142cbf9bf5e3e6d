import "vant/lib/index.css";
import "./styles.css";

import { createApp } from "vue";

import App from "./App.vue";
import { client } from "./core/api";
import { ACTION_HANDLER, createNavigator } from "./core/navigate";
import { registerPushDevice } from "./core/push";
import { isSignedIn } from "./core/session";
import { mergeGuestCart, refreshCartCount } from "./core/trade";
import { createAppRouter } from "./router";

const app = createApp(App);
const router = createAppRouter();

app.use(router);
app.provide(ACTION_HANDLER, createNavigator({ router, client }));
app.mount("#app");
// A guest cart left from before sign-in joins the member's; then the cart badge (cart and product
// pages keep it current after this).
void mergeGuestCart().finally(() => refreshCartCount());
// Inside the native app with JPush: (re-)register this phone for push (a browser does nothing).
if (isSignedIn()) void registerPushDevice();
