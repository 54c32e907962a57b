"""Nested encodings and Unicode confusables: the part of eval_injection_variants.py that compares
the previous shipped scan (single layers, small homoglyph table) with the current one.

"previous" is the same code with the new parts off (``depth=1, confusables=False``: every rule
and every single-layer decoder, what the guard shipped before); "current" is the default.

1. ``nested``: the held-out attack rows of eval_injection_variants (≤ 400 characters), encoded
   twice or three times and inserted between the paragraphs of a benign carrier document; the
   same documents with a benign sentence encoded the same way give the false positives.
2. ``confusables``: the same attacks with a share of their letters replaced by look-alikes
   (a seeded fuzzer), inserted the same way; benign sentences substituted the same way; every
   benign row of the shared data and the translated fixture's look-alikes, scanned as they are
   (false positives of all rules, previous vs current). Two look-alike pools: the Unicode
   confusables data the new table is generated from (so this measures the table's coverage of
   that data, not of look-alikes outside it) and Latin small capitals (``ᴘʀᴇᴠɪᴏᴜs``, a common
   obfuscation, only partly in the data).
3. ``latency``: p50 of the whole guard, previous vs current (interleaved), at 1,000 and 3,000
   characters; 100 KB probes of nested payloads and look-alikes through view + rules.
"""

from __future__ import annotations

import base64
import codecs
import functools
import gettext
import json
import random
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import guardwire.guards.injection as inj
from guardwire import Context
from guardwire.guards.injection import InjectionGuard
from guardwire.guards.injection.confusables_table import PAIRS
from guardwire.guards.injection.normalise_view import (
    _HOMOGLYPHS,
    confusable_view,
    normalised_view,
)
from guardwire.guards.injection.rules import scan

PREVIOUS: dict[str, Any] = {"depth": 1, "confusables": False}
CURRENT: dict[str, Any] = {}
VERSIONS = (("previous", PREVIOUS), ("current", CURRENT))


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _hex(s: str) -> str:
    return " ".join(f"{b:02x}" for b in s.encode())


def _pct(s: str) -> str:
    return "".join(f"%{b:02X}" for b in s.encode())


def _u(s: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in s)


def _ent(s: str) -> str:
    return "".join(f"&#{ord(c)};" for c in s)


def _rot(s: str) -> str:
    return codecs.encode(s, "rot13")


NESTED: dict[str, Callable[[str], str]] = {
    "base64(hex)": lambda s: _b64(_hex(s)),
    "base64(hex token)": lambda s: _b64(s.encode().hex()),
    "percent(base64)": lambda s: _pct(_b64(s)),
    "url_quote(base64)": lambda s: urllib.parse.quote(_b64(s)),
    "base64(base64)": lambda s: _b64(_b64(s)),
    "base64(rot13)": lambda s: _b64(_rot(s)),
    "base64(reversed)": lambda s: _b64(s[::-1]),
    "rot13(base64)": lambda s: _rot(_b64(s)),
    "reversed(base64)": lambda s: _b64(s)[::-1],
    "html(u_escapes)": lambda s: _ent(_u(s)),
    "u_escapes(percent)": lambda s: _u(_pct(s)),
    "percent(percent)": lambda s: _pct(_pct(s)),
    "hex(base64)": lambda s: _hex(_b64(s)),
    "percent(base64(hex))": lambda s: _pct(_b64(_hex(s))),
    "base64(base64(base64))": lambda s: _b64(_b64(_b64(s))),
}


def _pools() -> dict[str, dict[str, list[str]]]:
    unicode_data: dict[str, list[str]] = defaultdict(list)
    for k, v in (*zip(PAIRS[0::2], PAIRS[1::2], strict=True),
                 *((k, v) for k, v in _HOMOGLYPHS.items() if k.isalpha() and v.isalpha())):
        unicode_data[v].append(k)
    small_caps = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return {"unicode_data": dict(unicode_data), "small_caps": {k: [v] for k, v in
                                                                small_caps.items()}}


def substitute(text: str, pool: dict[str, list[str]], rate: float, rng: random.Random) -> str:
    return "".join(rng.choice(pool[c.lower()]) if c.lower() in pool and rng.random() < rate
                   else c for c in text)


def _blocked(text: str, kw: dict[str, Any]) -> bool:
    return any(h.severity != "low" for h in scan(text, normalised_view(text), **kw).hits)


