"""Citations and grounding on Chinese and Japanese answers. CJK text has no spaces: a whole
clause read as one token, so grounding checked no CJK sentence at all (a clause is one or
two tokens, under min_tokens) and citations matched only identical clauses."""

from __future__ import annotations

from guardwire import Context, Decision
from guardwire.guards._text import tokens
from guardwire.guards.citations import CitationGuard
from guardwire.guards.grounding import GroundingGuard

DOCS = [
    "巴黎是法国的首都，也是卢浮宫所在地。",
    "柏林是德国的首都，有很多博物馆和公园。",
    "東京は日本の首都で、人口が最も多い都市です。",
]


def grounding(text: str) -> Decision:
    d = GroundingGuard()(text, Context(docs=DOCS))
    assert isinstance(d, Decision)
    return d


def test_cjk_text_is_tokenised_into_character_bigrams() -> None:
    assert {"柏林", "德国", "首都"} <= tokens("柏林是德国的首都")
    assert {"東京", "日本", "首都"} <= tokens("東京は日本の首都です")
    assert {"berlin", "首都"} <= tokens("Berlin 是德国的首都")  # mixed script keeps both
    assert tokens("Paris est la capitale") == {"paris", "est", "capitale"}  # unchanged


def test_an_invented_chinese_sentence_is_flagged() -> None:
    d = grounding("柏林是德国的首都。月球上有一座巨大的巧克力工厂，每年生产很多糖果。")
    assert d.fired
    [flag] = d.data["unsupported"]
    assert flag["text"].startswith("月球")
    assert d.data["checked"] == 2


def test_supported_chinese_and_japanese_sentences_pass() -> None:
    d = grounding("柏林是德国的首都，有很多博物馆。東京は日本の首都です。")
    assert not d.fired and d.data["checked"] == 2


def test_chinese_sentences_cite_their_own_documents() -> None:
    text = "柏林有很多博物馆和公园。巴黎有卢浮宫。"
    for method in ("jaccard", "bm25"):
        d = CitationGuard(method=method)(text, Context(docs=DOCS))  # type: ignore[arg-type]
        assert d.text == "柏林有很多博物馆和公园[2]。巴黎有卢浮宫[1]。", method


def test_short_cjk_pleasantries_are_not_claims() -> None:
    # a bigram per character made "希望这对你有帮助" seven tokens: flagged, where "I hope this
    # helps you." (two tokens) is under min_tokens
    for filler in ("好的，我来帮你。", "希望这对你有帮助。", "以下是摘要："):
        d = grounding(f"{filler}柏林是德国的首都。")
        assert not d.fired and d.data["checked"] == 1, filler
