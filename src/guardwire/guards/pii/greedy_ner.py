"""spaCy's greedy NER decoding, with the same numbers, without its per-step GIL round trips.

spaCy's ``EntityRecognizer`` scores one parser state per token in a C loop that releases the
GIL; on CPython 3.11 with spaCy 3.8 that loop takes the GIL back every time it checks a move's
validity (``PyGILState_Ensure`` in ``StateC.B_``, about 75 moves per token), and on the
benchmark texts it spends about two thirds of the NER time there (measured with ``perf``:
17 of 26 ms on a 2,000-character text), not in the model.

The BILUO moves of a single document without preset entities read only two things from a
state: the current token and, while an entity is open, where it started. So:

- the states with no open entity (features: the token, then padding) are scored for every
  token at once, with spaCy's own arrays and calls (``precompute_hiddens.predict``, the upper
  layer's weights through the same BLIS ``gemm``, the unseen-class minimum);
- the move of such a state is the first best-scoring valid move, as spaCy's
  ``arg_max_if_valid`` picks it; the validity rules are spaCy's (``ner.pyx``) for a document
  without preset entities: B needs a next token that does not start a sentence and a
  non-space token, U a non-space token, O is always valid;
- inside an entity (features: the token, the entity's first token, the previous token) only
  I and L of the entity's label are valid, with the same first-best rule; their states are
  scored in one batch for the first tokens after every B chosen above (an entity can only
  start there), further ones one at a time. A row's scores do not depend on the batch it is
  computed in (checked bit for bit while writing this; the tests compare the results).

The result is ``doc.ents`` and every token's ``ent_iob``/``ent_type`` as ``nlp(text)`` sets
them (tests compare both on the evaluation texts and on randomised texts), plus, in
``doc.user_data[PERSON_START]``, each token's probability that a ``PERSON`` starts there
(softmax of the valid moves of its no-open-entity state; the PERSON rules use it as
evidence). Anything this does not cover falls back to ``nlp(text)``: another pipeline or
component layout, beam search, preset entities, an empty text, a score that is not finite.
Before it is used for a pipeline, it must annotate a few probe texts exactly as spaCy does
(:meth:`GreedyNer.for_pipeline`), so a spaCy version with other rules gets spaCy's own decoder.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT}
_AHEAD = 4
"""Tokens after an entity's first one scored in advance (longer entities: one at a time)."""
PERSON_START = "guardwire.person_start"
"""``doc.user_data`` key: per token, the model's probability that a ``PERSON`` starts there
(softmax over the valid moves of a state with no open entity: B- and U-PERSON)."""


_PROBES = (
    "Call John Smith at the United Nations Development Programme office in New York City on "
    "Monday.\n\n  Maria  went to Paris with the Bank of America team.",
    "The International Business Machines Corporation of North America hired Dr. Anna Maria "
    "Lopez Garcia from Madrid, Spain, and Wei Chen.",
)
"""Texts the decoder must annotate as spaCy does before it is used (long entities, spaces)."""


def labels_of(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, str]]]:
    """A document's entities and every token's IOB code and entity type."""
    return ([(e.start, e.end, e.label_) for e in doc.ents],
            [(t.ent_iob, t.ent_type_) for t in doc])


class _NotCovered(Exception):
    """This document needs spaCy's own decoder."""


