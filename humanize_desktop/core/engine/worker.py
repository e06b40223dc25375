"""The model engine's child process: llama.cpp behind a pipe.

``serve(conn, cancel, config)`` runs in a process started with the ``spawn``
method by ``LocalEngine``. It loads the model, answers ``("ready", info)`` (or
``("failed", message)``), then serves requests one at a time:

- ``("generate", request)`` → ``("token", text)``… then ``("done", result)``
- ``("count", text)`` / ``("score", text)`` / ``("embed", texts)`` → ``("result", value)``
- ``("stop",)`` → exits

Any request can instead answer ``("error", kind, message)``; the process
stays up. ``cancel`` (a ``multiprocessing.Event``) is checked after every
generated token. If the parent goes away, the next pipe operation fails and
the process exits.

Generation reuses llama.cpp's KV cache across requests: ``Llama.generate``
keeps the longest common token prefix of the previous prompt, so as long as
the system prompt stays the same (the rewriting pipeline keeps it fixed for a
whole document) only the new user message is evaluated. Scoring and
embeddings use their own small contexts, created on first use, so the
generation context and its warm prefix are never disturbed.

The text the user wrote is tokenized with special tokens *disabled*: a draft
containing ``<|im_end|>`` or ``[INST]`` is plain text to the model, never a
control token (only the chat template's own markup is parsed as special).
This module imports nothing from the app beyond the standard library, so the
child starts fast.
"""

from __future__ import annotations

import codecs
import os
import random
import time
from typing import Any

import jinja2

# Scoring keeps a (context × vocabulary) table of logits: keep it near this size.
_SCORE_LOGITS_BYTES = 200_000_000
_SCORE_CTX_MAX = 512
_SCORE_CTX_MIN = 128
_EMBED_CTX = 512
_SENTINEL = "\u0000HUMANIZE-MESSAGE-{}\u0000"


class RequestError(Exception):
    """A request that failed in a way the parent maps to a specific error class."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _fold_system(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """For templates without a system role (Gemma): prepend it to the first user turn."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
    elif system:
        rest.insert(0, {"role": "user", "content": system})
    return rest


_log_callback: Any = None


