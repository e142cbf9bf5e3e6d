import "element-plus/dist/index.css";
import "./styles.css";

import ElementPlus from "element-plus";
import zhCn from "element-plus/es/locale/lang/zh-cn";
import { createPinia } from "pinia";
import { createApp } from "vue";

import App from "./App.vue";
import { vAccess } from "./directives/access";
import { createAppRouter } from "./router";
import { setupApiClient } from "./setup";

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter();

app.use(pinia);
setupApiClient(router);
app.use(router);
app.use(ElementPlus, { locale: zhCn });
app.directive("access", vAccess);
app.mount("#app");
