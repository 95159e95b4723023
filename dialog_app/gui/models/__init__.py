"""Qt item models over the core's data; they hold ids and fetch rows lazily."""
