"""A realistic Swedish demo project, for trying the app and for tests and benchmarks; Qt-free like core.

``build.py`` builds the project (``dialog-app demo``, File > Open demo project) from the material
``content.py`` composes out of ``phrases.py``'s Swedish phrase banks.
"""
