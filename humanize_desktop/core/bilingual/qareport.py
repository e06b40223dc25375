"""An HTML QA report, like Xbench's: every finding with its unit's source and target.

One self-contained page (inline CSS, no scripts, nothing fetched): the
file, its languages, the counts per kind, then one table per kind with the
unit id, the source and target (the finding's span marked), the message and
the suggested replacement.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections import defaultdict

from humanize_desktop.core.bilingual.qa import QAReport
from humanize_desktop.core.bilingual.qafinding import SPECIFICITY
from humanize_desktop.core.bilingual.units import BilingualFile

_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 75em; padding: 0 1em; color: #1c1c1e; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; } .meta { color: #666; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top;
  padding: .3em .5em; border-bottom: 1px solid #ddd; } th { background: #f4f4f6; }
mark { background: #ffe08a; } .id { font-family: monospace; white-space: nowrap; } .fix { color: #1f7a3a; }
.counts span { display: inline-block; margin-right: 1.2em; } td.text { white-space: pre-wrap; }
@media (prefers-color-scheme: dark) { body { background: #202124; color: #e6e6e6; } th { background: #2c2d30; }
  td, th { border-color: #444; } mark { background: #6b5400; color: #fff; } }
"""


def _marked(text: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return html.escape(text)
    start, end = span
    inner = text[start:end] or "\u2038"  # a caret where something is missing
    return html.escape(text[:start]) + f"<mark>{html.escape(inner)}</mark>" + html.escape(text[end:])


def qa_report_html(file: BilingualFile, report: QAReport, labels: dict[str, str] | None = None) -> str:
    """The report as an HTML string; ``labels`` may translate the headings."""
    t = {"title": "QA report", "unit": "Unit", "source": "Source", "target": "Target", "message": "Problem",
         "fix": "Suggestion", "none": "No problems found.", "units": "units", "created": "Checked"}
    t.update(labels or {})
    units = {u.id: u for u in file.units}
    by_kind: dict[str, list] = defaultdict(list)
    for f in report.findings:
        by_kind[f.kind].append(f)
    name = html.escape(file.path)
    when = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    parts = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
             f"<title>{html.escape(t['title'])}: {name}</title><style>{_CSS}</style></head><body>",
             f"<h1>{html.escape(t['title'])}: {name}</h1>",
             f"<p class='meta'>{html.escape(report.source_language)} → {html.escape(report.target_language)}"
             f" · {report.units} {html.escape(t['units'])} · {html.escape(t['created'])} {when}</p>",
             "<p class='counts'>"]
    kinds = [k for k in SPECIFICITY if k in by_kind]
    parts += [f"<span><a href='#{k}'>{html.escape(k)}</a>: {len(by_kind[k])}</span>" for k in kinds]
    parts.append("</p>")
    if not report.findings:
        parts.append(f"<p>{html.escape(t['none'])}</p>")
    for kind in kinds:
        parts.append(f"<h2 id='{kind}'>{html.escape(kind)} ({len(by_kind[kind])})</h2>")
        parts.append(f"<table><tr><th>{html.escape(t['unit'])}</th><th>{html.escape(t['source'])}</th>"
                     f"<th>{html.escape(t['target'])}</th><th>{html.escape(t['message'])}</th>"
                     f"<th>{html.escape(t['fix'])}</th></tr>")
        for f in by_kind[kind]:
            unit = units.get(f.unit)
            source = _marked(unit.source, f.source_span) if unit else ""
            target = _marked(unit.target_text, f.target_span) if unit else ""
            fix = html.escape(" | ".join(repr(r)[1:-1] if r.strip() != r or not r else r for r in f.replacements[:3]))
            parts.append(f"<tr><td class='id'>{html.escape(f.unit)}</td><td class='text'>{source}</td>"
                         f"<td class='text'>{target}</td><td>{html.escape(f.message.text)}</td>"
                         f"<td class='fix'>{fix}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
