"""Writing checks: grammar, spelling, language, fidelity, AI-tells, mojibake, scores.

Each module does one job and returns plain records from ``findings``:

* ``findings``     the records: ``Finding``, ``Flag``, ``EngineState``
* ``language``     offline language detection per document and paragraph
* ``spelling``     pyenchant + hunspell, personal dictionary, protected terms
* ``grammar``      LanguageTool (``languagetool``: local server or URL) with Harper for English
* ``languagetool_install``  where LanguageTool is installed, the Java to run it, the explicit download
* ``aitells``      phrases and habits of machine prose (data in resources/aitells)
* ``encoding``     mojibake found and repaired (ftfy)
* ``readability``  grade level, reading ease, sentence length and variation
* ``tone``         formality, sentiment and a tone label per paragraph (data in resources/tone)
* ``facts``        numbers, dates, names, links... found with normalised values
* ``fidelity``     what each change does to facts, negations, modals, structure
* ``drift``        meaning drift per paragraph from embeddings
* ``ailikeness``   perplexity, burstiness, Fast-DetectGPT criterion (a signal)
* ``runner``       ``DocumentChecker``: incremental checks of a whole document
* ``flags``        every flag of a review's changes (the CLI ``flags`` key)

Nothing here imports Qt; engines are imported lazily and report
"unavailable, because ..." instead of raising.
"""
