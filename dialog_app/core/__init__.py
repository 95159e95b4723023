"""Qt-free domain core: models, store and services."""
