"""Core messages: an id, arguments and English text, round-tripping through JSON."""

import pytest

from humanize_desktop.core import messages


def test_make_fills_the_english_template_and_keeps_the_arguments():
    messages.register({"test.kept": "kept the draft: {reason} ({n} tries)"})
    m = messages.make("test.kept", reason="cut off", n=2)
    assert m.text == "kept the draft: cut off (2 tries)"
    assert m.id == "test.kept" and dict(m.args) == {"reason": "cut off", "n": 2}
    assert messages.Message.from_json(m.to_json()) == m


def test_an_unknown_id_is_an_error_not_a_silent_empty_text():
    with pytest.raises(messages.UnknownMessage):
        messages.make("test.nothing-like-this")


def test_a_saved_message_whose_id_this_version_lacks_keeps_its_text():
    m = messages.Message.from_json({"id": "gone.id", "args": {}, "text": "old words"})
    assert m.text == "old words"


def test_an_id_cannot_be_registered_with_two_meanings():
    messages.register({"test.twice": "one"})
    messages.register({"test.twice": "one"})
    with pytest.raises(ValueError):
        messages.register({"test.twice": "two"})