def _quiet_llama_logs() -> None:
    """llama.cpp logs warnings to stderr even when not verbose; the CLI's stderr is for users.

    Set HUMANIZE_ENGINE_DEBUG=1 to see them.
    """
    global _log_callback
    if os.environ.get("HUMANIZE_ENGINE_DEBUG"):
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def _drop(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        return None

    _log_callback = _drop  # keep a reference: llama.cpp calls it from C
    llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        _quiet_llama_logs()
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.config = config
        self.llm = Llama(
            model_path=config["model_path"],
            n_ctx=config["n_ctx"],
            n_threads=config.get("n_threads") or None,
            n_gpu_layers=config.get("n_gpu_layers", 0),
            seed=config.get("seed", 0) & 0xFFFFFFFF,
            verbose=False,
        )
        self._scorer: Any = None
        self._score_ctx = 0
        self._embedder: Any = None
        template = self.llm.metadata.get("tokenizer.chat_template")
        self.formatter = None
        if template:
            eos = self.llm.token_eos()
            bos = self.llm.token_bos()
            self.formatter = Jinja2ChatFormatter(
                template=template,
                eos_token=self.llm._model.token_get_text(eos) if eos != -1 else "",
                bos_token=self.llm._model.token_get_text(bos) if bos != -1 else "",
            )
            self.eos_text = self.formatter.eos_token
        else:
            self.eos_text = ""

    def info(self) -> dict[str, Any]:
        import llama_cpp

        supports_gpu = bool(llama_cpp.llama_supports_gpu_offload())
        wants_gpu = self.config.get("n_gpu_layers", 0) != 0
        notes = []
        if wants_gpu and not supports_gpu:
            notes.append("GPU offload was requested, but this llama.cpp build has no GPU support: "
                         "running on the CPU.")
        return {
            "n_ctx": self.llm.n_ctx(),
            "n_vocab": self.llm.n_vocab(),
            "chat_template": self.formatter is not None,
            "gpu_offload": wants_gpu and supports_gpu,
            "notes": notes,
            "pid": os.getpid(),
        }

    # ------------------------------------------------------------------ prompts

    def _is_eog(self, token: int) -> bool:
        import llama_cpp

        try:
            return bool(llama_cpp.llama_vocab_is_eog(self.llm._model.vocab, token))
        except AttributeError:  # a future llama-cpp-python without the vocab handle
            return token == self.llm.token_eos()

    def prompt_tokens(self, messages: list[dict[str, str]]) -> list[int]:
        """Chat-template the messages; message texts are tokenized with special tokens off."""
        llm = self.llm
        if self.formatter is None:
            # A base model: no roles to speak of, so write the request as a document.
            text = "\n\n".join(m["content"] for m in messages) + "\n\n"
            return llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)
        marked = [{"role": m["role"], "content": _SENTINEL.format(i)} for i, m in enumerate(messages)]
        try:
            rendered = self.formatter(messages=marked).prompt
            contents = [m["content"] for m in messages]
        except (ValueError, TypeError, jinja2.TemplateError):  # templates refuse roles they do not support
            folded = _fold_system(messages)
            marked = [{"role": m["role"], "content": _SENTINEL.format(i)} for i, m in enumerate(folded)]
            rendered = self.formatter(messages=marked).prompt
            contents = [m["content"] for m in folded]
        tokens: list[int] = []
        rest = rendered
        for i, content in enumerate(contents):
            sentinel = _SENTINEL.format(i)
            head, found, rest = rest.partition(sentinel)
            if not found:
                raise RequestError("EngineError", "the model's chat template changed the message text")
            if head:
                tokens += llm.tokenize(head.encode("utf-8"), add_bos=False, special=True)
            if content:
                tokens += llm.tokenize(content.encode("utf-8"), add_bos=False, special=False)
        if rest:
            tokens += llm.tokenize(rest.encode("utf-8"), add_bos=False, special=True)
        return tokens

    # ------------------------------------------------------------------ generation

    def generate(self, req: dict[str, Any], send: Any, cancel: Any) -> dict[str, Any]:
        llm = self.llm
        started = time.perf_counter()
        prompt = self.prompt_tokens(req["messages"])
        room = llm.n_ctx() - len(prompt) - 1
        if room < 8:
            raise RequestError("PromptTooLong", f"the request needs {len(prompt)} tokens, but the "
                                                f"context window holds {llm.n_ctx()}")
        max_tokens = max(1, min(int(req["max_tokens"]), room))
        seed = int(req.get("seed", 0))
        llm.set_seed(seed & 0xFFFFFFFF if seed >= 0 else random.getrandbits(32))
        stops = [s for s in req.get("stop", []) if s]
        if self.eos_text and self.eos_text not in stops:
            stops.append(self.eos_text)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        full = ""
        sent = 0
        count = 0
        first = 0.0
        finish = "length"
        stopped_by_string = False
        for token in llm.generate(prompt, top_k=int(req["top_k"]), top_p=float(req["top_p"]),
                                  min_p=float(req["min_p"]), temp=float(req["temperature"]),
                                  repeat_penalty=float(req["repeat_penalty"])):
            if count == 0:
                first = time.perf_counter() - started
            if self._is_eog(token):
                finish = "stop"
                break
            count += 1
            piece = decoder.decode(llm.detokenize([token]))
            if piece:
                full += piece
                cut = -1
                for s in stops:
                    at = full.find(s, max(0, sent - len(s)))
                    if at >= 0 and (cut < 0 or at < cut):
                        cut = at
                if cut >= 0:
                    full = full[:cut]
                    finish = "stop"
                    stopped_by_string = True
                    break
                # Hold back an ending that could be the start of a stop string.
                hold = 0
                for s in stops:
                    for k in range(min(len(s) - 1, len(full)), hold, -1):
                        if full.endswith(s[:k]):
                            hold = k
                            break
                if len(full) - hold > sent:
                    send(("token", full[sent:len(full) - hold]))
                    sent = len(full) - hold
            if cancel.is_set():
                finish = "cancelled"
                break
            if count >= max_tokens:
                finish = "length"
                break
        if not stopped_by_string:
            full += decoder.decode(b"", final=True)
        if len(full) > sent:
            send(("token", full[sent:]))
        elapsed = time.perf_counter() - started
        return {"text": full, "tokens": count, "seconds": elapsed, "finish_reason": finish,
                "prompt_tokens": len(prompt), "first_token_seconds": first if count else elapsed}

    def count(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    # ------------------------------------------------------------------ scoring

    def _score_model(self) -> Any:
        if self._scorer is None:
            from llama_cpp import Llama

            n_vocab = self.llm.n_vocab()
            n_ctx = max(_SCORE_CTX_MIN, min(_SCORE_CTX_MAX, _SCORE_LOGITS_BYTES // (4 * n_vocab)))
            n_ctx = int(self.config.get("score_ctx") or n_ctx)
            self._score_ctx = n_ctx  # llama.cpp may round its own n_ctx up; the buffers are this big
            self._scorer = Llama(model_path=self.config["model_path"], n_ctx=n_ctx, n_batch=n_ctx,
                                 n_ubatch=n_ctx, logits_all=True,
                                 n_threads=self.config.get("n_threads") or None,
                                 n_gpu_layers=self.config.get("n_gpu_layers", 0), verbose=False)
        return self._scorer

    def score(self, text: str) -> list[tuple[str, float, float, float]]:
        import numpy as np

        sc = self._score_model()
        tokens = sc.tokenize(text.encode("utf-8"), add_bos=True, special=False)
        bos = sc.token_bos()
        has_bos = bool(tokens) and tokens[0] == bos
        width = min(self._score_ctx, sc.n_ctx())
        overlap = width // 4
        out: list[tuple[str, float, float, float]] = []
        pos = 1  # the first token has nothing before it to predict it
        while pos < len(tokens):
            start = 0 if pos == 1 else pos - overlap
            prefix = [bos] if start > 0 and has_bos else []
            end = min(len(tokens), start + width - len(prefix))
            window = prefix + tokens[start:end]
            sc.reset()
            sc.eval(window)
            targets = tokens[pos:end]
            first_row = pos - start + len(prefix) - 1
            for r0 in range(0, len(targets), 64):  # bounded temporary memory
                rows = np.asarray(sc.scores[first_row + r0:first_row + r0 + 64][:len(targets) - r0],
                                  dtype=np.float64)
                peak = rows.max(axis=1, keepdims=True)
                logp = rows - (peak + np.log(np.exp(rows - peak).sum(axis=1, keepdims=True)))
                p = np.exp(logp)
                mean = (p * logp).sum(axis=1)
                var = np.maximum((p * logp * logp).sum(axis=1) - mean * mean, 0.0)
                chunk = targets[r0:r0 + 64]
                observed = logp[np.arange(len(chunk)), chunk]
                for k, tok in enumerate(chunk):
                    piece = sc.detokenize([tok]).decode("utf-8", errors="replace")
                    out.append((piece, float(observed[k]), float(mean[k]), float(var[k])))
            pos = end
        return out

    # ------------------------------------------------------------------ embeddings

    def embed(self, texts: list[str]) -> list[list[float]]:
        if self._embedder is None:
            import llama_cpp

            self._embedder = llama_cpp.Llama(
                model_path=self.config["model_path"], embedding=True, n_ctx=_EMBED_CTX,
                n_batch=_EMBED_CTX, n_ubatch=_EMBED_CTX,
                pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                n_threads=self.config.get("n_threads") or None,
                n_gpu_layers=self.config.get("n_gpu_layers", 0), verbose=False)
        vectors = []
        for text in texts:  # one at a time: every text gets the whole small context
            vectors.append([float(x) for x in self._embedder.embed(text or " ", truncate=True)])
        return vectors


def serve(conn: Any, cancel: Any, config: dict[str, Any]) -> None:
    """Entry point of the child process."""
    try:
        worker = Worker(config)
    # The child's whole life: whatever stops the model loading (llama.cpp raises ValueError,
    # RuntimeError, OSError...) must reach the parent as a sentence, not vanish with the process.
    except Exception as exc:  # noqa: BLE001
        try:
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        except OSError:
            pass
        return
    try:
        conn.send(("ready", worker.info()))
    except OSError:
        return
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        if kind == "stop":
            return
        try:
            if kind == "generate":
                result = worker.generate(message[1], conn.send, cancel)
                conn.send(("done", result))
            elif kind == "count":
                conn.send(("result", worker.count(message[1])))
            elif kind == "score":
                conn.send(("result", worker.score(message[1])))
            elif kind == "embed":
                conn.send(("result", worker.embed(list(message[1]))))
            else:
                conn.send(("error", "EngineError", f"unknown request {kind!r}"))
        except (EOFError, BrokenPipeError, ConnectionResetError):
            return
        except RequestError as exc:
            _send_quietly(conn, ("error", exc.kind, str(exc)))
        # A failed request is sent to the parent (which shows and logs it); the engine keeps serving.
        except Exception as exc:  # noqa: BLE001
            _send_quietly(conn, ("error", "EngineError", f"{type(exc).__name__}: {exc}"))


def _send_quietly(conn: Any, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except OSError:
        pass
