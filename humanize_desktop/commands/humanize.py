"""``humanize-desktop humanize INPUT``: rewrite a draft with the local model (or your own server).

Plain output is the suggestion text (on stdout, or into ``-o OUT``, written
atomically in the input's encoding and line endings; ``.docx`` in, ``.docx``
out). ``--json`` prints the contract::

    {"model": {...}, "language": "en", "suggestion": "...",
     "changes": [as in `diff --json`, with "source", "rule", "reason" filled in],
     "flags": [as in `diff --json`],
     "plan": [{"paragraph", "start", "end", "rule", "message"}],
     "paragraphs": [{"index", "status", "reason"}],
     "stats": {"tokens", "seconds", "tokens_per_second"}}

``changes`` come from ``diffing.diff_texts(draft, suggestion)``; each says
where it came from: ``source`` is ``rule`` (a deterministic fix), ``model``
(a model job or, at strong, a paragraph rewrite) or ``cleaning``; ``rule``
is the rule id that asked for it (or null); ``reason`` is one English
sentence. ``plan`` lists what the humanizer found, with offsets into the
whole draft. ``--save-review FILE`` writes the review file directly, every
change pending with its source, rule and reason; ``--candidates N`` sets
best-of-n for the model's work (default by model size); what was learned from
the writer's decisions (``learned``) is used unless ``--no-learning``;
``--voice NAME`` steers the rewrite toward a voice learned with ``voice
learn``. Progress
goes to stderr, one line per paragraph, when stderr is a terminal. A
missing or broken model, a crashed engine or an unreachable server is one
line on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from typing import Any

from humanize_desktop import config
from humanize_desktop.cli import print_json, print_notes
from humanize_desktop.commands import bilingual
from humanize_desktop.core import diffing, documents, reviewfile
from humanize_desktop.core.bilingual.files import is_bilingual
from humanize_desktop.core.humanizer import explain
from humanize_desktop.core.engine import Engine, LocalEngine, open_engine
from humanize_desktop.core.errors import HumanizeError
from humanize_desktop.core.rewriting.document import rewrite_document
from humanize_desktop.core.rewriting.events import ParagraphDone, ParagraphRetry, RewriteEvent, RewriteResult
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting import prompts, styles
from humanize_desktop.core.voice import profile as voice_profiles

log = logging.getLogger(__name__)


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "humanize", help="rewrite a draft so it reads like a person wrote it",
        description="Rewrite a draft paragraph by paragraph with the local model (never "
                    "leaving this machine) or with your own OpenAI-compatible server.")
    p.add_argument("input", metavar="INPUT", help="a .txt, .md or .docx file, or - for standard input; "
                                                  "a .xlf, .po or .tmx file has its targets polished")
    p.add_argument("-o", "--output", metavar="OUT", help="write the suggestion here instead of stdout")
    p.add_argument("--style", metavar="NAME", help="natural (default), casual, professional, academic, "
                                                     "simple, concise, warm, or one of your own")
    p.add_argument("--strength", choices=prompts.STRENGTHS, help="how much to change (default: medium)")
    p.add_argument("--instructions", metavar="TEXT", help="extra instructions for the model")
    p.add_argument("--model", metavar="NAME|PATH", help="a model name from `models`, or a .gguf path")
    p.add_argument("--server", metavar="URL", help="an OpenAI-compatible server you run (llama.cpp, Ollama, vLLM)")
    p.add_argument("--api-key", metavar="KEY", help="API key for --server (or set HUMANIZE_API_KEY)")
    p.add_argument("--protect", metavar="TERM", nargs="+", action="extend",
                   help="terms that must come out exactly as written")
    p.add_argument("--seed", type=int, metavar="N", help="random seed (same seed, same result)")
    p.add_argument("--voice", metavar="NAME", help="steer toward a voice saved with `voice learn`")
    p.add_argument("--no-cache", action="store_true", help="regenerate every paragraph")
    p.add_argument("--candidates", type=int, metavar="N",
                   help="candidates the model writes for each job, the best kept (default: by model size)")
    p.add_argument("--no-learning", action="store_true",
                   help="ignore what was learned from your decisions (see `learned`): same seed, same result")
    p.add_argument("--save-review", metavar="FILE",
                   help="also write a .humanize review file, every change pending with its reason")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--state", choices=("needs-review", "translated"),
                   help="bilingual files: the state polished units get (default: needs-review)")


def _read_input(name: str) -> documents.Document:
    if name == "-":
        return documents.from_bytes(sys.stdin.buffer.read(), "<stdin>")
    document = documents.open_document(name)
    print_notes(document.notices)
    return document


def _write_output(path: str, text: str, source: documents.Document) -> None:
    """The suggestion into ``path``: in the input's encoding and newlines, a .docx into the input's Word file."""
    prepared = documents.prepare_save(path, text, like=source)
    print_notes(prepared.notes)
    prepared.write()


def model_json(engine: Engine) -> dict[str, Any]:
    """What the ``model`` key says: the local file's facts, or the server and model name."""
    info = engine.describe()
    if isinstance(engine, LocalEngine):
        data = engine.model.to_json()
        data["sha256"] = info.model_id
    else:
        data = {"name": info.model_name, "server": info.model_id.split("#", 1)[0]}
    data.update(backend=info.backend, context_size=info.context_length, gpu_offload=info.gpu_offload)
    if info.notes:
        data["notes"] = list(info.notes)
    return data