class GreedyNer:
    """``nlp(text)`` for a pipeline that is only spaCy's greedy ``ner`` (see the module doc)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.ner = nlp.get_pipe("ner")
        names = [self.ner.moves.get_class_name(i) for i in range(self.ner.moves.n_moves)]
        self.kinds: list[int] = []
        self.labels: list[str] = []
        for name in names:
            kind, _, label = ("O", "", "") if name == "O" else str(name).partition("-")
            self.kinds.append(_OUT if kind == "O" else _KINDS[kind])
            self.labels.append(label)
        kinds = np.array(self.kinds)
        labelled = np.array([bool(label) for label in self.labels])
        self.is_begin = (kinds == _BEGIN) & labelled
        self.is_unit = (kinds == _UNIT) & labelled
        self.is_out = kinds == _OUT
        self.column = {(k, label): i
                       for i, (k, label) in enumerate(zip(self.kinds, self.labels, strict=True))}
        self.person = [i for i, (k, label) in enumerate(zip(self.kinds, self.labels, strict=True))
                       if label == "PERSON" and k in (_BEGIN, _UNIT)]

    @classmethod
    def for_pipeline(cls, nlp: Any) -> GreedyNer | None:
        """A decoder for ``nlp``, or ``None`` when ``nlp`` is not a pipeline it covers or when
        it does not give spaCy's annotations on a few probe texts (another spaCy version)."""
        if not cls.covers(nlp):
            return None
        try:
            decoder = cls(nlp)
            for text in _PROBES:
                if labels_of(decoder._decode(nlp.make_doc(text))) != labels_of(nlp(text)):
                    return None
        except Exception:
            return None
        return decoder

    @staticmethod
    def covers(nlp: Any) -> bool:
        """Whether ``nlp`` has the structure this decoder reproduces (only ``ner``, greedy)."""
        try:
            from spacy.pipeline.ner import EntityRecognizer
            from thinc.api import NumpyOps

            if list(nlp.pipe_names) != ["ner"]:
                return False
            ner = nlp.get_pipe("ner")
            model = ner.model
            if (type(ner) is not EntityRecognizer or ner.cfg.get("beam_width") != 1
                    or getattr(ner, "postprocesses", None)
                    or type(ner.moves).__name__ != "BiluoPushDown"
                    or not model.attrs.get("has_upper")
                    or type(model.ops) is not NumpyOps
                    or model.get_ref("lower").get_dim("nF") != 3):
                return False
            names = [str(ner.moves.get_class_name(i)) for i in range(ner.moves.n_moves)]
        except Exception:
            return False
        moves = set(names)
        for name in names:
            kind, _, label = name.partition("-")
            if name != "O" and kind not in _KINDS:
                return False
            if kind == "B" and not {f"I-{label}", f"L-{label}"} <= moves:
                return False
        return "O" in moves

    def __call__(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        try:
            return self._decode(doc)
        except _NotCovered:
            full: Doc = self.nlp(text)
            return full

    def _decode(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            raise _NotCovered
        arr = doc.to_array([SENT_START, ENT_IOB, IS_SPACE])
        if arr[:, 1].any():  # preset entities
            raise _NotCovered
        step = self.ner.model.predict([doc])
        try:
            spans, person = self._entities(step, n, arr)
        finally:
            step.clear_memory()
        doc.set_ents([Span(doc, s, e, label=label) for s, e, label in spans], default="outside")
        if person is not None:
            doc.user_data[PERSON_START] = person
        return doc

    def _entities(self, step: Any, n: int,
                  arr: Any) -> tuple[list[tuple[int, int, str]], list[float] | None]:
        hiddens = step.state2vec
        upper = step.vec2scores
        weights, bias, ops = upper.get_param("W"), upper.get_param("b"), upper.ops
        unseen = step._class_mask == 0
        has_unseen = bool(unseen.any())

        def scores(ids: Any) -> Any:
            out = ops.gemm(hiddens.predict(ids), weights, trans2=True)
            out += bias
            if has_unseen:  # spaCy: an unseen class scores the state's minimum
                out[:, unseen] = out.min(axis=1, keepdims=True)
            if not np.isfinite(out).all():
                raise _NotCovered
            return out

        ids = np.full((n, 3), -1, dtype="i")
        ids[:, 0] = np.arange(n, dtype="i")
        all_scores = scores(ids)
        space = arr[:, 2].astype(bool)
        next_starts = np.zeros(n, dtype=bool)
        next_starts[:-1] = arr[1:, 0] == 1
        can_begin = ~space & ~next_starts
        can_begin[-1] = False
        valid = ((self.is_begin[None, :] & can_begin[:, None])
                 | (self.is_unit[None, :] & ~space[:, None]) | self.is_out[None, :])
        masked = np.where(valid, all_scores, -np.inf)
        choice = masked.argmax(axis=1).tolist()
        person: list[float] | None = None
        if self.person:  # P(a PERSON starts here | no open entity), for the PERSON rules
            masked -= masked.max(axis=1, keepdims=True)
            np.exp(masked, out=masked)
            person = (masked[:, self.person].sum(axis=1) / masked.sum(axis=1)).tolist()
        next_starts_list = next_starts.tolist()

        kinds, labels, column = self.kinds, self.labels, self.column
        # every entity starts where a state without one chose B: score the next _AHEAD
        # tokens inside each such entity in one call (rows do not depend on the batch)
        pairs = [(i, s) for s, move in enumerate(choice) if kinds[move] == _BEGIN
                 for i in range(s + 1, min(s + _AHEAD, n - 1) + 1)]
        inside: dict[tuple[int, int], Any] = {}
        if pairs:
            rows = scores(np.array([(i, s, i - 1) for i, s in pairs], dtype="i"))
            inside = dict(zip(pairs, rows, strict=True))
        found: list[tuple[int, int, str]] = []
        one = np.empty((1, 3), dtype="i")
        i = 0
        while i < n:
            move = choice[i]
            kind = kinds[move]
            if kind == _OUT:
                i += 1
                continue
            label = labels[move]
            if kind == _UNIT:
                found.append((i, i + 1, label))
                i += 1
                continue
            start = i
            col_in, col_last = column[(_IN, label)], column[(_LAST, label)]
            i += 1
            while True:  # an entity is open: I or L of its label
                row = inside.get((i, start))
                if row is None:  # a longer entity
                    one[0] = (i, start, i - 1)
                    row = scores(one)[0]
                if i < n - 1 and not next_starts_list[i]:
                    s_in, s_last = float(row[col_in]), float(row[col_last])
                    # the first valid move (in class order) unless a later one scores higher
                    last = s_last > s_in if col_in < col_last else not s_in > s_last
                else:
                    last = True
                i += 1
                if last:
                    found.append((start, i, label))
                    break
        return found, person
