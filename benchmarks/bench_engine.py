"""The model engine's speed against bare llama-cpp-python, and re-humanizing after a one-paragraph edit.

Three measurements, all in one run on the same model file, thread count,
prompt and sampling settings:

1. **Throughput.** Tokens per second of the app's pipeline (``LocalEngine``:
   child process, pipe, streaming callback) against a bare
   ``llama_cpp.Llama.generate`` loop in this process, alternating the two
   ``--reps`` times and comparing medians. Decode rate (first token to last)
   and end-to-end rate are both printed. Target: ratio >= 0.97.
2. **Time to first token**, through the app: a cold prompt, a new user
   message after the same system prompt (llama.cpp reuses the system
   prompt's evaluated state), and a new user message after a *different*
   system prompt (no reuse). Also the engine's start-up (child + model load).
3. **Re-humanizing** a ``--paragraphs`` paragraph document after editing one
   sentence in the middle of one paragraph, as a fraction of the full run,
   with a fresh rewrite cache and the same warm engine. Target: <= 0.05.

    .venv/bin/python benchmarks/bench_engine.py [--model PATH] [--threads N]
        [--tokens 128] [--reps 5] [--paragraphs 40]

Other processes on the machine slow both sides alike only if they run
throughout; on a shared machine, compare several runs.
"""

from __future__ import annotations

import argparse
import codecs
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from humanize_desktop import paths  # noqa: E402
from humanize_desktop.config import ModelSettings  # noqa: E402
from humanize_desktop.core.engine import GenerationRequest, LocalEngine, bundled_model_path  # noqa: E402
from humanize_desktop.core.machine import engine_threads  # noqa: E402
from humanize_desktop.core.rewriting.document import rewrite_document  # noqa: E402
from humanize_desktop.core.rewriting.options import RewriteOptions
from humanize_desktop.core.rewriting.cache import RewriteCache  # noqa: E402

SYSTEM = "You are a storyteller. Write vivid, flowing prose."
PROMPT = "Write a long story about a lighthouse keeper who finds a message in a bottle."
SAMPLING = dict(temperature=0.7, top_p=0.9, top_k=40, min_p=0.05, repeat_penalty=1.1)

TOPICS = ["the new onboarding process", "our quarterly budget review", "the customer support backlog",
          "the migration to the new server", "the office move in spring", "the security audit",
          "the product launch in Berlin", "the hiring plan for engineers", "the supplier contract renewal",
          "the annual team retreat"]
OPENERS = ["In today's fast-paced world, it is important to note that {t} plays a pivotal role in our success.",
           "Furthermore, {t} is a testament to our commitment to excellence and continuous improvement.",
           "It is worth mentioning that {t} will leverage cutting-edge tools to streamline our workflows.",
           "Ultimately, {t} serves as a cornerstone for fostering collaboration across diverse teams."]
MIDDLES = ["The team met on Tuesday and agreed on the next steps for {t}.",
           "Everyone should read the summary before the meeting on Friday.",
           "Questions about {t} can go to the project channel at any time."]


def document(n: int) -> str:
    paragraphs = []
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        paragraphs.append(" ".join([OPENERS[i % len(OPENERS)].format(t=topic),
                                    MIDDLES[i % len(MIDDLES)].format(t=topic),
                                    f"This is item {i + 1} of the plan."]))
    return "\n\n".join(paragraphs) + "\n"


