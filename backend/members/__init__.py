"""Members: what a consumer keeps — addresses, favourite products, followed shops; points later."""
