"""The commerce platform's Sanic service: one package per business context (DESIGN.md)."""
