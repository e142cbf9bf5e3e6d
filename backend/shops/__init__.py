"""Shops: merchants (商家) and suppliers (供应商), the tenants that own back-office rows."""
