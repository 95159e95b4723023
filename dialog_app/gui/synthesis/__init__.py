"""The writer's synthesis editor: per theme, "what we heard" and the key quotes, beside its notes."""
