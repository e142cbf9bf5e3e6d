/**
 * Error code → Chinese copy. Codes are API (added, never renamed; see the backend's
 * `core/errors.py` and each context's `errors.py`). For a code this table does not know yet the
 * server's own message is shown, and the status text when there is none.
 */
export const ERROR_MESSAGES: Record<string, string> = {
  // core
  bad_request: "请求有误",
  invalid_json: "请求格式有误",
  validation_failed: "提交的内容有误，请检查后重试",
  not_authenticated: "请先登录",
  token_invalid: "登录已失效，请重新登录",
  permission_denied: "没有权限执行此操作",
  not_found: "数据不存在或已被删除",
  conflict: "数据已被修改，请刷新后重试",
  invalid_transition: "当前状态不允许此操作，请刷新后重试",
  rate_limited: "操作过于频繁，请稍后再试",
  payload_too_large: "提交的内容过大",
  integration_failed: "外部服务暂不可用，请稍后重试",
  internal_error: "服务器繁忙，请稍后重试",
  // accounts
  invalid_credentials: "用户名或密码错误",
  account_disabled: "账号已停用，请联系管理员",
  username_taken: "用户名已被使用",
  staff_not_found: "员工不存在",
  role_not_found: "角色不存在",
  role_code_taken: "角色编码已被使用",
  role_scope_mismatch: "角色的适用范围与所属店铺不符",
  role_builtin: "内置角色不能修改",
  unknown_permission: "包含未知的权限",
  audit_not_pending: "该客户不在待审核状态，请刷新后重试",
  cannot_disable_self: "不能停用自己的账号",
  // shops
  shop_not_found: "店铺不存在",
  shop_name_taken: "店铺名称已被使用",
  shop_disabled: "店铺已停用",
  // pages (店铺装修)
  page_not_found: "页面不存在",
  page_key_taken: "页面标识已被使用",
  page_kind_not_allowed: "不能创建这种页面",
  layout_invalid: "页面内容有误，请检查标红的组件",
  draft_conflict: "页面已被他人保存或发布，请重新加载后再编辑",
  nothing_published: "页面还没有发布过",
  revision_not_found: "该版本不存在或未发布过",
  template_not_found: "模板不存在",
  preview_token_invalid: "预览链接无效或已过期",
  section_not_found: "组件不存在",
  // catalog (商品)
  category_not_found: "分类不存在",
  category_too_deep: "分类最多三级",
  category_has_children: "该分类下还有子分类，不能删除",
  category_has_products: "该分类下还有商品，不能删除",
  category_not_leaf: "商品只能放在三级分类下",
  brand_not_found: "品牌不存在",
  brand_name_taken: "品牌名称已存在",
  brand_in_use: "品牌下还有商品，不能删除",
  attribute_not_found: "属性不存在",
  attribute_in_use: "属性已被分类或商品使用，不能删除",
  attribute_value_invalid: "属性值不在可选范围内",
  tag_not_found: "标签不存在",
  tag_name_taken: "标签名称已存在",
  product_not_found: "商品不存在",
  product_not_editable: "当前状态的商品不能编辑",
  product_not_deletable: "出售中的商品不能删除，请先下架",
  specs_invalid: "商品规格有误，请检查规格名和规格值",
  skus_invalid: "SKU 有误：每个规格组合须有且只有一个 SKU",
  units_invalid: "计量单位有误：基本单位在前，换算数量逐级递增且整除",
  sku_code_taken: "SKU 编码在本店已被使用",
  sku_not_found: "SKU 不存在",
  event_not_allowed: "当前状态不允许此操作，请刷新后重试",
  reason_required: "请填写原因",
  library_product_not_approved: "只能把审核通过的商品加入商品库",
  import_invalid: "导入文件有误，未导入任何商品",
  // reviews (评价)
  review_not_found: "评价不存在",
  review_already_replied: "该评价已回复过",
  reply_by_shop_only: "只有商品所属店铺可以回复",
  // messaging (消息通知)
  notification_not_found: "消息不存在或已被删除",
  // promotions (营销活动) and coupons (优惠券); activity_conflict keeps the server's message, which names the products
  activity_not_found: "活动不存在",
  activity_started: "活动已开始，不能再修改",
  coupon_template_not_found: "优惠券不存在",
  // client side
  network_error: "网络异常，请检查网络后重试",
};

const STATUS_MESSAGES: Record<number, string> = {
  400: "请求有误",
  401: "请先登录",
  403: "没有权限执行此操作",
  404: "数据不存在或已被删除",
  409: "数据已被修改，请刷新后重试",
  422: "提交的内容有误，请检查后重试",
  429: "操作过于频繁，请稍后再试",
};

export function messageFor(code: string, status: number, serverMessage?: string): string {
  return (
    ERROR_MESSAGES[code] ??
    (serverMessage || undefined) ??
    STATUS_MESSAGES[status] ??
    (status >= 500 ? "服务器繁忙，请稍后重试" : `请求失败（${status}）`)
  );
}
