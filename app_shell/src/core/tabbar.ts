/**
 * The bottom tab bar (底部导航) is a section of the home layout. The other tab pages (分类,
 * 购物车, 我的) draw the one the home page last showed, or the catalogue's default.
 */
import { ref } from "vue";

import type { Settings } from "./types";

export const lastTabBarSettings = ref<Settings | null>(null);
