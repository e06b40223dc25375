"""Translator mode's window: a segment grid of source, target and polished suggestion, with QA.

``segments`` holds the grid's Qt model, filter and word-diff painter;
``window`` the window itself. Everything it decides lives in
``core.bilingual`` (``review.BilingualReview``).
"""
