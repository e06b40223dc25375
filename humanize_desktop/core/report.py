"""An HTML change report: what the model proposed and what the person decided.

One self-contained page (inline CSS, no scripts, nothing fetched): a
summary, every decision in the order it was made, the changes still
pending, and the final text. It can be mailed or archived next to the
document as a record of how it was edited.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections import Counter

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
@media (prefers-color-scheme: dark) {
  body { background: #202124; color: #e6e6e6; } th { background: #2c2d30; } td, th { border-color: #444; }
  del { background: #5a2d2d; } ins { background: #1f4a2c; } .final { background: #28292c; border-color: #444; }
}
"""


def _text(value: str) -> str:
    shown = value if value.strip() else ("¶" if "\n" in value else "␣" if value else "—")
    return html.escape(shown)


def change_report_html(doc: ReviewDocument, title: str = "", labels: dict[str, str] | None = None) -> str:
    """The report as an HTML string. ``labels`` may translate the headings."""
    t = {
        "report": "Change report", "summary": "Summary", "decisions": "Decisions",
        "pending": "Pending changes", "final": "Final text", "draft": "Draft", "suggestion": "Suggestion",
        "result": "Result", "decision": "Decision", "accepted": "accepted", "rejected": "rejected",
        "edited": "edited", "none": "None.", "created": "Started", "model": "Model", "style": "Style",
    }
    t.update(labels or {})
    review = doc.review
    counts = Counter(d.decision for d in review.decisions)
    name = html.escape(title or doc.source_path or t["report"])
    when = _dt.datetime.fromtimestamp(doc.created).strftime("%Y-%m-%d %H:%M")
    model = doc.model.get("name") or doc.model.get("file") or ""
    style = doc.settings.get("style", "")
    parts = [
        "<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
        f"<title>{html.escape(t['report'])}: {name}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(t['report'])}: {name}</h1>",
        f"<p class='meta'>{html.escape(t['created'])}: {when}"
        + (f" · {html.escape(t['model'])}: {html.escape(str(model))}" if model else "")
        + (f" · {html.escape(t['style'])}: {html.escape(str(style))}" if style else "") + "</p>",
        f"<h2>{html.escape(t['summary'])}</h2><p class='stats'>",
    ]
    for key, decision in (("accepted", Decision.ACCEPTED), ("rejected", Decision.REJECTED),
                          ("edited", Decision.EDITED)):
        parts.append(f"<span class='{key}'>{counts.get(decision, 0)} {html.escape(t[key])}</span>")
    parts.append(f"<span>{review.pending_count} {html.escape(t['pending'].lower())}</span></p>")
    parts.append(f"<h2>{html.escape(t['decisions'])}</h2>")
    if review.decisions:
        parts.append(f"<table><tr><th class='n'>#</th><th>{html.escape(t['draft'])}</th>"
                     f"<th>{html.escape(t['suggestion'])}</th><th>{html.escape(t['decision'])}</th>"
                     f"<th>{html.escape(t['result'])}</th></tr>")
        for i, record in enumerate(review.decisions, 1):
            c = record.change
            key = record.decision.value
            parts.append(f"<tr><td class='n'>{i}</td><td><del>{_text(c.draft_text)}</del></td>"
                         f"<td><ins>{_text(c.suggestion_text)}</ins></td>"
                         f"<td class='{key}'>{html.escape(t[key])}</td><td>{_text(record.text)}</td></tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{html.escape(t['none'])}</p>")
    parts.append(f"<h2>{html.escape(t['pending'])}</h2>")
    if review.changes:
        parts.append(f"<table><tr><th class='n'>#</th><th>{html.escape(t['draft'])}</th>"
                     f"<th>{html.escape(t['suggestion'])}</th></tr>")
        for i, c in enumerate(review.changes, 1):
            parts.append(f"<tr><td class='n'>{i}</td><td><del>{_text(c.draft_text)}</del></td>"
                         f"<td><ins>{_text(c.suggestion_text)}</ins></td></tr>")
        parts.append("</table>")
    else:
        parts.append(f"<p>{html.escape(t['none'])}</p>")
    parts.append(f"<h2>{html.escape(t['final'])}</h2><div class='final'>{html.escape(review.draft)}</div>")
    parts.append("</body></html>")
    return "\n".join(parts)
