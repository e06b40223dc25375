"""Fidelity flags: what each change does to facts, negations, modal strength and structure."""

from __future__ import annotations

import pytest

from humanize_desktop.core import messages
from humanize_desktop.core.checks import fidelity
from humanize_desktop.core.checks.findings import Finding
from humanize_desktop.core.diffing import diff_texts


def flags(draft: str, suggestion: str, **kw: object) -> list[tuple[str, str]]:
    changes = diff_texts(draft, suggestion)
    result = fidelity.flags_for(draft, suggestion, changes, **kw)
    ids = {c.id for c in changes}
    assert all(f.change_id in ids for f in result)
    # Each detail is also a message the window translates: a registered id, the same English.
    assert all(f.message is not None and f.message.id in messages.TEMPLATES and f.message.text == f.detail
               for f in result)
    return [(f.kind, f.detail) for f in result]


@pytest.mark.parametrize("draft,suggestion,expected", [
    ("In 2024 revenue grew by 15% to $5 million.", "In 2023 revenue grew by 15 percent to $5 billion.",
     [("date", "'2024' became '2023'"), ("amount", "'$5 million' became '$5 billion'")]),
    ("Dr. Ada Lovelace wrote the first program.", "She wrote the first program.",
     [("name", "'Dr. Ada Lovelace' removed")]),
    ("The meeting is on March 5, 2024 at 10:30.", "The meeting is on March 6, 2024 at 11:30.",
     [("date", "'March 5, 2024' became 'March 6, 2024'"), ("date", "'10:30' became '11:30'")]),
    ("See https://example.com/a for details [1].", "See https://example.org/a for details.",
     [("url", "'https://example.com/a' became 'https://example.org/a'"), ("citation", "'[1]' removed")]),
    ('He wrote "the results are final" in May.', 'He wrote "the results look final" in May.',
     [("quotation", "'\"the results are final\"' became '\"the results look final\"'")]),
    ("Write to bob@example.org today.", "Write to us today.", [("email", "'bob@example.org' removed")]),
    ("It weighs 12 kg.", "It weighs 21 kg.", [("unit", "'12 kg' became '21 kg'")]),
    ("About 40 people came.", "About 400 people came.", [("unit", "'40 people' became '400 people'")]),
])
def test_facts_that_change_are_named(draft: str, suggestion: str, expected: list[tuple[str, str]]) -> None:
    assert flags(draft, suggestion) == expected


@pytest.mark.parametrize("draft,suggestion", [
    ("Revenue grew by 15% in 2024.", "In 2024, revenue grew by 15 percent."),
    ("We hired three engineers.", "We hired 3 engineers."),
    ("It is 12 km away.", "It is twelve kilometres away."),
    ("It is cheap. It is not fast.", "It is not fast. It is cheap."),
    ("Ada Lovelace met Babbage. Lovelace liked him.", "Ada Lovelace met Babbage. She liked him."),
    ("Moreover, the team shipped the release.", "The team shipped the release."),
])
def test_rewording_and_moves_raise_no_flags(draft: str, suggestion: str) -> None:
    assert flags(draft, suggestion) == []


@pytest.mark.parametrize("draft,suggestion,detail", [
    ("The drug is not safe for children.", "The drug is safe for children.", "negation removed: 'not'"),
    ("We don't know the cause.", "We know the cause.", "negation removed: 'n't'"),
    ("The drug is safe for children.", "The drug is never safe for children.", "negation added: 'never'"),
    ("Die Lösung ist nicht teuer.", "Die Lösung ist teuer.", "negation removed: 'nicht'"),
    ("Es gibt keine Probleme mit dem Server.", "Es gibt Probleme mit dem Server.", "negation removed: 'keine'"),
    ("No lo sabemos todavía.", "Lo sabemos todavía.", "negation removed: 'no'"),
    ("Nunca llegamos tarde al trabajo.", "Llegamos tarde al trabajo.", "negation removed: 'nunca'"),
])
def test_negations_in_four_languages(draft: str, suggestion: str, detail: str) -> None:
    assert flags(draft, suggestion) == [("negation", detail)]


@pytest.mark.parametrize("draft,suggestion", [
    ("Remote work is not without its challenges.", "Remote work has its challenges."),
    ("The plan isn't without risks.", "The plan has risks."),
    ("Finishing it in a week was no small feat.", "Finishing it in a week was a real feat."),
    ("Der Umzug war nicht ohne Risiko.", "Der Umzug war riskant."),
    ("Le projet n'est pas sans risques.", "Le projet comporte des risques."),
    ("El cambio no está exento de riesgos.", "El cambio tiene riesgos."),
    # "not only A but also B" negates nothing: "A and B" says the same.
    ("Our platform not only streamlines work but also saves time.", "Our platform streamlines work and saves time."),
    ("Das Tool ist nicht nur schnell, sondern auch sicher.", "Das Tool ist schnell und sicher."),
    ("L'outil est non seulement rapide mais aussi sûr.", "L'outil est rapide et sûr."),
    ("La herramienta no solo es rápida, sino también segura.", "La herramienta es rápida y segura."),
])
def test_a_litotes_rewritten_plainly_is_no_negation_change(draft: str, suggestion: str) -> None:
    assert flags(draft, suggestion) == []


def test_one_negation_of_a_litotes_dropped_is_still_flagged() -> None:
    assert flags("The plan is not without risks.", "The plan is without risks.") == [
        ("negation", "negation removed: 'not'")]
    assert flags("We do not charge for exports.", "We charge for exports.") == [
        ("negation", "negation removed: 'not'")]


