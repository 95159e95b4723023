"""REFI-QDA exchange files, so the published notes can be analysed further in NVivo, ATLAS.ti,
MAXQDA or QualCoder: ``project.py`` writes a whole project (.qdpx), ``codebook.py`` the framework
alone (.qdc). Both are written strictly to the 2019 schemas (QDA-XML 1.0).
"""
