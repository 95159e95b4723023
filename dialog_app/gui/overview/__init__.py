"""The strategy writer's overview: how many notes each theme got, from whom and at which dialogue."""
