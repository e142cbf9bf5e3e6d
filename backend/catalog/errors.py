from enum import StrEnum


class CatalogError(StrEnum):
    category_not_found = "category_not_found"
    category_too_deep = "category_too_deep"
    category_has_children = "category_has_children"
    brand_not_found = "brand_not_found"
    brand_name_taken = "brand_name_taken"
    product_not_found = "product_not_found"