def result_json(draft: str, result: RewriteResult, engine: Engine, settings: config.Settings,
                protected_terms: tuple[str, ...] = ()) -> dict[str, Any]:
    """The ``--json`` document. One place builds it, so more keys (e.g. ``flags``) can join here."""
    from humanize_desktop.core.checks.flags import flags_json

    changes = diffing.diff_texts(draft, result.suggestion)
    return {
        "model": model_json(engine),
        "language": result.language,
        "suggestion": result.suggestion,
        "changes": explain.changes_json(changes, result.explanations(changes)),
        # Fidelity, introduced-error and (with the engine's embeddings) drift flags per change.
        "flags": flags_json(draft, result.suggestion, changes, settings, embedder=engine,
                            protected_terms=protected_terms),
        "plan": result.plan,
        "paragraphs": [p.to_json() for p in result.paragraphs],
        "stats": result.stats.to_json(),
    }


def save_review(path: str, draft: str, result: RewriteResult, options: RewriteOptions, engine: Engine,
                input_name: str) -> None:
    """The review file of this run: every change pending, with its source, rule and reason."""
    doc = reviewfile.new_document(
        draft, result.suggestion, source_path=None if input_name == "-" else os.path.abspath(input_name),
        settings={"style": options.style, "strength": options.strength, "seed": options.seed,
                  "protected_terms": list(options.protected_terms)},
        model=model_json(engine))
    doc.explanations = result.explanations(doc.review.changes)
    reviewfile.save(path, doc)


def learned_now(settings: config.Settings):
    """What was learned from the writer's decisions, for this run (None while paused)."""
    from humanize_desktop.core.learning.apply import active
    from humanize_desktop.core.learning.store import PreferenceStore

    store = PreferenceStore.load()
    if store.notice is not None:
        sys.stderr.write(f"note: {store.notice.text}\n")
    return active(store, settings.learning)


def _progress(event: RewriteEvent) -> None:
    if isinstance(event, ParagraphRetry):
        sys.stderr.write(f"  paragraph {event.index + 1}: retrying ({event.reason})\n")
    elif isinstance(event, ParagraphDone):
        cached = " (cached)" if event.cached else ""
        reason = f": {event.reason}" if event.reason else ""
        sys.stderr.write(f"paragraph {event.index + 1}: {event.status}{cached}{reason}\n")


def run(args: argparse.Namespace) -> int:
    if args.input != "-" and is_bilingual(args.input, tables=False):  # XLIFF, PO, TMX: polish the targets only
        return bilingual.run_polish(args)
    if args.candidates is not None and not 1 <= args.candidates <= 16:
        raise HumanizeError("--candidates must be a whole number from 1 to 16")
    settings = config.load()
    styles.get_style(args.style or settings.rewrite.style)  # unknown style: fail before loading a model
    voice = voice_profiles.load(args.voice) if args.voice else None  # a bad voice too
    source = _read_input(args.input)
    draft = source.text
    api_key = args.api_key if args.api_key is not None else os.environ.get("HUMANIZE_API_KEY")
    engine = open_engine(settings, model=args.model, server=args.server, api_key=api_key)
    model_settings = settings.model_settings(engine.model.file_name) if isinstance(engine, LocalEngine) else None
    protect = tuple(dict.fromkeys([*settings.rewrite.protected_terms, *(args.protect or [])]))
    options = RewriteOptions.from_settings(
        settings, model_settings, style=args.style, strength=args.strength,
        custom_instructions=args.instructions, seed=args.seed, protected_terms=protect,
        use_cache=False if args.no_cache else None, candidates=args.candidates,
        learned=None if args.no_learning else learned_now(settings), voice=voice)
    cancel = threading.Event()
    on_event = _progress if sys.stderr.isatty() and not args.json else None
    try:
        result = rewrite_document(draft, options, engine, on_event=on_event, cancel=cancel)
        data = result_json(draft, result, engine, settings, protect) if args.json else None
        if args.save_review:
            save_review(args.save_review, draft, result, options, engine, args.input)
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        engine.close()
    # Counts only: a reason quotes the draft, and the log never holds the text.
    statuses = [p.status for p in result.paragraphs]
    log.info("humanized %d paragraphs (%s) with %s, %d tokens in %.1f s", len(statuses),
             ", ".join(f"{s} {statuses.count(s)}" for s in sorted(set(statuses))), result.engine.backend,
             result.stats.tokens, result.stats.seconds)
    for note in result.notes:
        sys.stderr.write(f"note: {note}\n")
    if args.output:
        _write_output(args.output, result.suggestion, source)
        if args.json:
            print_json(data)
        return 0
    if args.json:
        print_json(data)
    else:
        sys.stdout.write(result.suggestion)
        if result.suggestion and not result.suggestion.endswith("\n"):
            sys.stdout.write("\n")
    return 0


__all__ = ["add_parser", "model_json", "result_json", "run"]
