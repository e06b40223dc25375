"""Translator mode: bilingual files (XLIFF, PO, TMX, CSV/TSV), glossaries and QA.

``files`` opens and saves bilingual files losslessly, ``units`` holds the
records they become, ``inline`` owns inline codes, tags and placeholders,
``glossary`` reads TBX and CSV term lists, ``qa`` checks source against
target, and ``polish`` improves targets with the model. Qt-free.
"""
