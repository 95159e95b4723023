"""The Overview tab: how many notes each theme got, from whom and at which dialogue."""