def test_french_ne_pas_dropped_is_flagged_and_pas_to_jamais_is_not() -> None:
    lost = flags("Il ne faut pas oublier la date.", "Il faut oublier la date.")
    assert lost and {k for k, _ in lost} == {"negation"}
    assert "'ne'" in " ".join(d for _, d in lost) and "'pas'" in " ".join(d for _, d in lost)
    assert flags("Il ne vient pas ce soir.", "Il ne vient jamais ce soir.") == []


@pytest.mark.parametrize("draft,suggestion,detail", [
    ("Patients must take the tablets daily.", "Patients may take the tablets daily.", "'must' became 'may' (weaker)"),
    ("We always test our code.", "We often test our code.", "'always' became 'often' (weaker)"),
    ("You could restart the server.", "You must restart the server.", "'could' became 'must' (stronger)"),
    ("The change reduces costs.", "The change might reduce costs.", "'might' added"),
    ("The change probably reduces costs.", "The change reduces costs.", "'probably' removed"),
    ("Sie müssen das Formular ausfüllen.", "Sie können das Formular ausfüllen.", "'müssen' became 'können' (weaker)"),
])
def test_modal_strength(draft: str, suggestion: str, detail: str) -> None:
    assert flags(draft, suggestion) == [("modal", detail)]


@pytest.mark.parametrize("draft,suggestion,language", [
    ("Should you have any questions, please call me.", "If you have any questions, please call me.", None),
    ("Thanks again. Should you need anything, just ask.", "Thanks again. If you need anything, just ask.", None),
    ("Sollten Sie Fragen haben, melden Sie sich.", "Wenn Sie Fragen haben, melden Sie sich.", "de"),
    ("Au cas où vous devriez annuler, prévenez-nous.", "Si vous annulez, prévenez-nous.", "fr"),
])
def test_a_conditional_opened_by_a_modal_word_is_no_modal(draft: str, suggestion: str, language: str | None) -> None:
    assert flags(draft, suggestion, language=language) == []


@pytest.mark.parametrize("draft,suggestion,detail,language", [
    ("Should we delay the launch?", "We must delay the launch.", "'should' became 'must' (stronger)", None),
    ("Then you should update the app.", "Then you can update the app.", "'should' became 'can' (weaker)", None),
    ("Deshalb sollten Sie das Update installieren.", "Deshalb können Sie das Update installieren.",
     "'sollten' became 'können' (weaker)", "de"),
])
def test_the_same_words_asking_or_advising_are_still_modal(draft: str, suggestion: str, detail: str,
                                                          language: str | None) -> None:
    assert flags(draft, suggestion, language=language) == [("modal", detail)]


def test_protected_terms_removed_or_altered() -> None:
    assert ("protected-term", "protected term 'Kubernetes' removed or altered") in \
        flags("Kubernetes runs the cluster.", "K8s runs the cluster.", protected_terms=["Kubernetes"])
    assert ("protected-term", "protected term 'Acme Cloud' removed or altered") in \
        flags("We use Acme Cloud daily.", "We use acme cloud daily.", protected_terms=["Acme Cloud"])
    assert flags("Kubernetes runs it well.", "Kubernetes runs it nicely.", protected_terms=["Kubernetes"]) == []


def test_markdown_structure_changes_are_flagged() -> None:
    assert flags("## Results\n\nIt works.", "Results\n\nIt works.") == [
        ("structure", "Markdown heading changed: '##' became ''")]
    link = flags("Use [the docs](https://a.example/docs) here.", "Use [the docs](https://b.example/docs) here.")
    assert {kind for kind, _ in link} == {"url", "structure"}


def test_each_fact_is_flagged_once_even_when_two_changes_touch_it() -> None:
    result = flags("It cost $5 million last year.", "It cost €5 billion last year.")
    assert result == [("amount", "'$5 million' became '€5 billion'")]


def test_flags_json_contract() -> None:
    draft, suggestion = "In 2024 we grew.", "In 2023 we grew."
    [flag] = fidelity.flags_for(draft, suggestion, diff_texts(draft, suggestion))
    assert flag.to_json() == {"change_id": flag.change_id, "kind": "date", "detail": "'2024' became '2023'"}


# ----------------------------------------------------------------------------- introduced errors

def _finding(text: str, word: str, kind: str = "spelling", rule: str = "enchant:en_US") -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), kind, f"'{word}' is wrong", (), "enchant", rule)


def test_errors_in_changes_are_introduced_and_old_ones_are_from_the_draft() -> None:
    draft = "We recieve mail. The report is ready."
    suggestion = "We recieve mail. The reprot is redy."
    changes = diff_texts(draft, suggestion)
    marked = fidelity.mark_origins(draft, [_finding(draft, "recieve")], suggestion,
                                   [_finding(suggestion, "recieve"), _finding(suggestion, "reprot"),
                                    _finding(suggestion, "redy")], changes)
    assert [(suggestion[f.start:f.end], f.origin) for f in marked] == [
        ("recieve", "draft"), ("reprot", "introduced"), ("redy", "introduced")]
    introduced = fidelity.introduced_flags(suggestion, marked, changes)
    assert [f.kind for f in introduced] == ["introduced-error", "introduced-error"]
    assert "spelling error introduced: 'reprot'" in introduced[0].detail


def test_an_error_the_draft_already_had_in_the_changed_part_is_not_introduced() -> None:
    draft = "Teh cat sleeps."
    suggestion = "Teh cat naps."
    changes = diff_texts(draft, suggestion)
    marked = fidelity.mark_origins(draft, [_finding(draft, "Teh")], suggestion, [_finding(suggestion, "Teh")],
                                   changes)
    assert marked[0].origin == "draft"


def test_other_finding_kinds_are_left_unmarked() -> None:
    text = "Moreover, it works."
    f = Finding(0, 8, "ai-tell", "m", (), "aitells", "phrase:moreover")
    assert fidelity.mark_origins(text, [], text, [f], [])[0].origin is None
