"""Catalog: categories (three levels) and brands now; products, SKUs and units with the catalog issue."""
