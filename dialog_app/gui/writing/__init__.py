"""The Write tab: per theme, "what we heard" and the key quotes, beside the theme's notes."""
