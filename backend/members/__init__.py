"""Members: what a consumer keeps in the shop — addresses now; points, levels and favourites later."""
