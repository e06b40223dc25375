"""An HTML change report: what the model proposed and what the person decided.

One self-contained page (inline CSS, no scripts, nothing fetched): a
summary (with AI-likeness before and after), every decision in the order
it was made, the changes still pending with their flags, the paragraphs
the model left as drafted and why, the writing checks' findings, and the
final text. It can be mailed or archived next to the document as a record
of how it was edited.

A removal is shown as one (the removed words struck out, "removed" where
the suggestion would be), never as an empty green cell. What the window
knows beyond the review file (flags, findings, reasons, AI-likeness)
comes in a ``ReportNotes``, already in the person's language.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections import Counter
from dataclasses import dataclass, field

from humanize_desktop.core.review import Decision
from humanize_desktop.core.reviewfile import ReviewDocument

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #1c1c1e; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.15em; margin-top: 2em; }
.meta { color: #666; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; }
th { background: #f4f4f6; } del { background: #ffd7d5; text-decoration: line-through; }
ins { background: #ccf0d4; text-decoration: none; } .n { color: #888; width: 3em; }
.accepted { color: #1f7a3a; } .rejected { color: #a4262c; } .edited { color: #1a5fb4; }
.final { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; background: #fafafa; }
.stats span { display: inline-block; margin-right: 1.5em; }
del, ins { padding: 0 .15em; } .note { color: #777; font-style: italic; }
.flag { color: #9a5b00; } ul.findings li { margin-bottom: .25em; }
@media (prefers-color-scheme: dark) {
  body { background: #202124; color: #e6e6e6; } th { background: #2c2d30; } td, th { border-color: #444; }
  del { background: #5a2d2d; } ins { background: #1f4a2c; } .final { background: #28292c; border-color: #444; }
  .note { color: #aaa; } .flag { color: #e6b04a; }
}
"""


@dataclass
class ReportNotes:
    """What the window knows about the review beyond its file, worded for the person."""

    flags: dict[str, list[str]] = field(default_factory=dict)  # change id -> "what: detail" lines
    reasons: dict[str, str] = field(default_factory=dict)  # change id -> why it was made
    kept: list[tuple[str, str]] = field(default_factory=list)  # (paragraph's start, why it was kept)
    findings: list[tuple[str, str, str]] = field(default_factory=list)  # (group, message, the words)
    ai_likeness: tuple[float | None, float | None] = (None, None)  # draft, suggestion: 0 human .. 1 machine


LABELS = {
    "report": "Change report", "summary": "Summary", "decisions": "Decisions",
    "pending": "Pending changes", "final": "Final text", "draft": "Draft", "suggestion": "Suggestion",
    "result": "Result", "decision": "Decision", "accepted": "accepted", "rejected": "rejected",
    "edited": "edited", "none": "None.", "created": "Started", "model": "Model", "style": "Style",
    "removed": "removed", "nothing": "nothing", "flags": "Flags", "flagged": "flagged", "why": "Why",
    "kept": "Paragraphs kept as drafted", "paragraph": "Paragraph", "reason": "Reason",
    "findings": "Findings", "ai": "AI-likeness", "ai_both": "draft %1 → suggestion %2 (0 reads like a person, "
    "1 machine-made)", "ai_draft": "draft %1 (0 reads like a person, 1 machine-made)",
}


def _text(value: str) -> str:
    shown = value if value.strip() else ("¶" if "\n" in value else "␣" if value else "—")
    return html.escape(shown)


def _side(value: str, tag: str, empty: str) -> str:
    """One side of a change: its words marked up, or a note saying there are none (not a dash)."""
    if not value:
        return f"<span class='note'>{html.escape(empty)}</span>"
    return f"<{tag}>{_text(value)}</{tag}>"


def _flag_cell(lines: list[str]) -> str:
    return "<br>".join(f"<span class='flag'>⚠ {html.escape(line)}</span>" for line in lines)