def _rate(xs: Sequence[bool]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else 0.0


def _insert(paras: list[str], at: int, s: str) -> str:
    return "\n\n".join([*paras[:at], s, *paras[at:]])


def fuzz(attacks: list[str], carriers: list[str], benign: list[str], n_pairs: int,
         seed: int = 23) -> dict[str, Any]:
    """Sections 1 and 2 (the inserted variants): recall, recall among attacks whose plain form
    the rules catch, and false positives on the same documents with a benign sentence."""
    rng = random.Random(seed)
    pools = _pools()
    variants: dict[str, Callable[[str, random.Random], str]] = {
        "plain": lambda s, r: s,
        **{f"nested {k}": (lambda s, r, f=f: f(s)) for k, f in NESTED.items()},
        **{f"confusable {p} {rate:.0%}": (lambda s, r, p=p, rate=rate: substitute(
            s, pools[p], rate, r)) for p in pools for rate in (0.1, 0.3, 0.6, 1.0)},
        "base64(confusable unicode_data 30%)": lambda s, r: _b64(substitute(
            s, pools["unicode_data"], 0.3, r))}
    rec: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    ceil: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    fp: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for _ in range(n_pairs):
        paras = rng.choice(carriers).split("\n\n")
        at = rng.randrange(len(paras) + 1)
        attack, harmless = rng.choice(attacks), rng.choice(benign)
        plain_caught = _blocked(attack, PREVIOUS)
        for name, make in variants.items():
            doc = _insert(paras, at, make(attack, rng))
            clean = _insert(paras, at, make(harmless, rng))
            for version, kw in VERSIONS:
                hit = _blocked(doc, kw)
                rec[name][version].append(hit)
                if plain_caught:
                    ceil[name][version].append(hit)
                fp[name][version].append(_blocked(clean, kw))
    return {"pairs": n_pairs, "by_variant": {name: {v: {
        "recall": _rate(rec[name][v]), "recall_of_plain_caught": _rate(ceil[name][v]),
        "fpr_benign_same_way": _rate(fp[name][v])} for v, _ in VERSIONS} for name in variants}}


def benign_rows(rows: list[dict[str, Any]], fixtures: Path) -> dict[str, Any]:
    """Every benign row of the shared data and the translated fixture's benign look-alikes and
    attacks, as they are: rules previous vs current."""
    by_subset: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        if r["label"] != 0:
            continue
        c = by_subset["xquad (12 languages)" if r["subset"].startswith("xquad") else "other"]
        c["n"] += 1
        for version, kw in VERSIONS:
            c[version] += _blocked(r["text"], kw)
    fx = json.loads(fixtures.read_text(encoding="utf-8"))
    fixture: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for lang, v in fx.items():
        if lang.startswith("_"):
            continue
        for kind in ("attacks", "benign"):
            for text in v[kind]:
                fixture[kind]["n"] += 1
                for version, kw in VERSIONS:
                    fixture[kind][version] += _blocked(text, kw)
    return {"benign_rows": {k: dict(v) for k, v in by_subset.items()},
            "fixture_translated": {k: dict(v) for k, v in fixture.items()}}


def locale_messages(dirs: Iterable[str]) -> Iterator[tuple[str, str]]:
    """``(locale dir, translated string)`` of this machine's gettext catalogs under
    ``/usr/share/locale/<dir>/LC_MESSAGES`` (non-blank strings; callers remove repeats)."""
    for d in dirs:
        for path in sorted(Path("/usr/share/locale", d, "LC_MESSAGES").glob("*.mo")):
            try:
                with path.open("rb") as f:
                    catalog = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError):
                continue
            for msg in catalog.values():
                if isinstance(msg, str) and msg.strip():
                    yield d, msg


def gettext_strings() -> dict[str, Any]:
    """The translated strings of this machine's gettext catalogs (benign UI and help texts in
    the 14 languages of the language rules and 16 more whose scripts have look-alikes: Greek,
    Cyrillic, Armenian, Georgian, Cherokee, Inuktitut, ...), all rules previous vs current, and
    how many get a confusables view at all. Machine-dependent (empty without /usr/share/locale)."""
    n = 0
    folded = 0
    blocked: dict[str, list[str]] = {"previous": [], "current": []}
    seen: set[str] = set()
    dirs = ("de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "tr", "ar", "vi", "ru",
            "zh_CN", "zh_TW", "ja", "ko", "el", "uk", "bg", "be", "mk", "sr", "kk", "hy",
            "ka", "chr", "iu", "am", "my", "or", "ml")
    for _, msg in locale_messages(dirs):
        if msg in seen:
            continue
        seen.add(msg)
        n += 1
        folded += confusable_view(normalised_view(msg)) is not None
        for version, kw in VERSIONS:
            if _blocked(msg, kw):
                blocked[version].append(msg[:160])
    return {"strings": n, "with_confusables_view": folded,
            "blocked": {k: len(v) for k, v in blocked.items()},
            "only_current": sorted(set(blocked["current"]) - set(blocked["previous"]))[:20]}


def with_scan(guard: InjectionGuard, ctx: Context,
              scan_kwargs: dict[str, Any]) -> Callable[[str], object]:
    """The same guard with the package's ``scan`` swapped for an older setup (``scan_kwargs``)."""
    old_scan = functools.partial(scan, **scan_kwargs)

    def run(t: str) -> object:
        vars(inj)["scan"] = old_scan
        try:
            return guard(t, ctx)
        finally:
            vars(inj)["scan"] = scan

    return run


