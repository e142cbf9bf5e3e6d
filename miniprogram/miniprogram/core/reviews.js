// 评价: the review summary on the product page, the filter chips of the reviews page and review
// items as WXML draws them (docs/catalog-api.md: Review, ReviewSummary).
import { mediaUrl } from "./media.js";

/** The product page's block: good rate, tag chips with counts, the latest two reviews. */
export function summaryView(summary) {
  const s = summary || {};
  return {
    total: s.total || 0,
    goodRate: typeof s.good_rate === "number" ? s.good_rate + "%" : "",
    tags: (s.tags || []).map((t) => ({ name: t.name, text: t.name + " " + t.count })),
    latest: (s.latest || []).slice(0, 2).map(reviewView),
  };
}

/** Filter chips of the reviews page: 全部, 有图, 好评 / 中评 / 差评, then the tags. */
export function filterChips(summary, active) {
  const s = summary || {};
  const counts = s.counts || {};
  const chips = [
    { key: "all", text: "全部 " + (s.total || 0) },
    { key: "with_images", text: "有图 " + (counts.with_images || 0) },
    { key: "rating:good", text: "好评 " + (counts.good || 0) },
    { key: "rating:medium", text: "中评 " + (counts.medium || 0) },
    { key: "rating:bad", text: "差评 " + (counts.bad || 0) },
  ].concat((s.tags || []).map((t) => ({ key: "tag:" + t.name, text: t.name + " " + t.count })));
  return chips.map((chip) => Object.assign(chip, { active: chip.key === (active || "all") }));
}

/** The list query of a chip key. */
export function filterQuery(key) {
  if (key === "with_images") return { with_images: 1 };
  if (key && key.indexOf("rating:") === 0) return { rating: key.slice(7) };
  if (key && key.indexOf("tag:") === 0) return { tag: key.slice(4) };
  return {};
}

function day(iso) {
  return typeof iso === "string" ? iso.slice(0, 10) : "";
}

export function reviewView(r) {
  return {
    id: r.id,
    nickname: (r.user && r.user.nickname) || "匿名用户",
    avatar: mediaUrl(r.user && r.user.avatar),
    rating: r.rating || 0,
    content: r.content || "",
    images: (r.images || []).map(mediaUrl).filter(Boolean),
    skuText: r.sku_text || "",
    tags: r.tags || [],
    reply: r.reply ? r.reply.content : "",
    liked: r.liked === true,
    likeCount: r.like_count || 0,
    commentCount: r.comment_count || 0,
    viewCount: r.view_count || 0,
    date: day(r.created_at),
  };
}

export function commentView(c) {
  return {
    id: c.id,
    nickname: (c.user && c.user.nickname) || "匿名用户",
    avatar: mediaUrl(c.user && c.user.avatar),
    content: c.content || "",
    date: day(c.created_at),
  };
}

/** A review view after the like answer {liked, like_count}. */
export function applyLike(view, answer) {
  return Object.assign({}, view, { liked: answer.liked === true, likeCount: answer.like_count });
}

/** 分享评价 (REV-4): the review's share card (GET /reviews/{id} → share) as onShareAppMessage wants it. */
export function reviewShareMessage(id, share) {
  const s = share || {};
  return {
    title: s.title || "买家评价",
    imageUrl: mediaUrl(s.image || ""),
    path: s.path || "/pages/review/index?id=" + id,
  };
}