def change_report_html(doc: ReviewDocument, title: str = "", labels: dict[str, str] | None = None,
                       notes: ReportNotes | None = None) -> str:
    """The report as an HTML string. ``labels`` may translate the headings (keys of ``LABELS``)."""
    t = dict(LABELS)
    t.update(labels or {})
    notes = notes or ReportNotes()
    review = doc.review
    counts = Counter(d.decision for d in review.decisions)
    name = html.escape(title or doc.source_path or t["report"])
    when = _dt.datetime.fromtimestamp(doc.created).strftime("%Y-%m-%d %H:%M")
    model = doc.model.get("name") or doc.model.get("file") or ""
    style = doc.settings.get("style", "")
    e = html.escape
    parts = [
        "<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
        f"<title>{e(t['report'])}: {name}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(t['report'])}: {name}</h1>",
        f"<p class='meta'>{e(t['created'])}: {when}"
        + (f" · {e(t['model'])}: {e(str(model))}" if model else "")
        + (f" · {e(t['style'])}: {e(str(style))}" if style else "") + "</p>",
        f"<h2>{e(t['summary'])}</h2><p class='stats'>",
    ]
    for key, decision in (("accepted", Decision.ACCEPTED), ("rejected", Decision.REJECTED),
                          ("edited", Decision.EDITED)):
        parts.append(f"<span class='{key}'>{counts.get(decision, 0)} {e(t[key])}</span>")
    parts.append(f"<span>{review.pending_count} {e(t['pending'].lower())}</span>")
    flagged = sum(1 for c in review.changes if notes.flags.get(c.id))
    if flagged:
        parts.append(f"<span class='flag'>{flagged} {e(t['flagged'])}</span>")
    parts.append("</p>")
    before, after = notes.ai_likeness
    if before is not None:
        ai = (t["ai_both"].replace("%1", f"{before:.2f}").replace("%2", f"{after:.2f}") if after is not None
              else t["ai_draft"].replace("%1", f"{before:.2f}"))
        parts.append(f"<p>{e(t['ai'])}: {e(ai)}</p>")
    why = bool(notes.reasons)
    parts.append(f"<h2>{e(t['decisions'])}</h2>")
    if review.decisions:
        parts.append(f"<table><tr><th class='n'>#</th><th>{e(t['draft'])}</th><th>{e(t['suggestion'])}</th>"
                     f"<th>{e(t['decision'])}</th><th>{e(t['result'])}</th>"
                     + (f"<th>{e(t['why'])}</th>" if why else "") + "</tr>")
        for i, record in enumerate(review.decisions, 1):
            c = record.change
            key = record.decision.value
            result = _text(record.text) if record.text else f"<span class='note'>{e(t['removed'])}</span>"
            parts.append(f"<tr><td class='n'>{i}</td><td>{_side(c.draft_text, 'del', t['nothing'])}</td>"
                         f"<td>{_side(c.suggestion_text, 'ins', t['removed'])}</td>"
                         f"<td class='{key}'>{e(t[key])}</td><td>{result}</td>"
                         + (f"<td>{e(notes.reasons.get(c.id, ''))}</td>" if why else "") + "</tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(t['none'])}</p>")
    parts.append(f"<h2>{e(t['pending'])}</h2>")
    if review.changes:
        parts.append(f"<table><tr><th class='n'>#</th><th>{e(t['draft'])}</th><th>{e(t['suggestion'])}</th>"
                     f"<th>{e(t['flags'])}</th>" + (f"<th>{e(t['why'])}</th>" if why else "") + "</tr>")
        for i, c in enumerate(review.changes, 1):
            parts.append(f"<tr><td class='n'>{i}</td><td>{_side(c.draft_text, 'del', t['nothing'])}</td>"
                         f"<td>{_side(c.suggestion_text, 'ins', t['removed'])}</td>"
                         f"<td>{_flag_cell(notes.flags.get(c.id, []))}</td>"
                         + (f"<td>{e(notes.reasons.get(c.id, ''))}</td>" if why else "") + "</tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(t['none'])}</p>")
    if notes.kept:
        parts.append(f"<h2>{e(t['kept'])}</h2><table><tr><th>{e(t['paragraph'])}</th>"
                     f"<th>{e(t['reason'])}</th></tr>")
        for start, reason in notes.kept:
            parts.append(f"<tr><td>{e(start)}</td><td>{e(reason)}</td></tr>")
        parts.append("</table>")
    parts.append(f"<h2>{e(t['findings'])}</h2>")
    if notes.findings:
        groups: dict[str, list[tuple[str, str]]] = {}
        for group, message, words in notes.findings:
            groups.setdefault(group, []).append((message, words))
        for group, rows in groups.items():
            parts.append(f"<h3>{e(group)} ({len(rows)})</h3><ul class='findings'>")
            parts.extend(f"<li>“{e(words)}” — {e(message)}</li>" for message, words in rows)
            parts.append("</ul>")
    else:
        parts.append(f"<p>{e(t['none'])}</p>")
    parts.append(f"<h2>{e(t['final'])}</h2><div class='final'>{e(review.draft)}</div>")
    parts.append("</body></html>")
    return "\n".join(parts)