def latency_texts(rows: list[dict[str, Any]]) -> tuple[list[str], str]:
    """50 long benign texts, and a URL with %-escapes to splice into them."""
    long = [r["text"] for r in rows if r["label"] == 0 and len(r["text"]) >= 3000][:50]
    return long, "https://example.com/search?q=" + urllib.parse.quote("opening hours of the bakery")


def latency(rows: list[dict[str, Any]], n: int,
            paired: Callable[[dict[str, Callable[[str], object]], Sequence[str], int],
                             dict[str, float]]) -> dict[str, Any]:
    guard = InjectionGuard()
    guard.warm()
    ctx = Context()
    guard_previous = with_scan(guard, ctx, PREVIOUS)
    long, url = latency_texts(rows)
    out: dict[str, Any] = {}
    for size in (1000, 3000):
        for variant, texts in (
                ("benign", [t[:size] for t in long]),
                ("benign_with_url_escapes", [(url + " " + t)[:size] + " " + url for t in long]),
                ("benign_with_lookalikes", [t[:size].replace("o", "σ", 3) for t in long])):
            row = paired({"guard_previous": guard_previous,
                          "guard_current": lambda t: guard(t, ctx)}, texts, n)
            row["ratio"] = round(row["guard_current"] / row["guard_previous"], 2)
            out[f"{size}_chars_{variant}"] = row
    trig = ("ignore previous do not send all print your " * 2500)[:100_000]
    rng = random.Random(5)
    probes = {
        "base64(base64)_blob": _b64(_b64("A" * 60_000))[:100_000],
        "base64(base64)_tokens": " ".join(_b64(_b64("bake the bread at 200 degrees"))
                                          for _ in range(1500))[:100_000],
        "percent(base64)_run": _pct(_b64("a" * 25_000))[:100_000],
        "html(u_escapes)_run": _ent(_u("a" * 3000))[:100_000],
        "undecodable_b64_tokens": " ".join("".join(rng.choice(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(31))
            for _ in range(3125)),
        "lookalike_trigger_words": trig.replace("o", "σ").replace("i", "ɪ"),
        "greek_text": ("Η γλώσσα σας είναι όμορφη και το σύστημα λειτουργεί καλά. " * 1800)
        [:100_000],
    }
    probe_ms: dict[str, Any] = {}
    for name, text in probes.items():
        row = paired({
            "previous": lambda t: scan(t, normalised_view(t), **PREVIOUS),
            "current": lambda t: scan(t, normalised_view(t)),
            "current_without_budget": lambda t: scan(t, normalised_view(t), budget_s=60.0)},
            [text], max(3, n // 100))
        row["rules_cut_off_current"] = len(scan(text, normalised_view(text)).timed_out)
        probe_ms[name] = row
    out["probes_100kb"] = probe_ms
    return out


def print_table(r: dict[str, Any]) -> None:
    f = r["fuzz"]
    print(f"\nnested encodings and confusables: {f['pairs']} attack/carrier pairs "
          "(rules alone; previous -> current)")
    print(f"{'variant':<34} {'recall':>15} {'recall|plain caught':>21} {'FPR benign same':>17}")
    for name, v in f["by_variant"].items():
        p, c = v["previous"], v["current"]
        print(f"{name:<34} {p['recall']:>6.3f} -> {c['recall']:<6.3f} "
              f"{p['recall_of_plain_caught']:>8.3f} -> {c['recall_of_plain_caught']:<8.3f} "
              f"{p['fpr_benign_same_way']:>6.3f} -> {c['fpr_benign_same_way']:<6.3f}")
    b = r["benign"]
    for name, c in (*b["benign_rows"].items(), *b["fixture_translated"].items()):
        print(f"  {name:<24} n={c['n']:<5} blocked by rules: previous {c['previous']}, "
              f"current {c['current']}")
    g = r.get("gettext")
    if g:
        print(f"  gettext strings (35 locales) n={g['strings']}: {g['with_confusables_view']} get "
              f"a confusables view; blocked by rules: previous {g['blocked']['previous']}, "
              f"current {g['blocked']['current']}; only current: {g['only_current']}")
    la = r["latency"]
    print("guard p50 ms (interleaved): previous / current (ratio)")
    for k, v in la.items():
        if k != "probes_100kb":
            print(f"  {k:<40} {v['guard_previous']:.3f} / {v['guard_current']:.3f} "
                  f"({v['ratio']:.2f}x)")
    print("100 KB probes, view+rules p50 ms: previous / current / current without budget (cut)")
    for k, v in la["probes_100kb"].items():
        print(f"  {k:<26} {v['previous']:>7.2f} / {v['current']:>7.2f} / "
              f"{v['current_without_budget']:>7.2f} ({v['rules_cut_off_current']})")