def bare_loop(model: Path, n_ctx: int, threads: int | None, max_tokens: int,
              seed: int) -> Callable[[], tuple[float, float, int]]:
    """A plain llama-cpp-python generation loop; each call returns (seconds, decode seconds, tokens)."""
    import llama_cpp
    from llama_cpp import Llama
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    llm = Llama(model_path=str(model), n_ctx=n_ctx, n_threads=threads, verbose=False)
    eos, bos = llm.token_eos(), llm.token_bos()
    fmt = Jinja2ChatFormatter(template=llm.metadata["tokenizer.chat_template"],
                              eos_token=llm._model.token_get_text(eos), bos_token=llm._model.token_get_text(bos))
    prompt = fmt(messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPT}]).prompt
    tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)

    def one() -> tuple[float, float, int]:
        llm.reset()  # no KV reuse between repetitions: each one evaluates the prompt
        llm.set_seed(seed)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        text = []
        count = 0
        start = time.perf_counter()
        first = 0.0
        for tok in llm.generate(tokens, top_k=SAMPLING["top_k"], top_p=SAMPLING["top_p"],
                                min_p=SAMPLING["min_p"], temp=SAMPLING["temperature"],
                                repeat_penalty=SAMPLING["repeat_penalty"]):
            if count == 0:
                first = time.perf_counter()
            if llama_cpp.llama_vocab_is_eog(llm._model.vocab, tok):
                break
            count += 1
            text.append(decoder.decode(llm.detokenize([tok])))
            if count >= max_tokens:
                break
        end = time.perf_counter()
        return end - start, end - first, count

    one()  # warm up, as the app's engine warms up on its first request
    return one


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    parser.add_argument("--threads", type=int, default=0,
                        help="0: what the command line picks (every core, machine.engine_threads)")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--skip-document", action="store_true")
    args = parser.parse_args()
    # Both sides get the same count: the app's LocalEngine would otherwise pick its own.
    threads = args.threads or engine_threads(for_window=False)
    tmp = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    paths.init(config_dir=tmp / "config", data_dir=tmp / "data", state_dir=tmp / "state", cache_dir=tmp / "cache")
    print(f"model: {args.model.name}   threads: {threads}   n_ctx: {args.n_ctx}   "
          f"tokens: {args.tokens}   reps: {args.reps}")

    settings = ModelSettings(context_size=args.n_ctx, threads=threads)
    t0 = time.perf_counter()
    engine = LocalEngine(args.model, settings)
    engine.start()
    startup = time.perf_counter() - t0
    request = GenerationRequest(messages=({"role": "system", "content": SYSTEM}, {"role": "user", "content": PROMPT}),
                                max_tokens=args.tokens, seed=7, **SAMPLING)  # type: ignore[arg-type]
    bare = bare_loop(args.model, args.n_ctx, threads, args.tokens, 7)

    def app() -> tuple[float, float, int]:
        # Make the app evaluate the whole prompt too: a different system prompt first drops the cache.
        engine.generate(GenerationRequest(messages=({"role": "user", "content": "Hi."},), max_tokens=1))
        first: list[float] = []
        start = time.perf_counter()
        result = engine.generate(request, on_token=lambda piece: first or first.append(time.perf_counter()))
        end = time.perf_counter()
        return end - start, end - first[0], result.tokens

    app()  # warm up
    bare_runs, app_runs = [], []
    for _ in range(args.reps):
        bare_runs.append(bare())
        app_runs.append(app())

    def rates(runs: list[tuple[float, float, int]]) -> tuple[float, float]:
        e2e = statistics.median(n / total for total, _, n in runs)
        decode = statistics.median((n - 1) / d for _, d, n in runs if n > 1 and d > 0)
        return e2e, decode

    bare_e2e, bare_decode = rates(bare_runs)
    app_e2e, app_decode = rates(app_runs)
    # Neighbouring runs see the same background load: the median of per-pair ratios is steadier.
    paired = statistics.median(((a[2] - 1) / a[1]) / ((b[2] - 1) / b[1]) for a, b in zip(app_runs, bare_runs))
    print("\n1. throughput (median of alternating runs)")
    print(f"   bare llama-cpp-python: {bare_decode:7.1f} tok/s decode, {bare_e2e:7.1f} tok/s end to end "
          f"({[n for _, _, n in bare_runs]} tokens)")
    print(f"   app pipeline:          {app_decode:7.1f} tok/s decode, {app_e2e:7.1f} tok/s end to end "
          f"({[n for _, _, n in app_runs]} tokens)")
    print(f"   ratio app/bare: decode {app_decode / bare_decode:.3f} (median of paired runs {paired:.3f}), "
          f"end to end {app_e2e / bare_e2e:.3f}   (target >= 0.97)")

    def ttft(system: str, user: str) -> float:
        req = GenerationRequest(messages=({"role": "system", "content": system}, {"role": "user", "content": user}),
                                max_tokens=1, seed=7)
        return engine.generate(req).first_token_seconds

    long_system = " ".join([SYSTEM] * 12)  # ~200 tokens, like the rewrite prompt
    cold, warm, other = [], [], []
    for i in range(args.reps):
        ttft(f"Unrelated system prompt {i}.", "Hello.")
        cold.append(ttft(long_system, f"Rewrite this text: paragraph number {i} about the budget."))
        warm.append(ttft(long_system, f"Rewrite this text: a different paragraph {i} about hiring."))
        other.append(ttft(f"Variant {i}. " + long_system, f"Rewrite this text: paragraph {i} about the move."))
    print("\n2. time to first token (median)")
    print(f"   engine start-up (child process + model load): {startup:.2f} s")
    print(f"   cold prompt (nothing cached):                 {statistics.median(cold) * 1000:7.1f} ms")
    print(f"   same system prompt, new user message (warm):  {statistics.median(warm) * 1000:7.1f} ms")
    print(f"   changed system prompt, new user message:      {statistics.median(other) * 1000:7.1f} ms")

    if not args.skip_document:
        draft = document(args.paragraphs)
        cache = RewriteCache(tmp / "cache" / "bench.sqlite3")
        options = RewriteOptions(seed=3)
        t0 = time.perf_counter()
        full = rewrite_document(draft, options, engine, cache=cache)
        full_s = time.perf_counter() - t0
        target = args.paragraphs // 2
        old = MIDDLES[target % len(MIDDLES)].format(t=TOPICS[target % len(TOPICS)])
        paragraphs = draft.split("\n\n")
        paragraphs[target] = paragraphs[target].replace(old, old[:-1] + " as well.", 1)  # a middle sentence
        edited = "\n\n".join(paragraphs)
        assert edited != draft
        t0 = time.perf_counter()
        again = rewrite_document(edited, options, engine, cache=cache)
        again_s = time.perf_counter() - t0
        cache.close()
        statuses = {s: sum(p.status == s for p in full.paragraphs) for s in ("rewritten", "unchanged", "kept")}
        print(f"\n3. re-humanizing a {args.paragraphs}-paragraph document after editing one paragraph")
        print(f"   full run:   {full_s:7.2f} s, {full.stats.generated} model calls, {full.stats.tokens} tokens, "
              f"{statuses}")
        print(f"   after edit: {again_s:7.2f} s, {again.stats.generated} model calls, {again.stats.cached} from cache")
        print(f"   fraction: {again_s / full_s:.3f}   (target <= 0.05)")
    engine.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
