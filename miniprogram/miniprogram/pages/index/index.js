// 首页: the platform home page (GET /pages/home).
import { layoutPage } from "../../core/layout-page.js";

Page(layoutPage(() => ({ key: "home" })));
