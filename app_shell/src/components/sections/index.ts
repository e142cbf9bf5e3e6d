/**
 * One renderer per catalogue type (`layouts/components/<type>.json` → `<Type>.vue`). A test
 * checks that this map, SUPPORTED and the catalogue list the same types.
 */
import type { Component } from "vue";

import Banner from "./Banner.vue";
import BrandWall from "./BrandWall.vue";
import CategoryGrid from "./CategoryGrid.vue";
import CouponStrip from "./CouponStrip.vue";
import Divider from "./Divider.vue";
import FlashSaleStrip from "./FlashSaleStrip.vue";
import GroupBuyStrip from "./GroupBuyStrip.vue";
import ImageHotspot from "./ImageHotspot.vue";
import NoticeBar from "./NoticeBar.vue";
import PopupAd from "./PopupAd.vue";
import ProductGrid from "./ProductGrid.vue";
import RankingList from "./RankingList.vue";
import RichText from "./RichText.vue";
import SearchBox from "./SearchBox.vue";
import ShopCard from "./ShopCard.vue";
import Spacer from "./Spacer.vue";
import StoreLocator from "./StoreLocator.vue";
import TabBar from "./TabBar.vue";
import TitleBar from "./TitleBar.vue";
import Video from "./Video.vue";

export const SECTION_COMPONENTS: Readonly<Record<string, Component>> = Object.freeze({
  banner: Banner,
  brand_wall: BrandWall,
  category_grid: CategoryGrid,
  coupon_strip: CouponStrip,
  divider: Divider,
  flash_sale_strip: FlashSaleStrip,
  group_buy_strip: GroupBuyStrip,
  image_hotspot: ImageHotspot,
  notice_bar: NoticeBar,
  popup_ad: PopupAd,
  product_grid: ProductGrid,
  ranking_list: RankingList,
  rich_text: RichText,
  search_box: SearchBox,
  shop_card: ShopCard,
  spacer: Spacer,
  store_locator: StoreLocator,
  tab_bar: TabBar,
  title_bar: TitleBar,
  video: Video,
});
