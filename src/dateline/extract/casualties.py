"""Casualties: how many were killed, wounded, missing, arrested or displaced, tied to their event.

A spaCy component (``dateline_casualties``) that runs right after ``dateline_events`` on the
parsed article and fills each Event's ``casualties``; the rules are in ``data/casualties.yaml``.

1. Numbers: every count in a sentence is read once, with its qualifier ("at least 14", "more
   than 300", "all 157"), ranges ("between 10 and 15", "two or three"), words ("twenty-five",
   "a dozen", "1.2 million") and vague counts from the data table ("dozens" = 24..99). A year,
   an age, a date, money, a percentage or a clock time is never a count.
2. Who, and what happened to them, from the dependency parse of a status word: the object of
   an active verb ("killing 14 people"), the subject of a passive ("14 people were killed") or
   of "died"/"fled", the noun a status adjective is said of ("left 5 dead and 20 wounded",
   "25 militants dead", "are missing"), status nouns ("40 deaths"), "the death toll rose to 40".
   "Including 9 foreigners" adds a subgroup that points at the figure it is part of (``part_of``,
   the index of that figure in the event's ``casualties``), so a total never counts it twice.
3. The event: the violent event named as the cause ("the blast killed", "killed in an attack"),
   else the outermost violent event whose clause the figure's verb hangs from ("stormed a hotel,
   killing 14"; a kill verb can be the event itself), else the nearest violent event in the
   sentence, else a violent event whose ``mentions`` include the sentence, else the nearest
   earlier one in the paragraph, else the figure is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import rules
from ..record import Casualty, Event
from .retold import other_time, outcome_of

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_RANGE = re.compile(r"(\d[\d,]*)[-\u2013](\d[\d,]*)")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_RELATIVE = {"who", "that", "which", "whom"}
_NOT_COUNTED_ENTS = {"MONEY", "PERCENT", "ORDINAL", "QUANTITY"}  # dates and times: by the rules below
_CURRENCY = {"$", "£", "€", "¥", "₹", "us$"}


@dataclass(frozen=True)
class _Rules:
    max_count: int
    violent: frozenset[str]
    verbs: dict[str, str]  # lemma -> status
    subject_verbs: dict[str, str]
    subject_phrases: dict[tuple[str, str], str]
    adjectives: dict[str, str]
    nouns: dict[str, str]
    lives_verbs: frozenset[str]
    result_verbs: frozenset[str]
    toll: frozenset[str]
    count_nouns: frozenset[str]
    subgroup_preps: frozenset[str]
    unnamed_group: str
    qualifiers: tuple[tuple[str, ...], ...]  # longest first
    vague: tuple[tuple[tuple[str, ...], int, int | None], ...]  # longest first
    number_words: dict[str, int]
    scale_words: dict[str, int]
    not_victims: frozenset[str]
    not_count_before: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_heads: frozenset[str]
    fatal: frozenset[str]
    near_miss: frozenset[str]
    cues: frozenset[str]  # every word that can say a status: a sentence without one is skipped
    vague_first: frozenset[str]
    causes: frozenset[str]
    one_person: frozenset[str]


def _by_status(table: dict[str, list[Any]] | None) -> dict[str, str]:
    return {str(w).lower(): status for status, words in (table or {}).items() for w in words or []}


@cache
def _rules() -> _Rules:
    data = rules.load_yaml("casualties.yaml")
    phrases: dict[tuple[str, str], str] = {}
    for status, items in data["subject_phrases"].items():
        for item in items:
            verb, obj = str(item).lower().split()
            phrases[(verb, obj)] = status
    vague = [
        (tuple(str(k).lower().split()), int(v[0]), None if v[1] is None else int(v[1]))
        for k, v in data["vague_counts"].items()
    ]
    quals = [tuple(str(q).lower().split()) for q in data["qualifiers"]]
    return _Rules(
        max_count=int(data["max_count"]),
        violent=frozenset(str(c) for c in data["violent_categories"]),
        verbs=_by_status(data["status_verbs"]),
        subject_verbs=_by_status(data["subject_verbs"]),
        subject_phrases=phrases,
        adjectives=_by_status(data["status_adjectives"]),
        nouns=_by_status(data["status_nouns"]),
        lives_verbs=rules.word_set("casualties.yaml", "lives_verbs"),
        result_verbs=rules.word_set("casualties.yaml", "result_verbs"),
        toll=rules.word_set("casualties.yaml", "toll_nouns"),
        count_nouns=rules.word_set("casualties.yaml", "count_nouns"),
        subgroup_preps=rules.word_set("casualties.yaml", "subgroup_preps"),
        unnamed_group=str(data["unnamed_group"]),
        qualifiers=tuple(sorted(quals, key=len, reverse=True)),
        vague=tuple(sorted(vague, key=lambda x: len(x[0]), reverse=True)),
        number_words={str(k).lower(): int(v) for k, v in data["number_words"].items()},
        scale_words={str(k).lower(): int(v) for k, v in data["scale_words"].items()},
        not_victims=rules.word_set("casualties.yaml", "not_victims"),
        not_count_before=rules.word_set("casualties.yaml", "not_count_before"),
        hypothetical_aux=rules.word_set("casualties.yaml", "hypothetical_aux"),
        hypothetical_heads=rules.word_set("casualties.yaml", "hypothetical_heads"),
        fatal=rules.word_set("casualties.yaml", "fatal_adverbs"),
        near_miss=rules.word_set("casualties.yaml", "near_miss_adverbs"),
        cues=frozenset(
            [*_by_status(data["status_verbs"]), *_by_status(data["subject_verbs"]), *(v for v, _ in phrases)]
            + [*_by_status(data["status_adjectives"]), *_by_status(data["status_nouns"]), "life"]
            + [str(w).lower() for w in [*data["toll_nouns"], *data["count_nouns"], *data["fatal_adverbs"]]]
        ),
        vague_first=frozenset(words[0] for words, _, _ in vague),
        causes=rules.word_set("casualties.yaml", "cause_nouns"),
        one_person=rules.word_set("casualties.yaml", "one_person_pronouns"),
    )


# numbers --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A count read from tokens ``start``..``end`` (doc indices, end exclusive)."""

    start: int
    end: int
    count: int
    count_max: int | None
    qualifier: str | None
    vague: bool = False


def _digits(text: str) -> float | None:
    if _DIGITS.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def _value(toks: list[Token], i: int, end: int) -> tuple[int, float] | None:
    """The number that starts at ``toks[i]``: (index after it, value), or None."""
    r = _rules()
    total = 0.0
    current: float | None = None
    j = i
    while j < end:
        t = toks[j]
        w = t.lower_
        digit = _digits(w)
        nxt = toks[j + 1].lower_ if j + 1 < end else ""
        if digit is not None and current is None:
            current = digit
        elif w in r.number_words and w not in ("a", "an"):
            n = r.number_words[w]
            if current is None:
                current = float(n)
            elif w == "dozen":
                current *= 12
            elif current % 100 >= 20 and current % 10 == 0 and n < 10:
                current += n  # "twenty-five", "one hundred and twenty five"
            elif current % 100 == 0 and current >= 100 and n < 100:
                current += n  # "two hundred twenty"
            else:
                break
        elif w in ("a", "an") and current is None and (nxt in r.scale_words or nxt == "dozen"):
            current = 1.0
        elif w in r.scale_words and current is not None:
            scale = r.scale_words[w]
            if scale >= 1000:
                total += current * scale
                current = None
                j += 1
                if j < end and toks[j].lower_ == "and":
                    pass
                continue
            current *= scale
        elif w in ("-", "and") and current is not None and j + 1 < end:
            nw = toks[j + 1].lower_
            if w == "-" and (t.whitespace_ or toks[j - 1].whitespace_):
                break
            if nw not in r.number_words or nw in ("a", "an", "dozen"):
                break
            if w == "and" and current < 100 and total == 0:
                break  # "three and four" is two numbers
        else:
            break
        j += 1
    if j == i or (current is None and total == 0):
        return None
    value = total + (current or 0.0)
    if not value <= r.max_count:  # also inf and nan: "killed 1000...000 people" is no casualty count
        return None
    if toks[j - 1].lower_ in ("-", "and"):
        j -= 1
    return j, value


def _qualifier(toks: list[Token], i: int) -> tuple[int, str | None]:
    r = _rules()
    for q in r.qualifiers:
        n = len(q)
        if i - n >= 0 and tuple(t.lower_ for t in toks[i - n : i]) == q:
            return i - n, " ".join(q)
    return i, None


def numbers_in(sent: Span, blocked_chars: Iterable[tuple[int, int]] = ()) -> list[Number]:
    """Every count in ``sent``, in order, without years, ages, dates, money, percentages or times."""
    r = _rules()
    toks = list(sent)
    end = len(toks)
    blocked = list(blocked_chars)
    out: list[Number] = []
    i = 0
    while i < end:
        found: tuple[int, int, int | None, bool] | None = None  # (end, count, count_max, vague)
        for words, lo, hi in r.vague if toks[i].lower_ in r.vague_first else ():
            n = len(words)
            if tuple(t.lower_ for t in toks[i : i + n]) == words:
                after = toks[i + n] if i + n < end else None
                if after is not None and (_digits(after.lower_) is not None or after.lower_ in r.number_words):
                    break  # "some 30 people": a qualifier, read with the number
                if words in (("some",), ("many",), ("few",)) and toks[i].dep_ not in (
                    "amod",
                    "det",
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "nummod",
                ):
                    break
                found = (i + n, lo, hi, True)
                break
        if found is None:
            rng = _RANGE.fullmatch(toks[i].text)
            if rng and len(rng[1]) + len(rng[2]) < 20:
                a, b = float(rng[1].replace(",", "")), float(rng[2].replace(",", ""))
                found = (i + 1, int(a), int(b) if b > a else None, False)
            else:
                read = _value(toks, i, end)
                if read is not None:
                    j, value = read
                    count_max: int | None = None
                    # ranges: "between 10 and 15", "10 to 15", "two or three", "10 - 15"
                    joiner = toks[j].lower_ if j + 1 < end else ""
                    if i > 0 and toks[i - 1].lower_ == "from":
                        joiner = ""  # "rose from 30 to 40": two figures, the second is the toll
                    if joiner in ("to", "or", "-", "\u2013") or (
                        joiner == "and" and i > 0 and toks[i - 1].lower_ == "between"
                    ):
                        second = _value(toks, j + 1, end)
                        if second is not None and second[1] > value:
                            count_max = int(second[1])
                            j = second[0]
                    found = (j, int(value), count_max, False)
        if found is None:
            i += 1
            continue
        j, count, count_max, vague = found
        start, qualifier = _qualifier(toks, i)
        if i > 0 and toks[i - 1].lower_ == "between":
            start, qualifier = i - 1, None
        if not _blocked(toks, i, j, blocked) and count <= r.max_count:
            out.append(Number(toks[start].i, toks[j - 1].i + 1, count, count_max, qualifier, vague))
        i = j
    return out


def _blocked(toks: list[Token], i: int, j: int, blocked: list[tuple[int, int]]) -> bool:
    """A year, an age, a date, money, a percentage or a clock time: never a casualty count."""
    r = _rules()
    first, last = toks[i], toks[j - 1]
    before = toks[i - 1].lower_ if i > 0 else ""
    if before in _CURRENCY or before in r.not_count_before or before in ("no", "not"):
        return True
    k = j
    while k < len(toks) and toks[k].text in ("-", "\u2013") and not toks[k - 1].whitespace_:
        k += 1
    after = toks[k] if k < len(toks) else None
    if after is not None and (
        after.lemma_.lower() in r.not_victims or after.lower_ in r.not_victims or after.text == "%"
    ):
        return True
    if after is not None and after.lower_ == "another":
        return True  # "killing one another"
    if k > j and after is not None and after.lower_ not in r.number_words and _digits(after.text) is None:
        return True  # "two-tiered", "three-day": a number inside a modifier
    if (
        _YEAR.fullmatch(first.text)
        and j == i + 1
        and (before in ("the", "a", "an") or (after is not None and after.tag_ == "NN"))
    ):
        return True  # "the 2014 reauthorization", "a 1998 law"
    bare = after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
    if bare and _YEAR.fullmatch(first.text) and j == i + 1:
        return True
    if bare and last.ent_type_ in _NOT_COUNTED_ENTS:
        return True
    return bare and any(s <= first.idx < e for s, e in blocked)


# who, and what happened to them ---------------------------------------------------------------------------


@dataclass
class Found:
    """One casualty figure read from a sentence, with the token that says what happened."""

    casualty: Casualty
    predicate: Token
    part_of: int | None = None  # index in the same sentence's list of the figure it is a part of


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _expand(tokens: list[Token]) -> list[Token]:
    """Victims with their conjuncts ("five soldiers and 25 militants"); "who" is the noun it stands for."""
    out: list[Token] = []
    for tok in tokens:
        for v in [tok, *tok.conjuncts]:
            if v.lower_ in _RELATIVE and v.head.dep_ == "relcl":
                v = v.head.head
            if v not in out:
                out.append(v)
    return out


def _passive(t: Token) -> bool:
    if _children(t, ("auxpass", "nsubjpass")):
        return True
    if t.tag_ != "VBN" or _children(t, ("dobj",)):
        return False
    # "20 others injured", "300 wounded": a participle with a subject and no "have"
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)


def _unreal(t: Token) -> bool:
    """A figure that did not happen: negated, modal, or under "threatened to", "plans to"."""
    r = _rules()
    doc = t.doc
    for c in t.children:
        # "nearly lynched", "were almost killed": only auxiliaries between the adverb and the verb
        near = c.dep_ == "advmod" and c.lower_ in r.near_miss and c.i < t.i
        if near and all(doc[k].pos_ == "AUX" for k in range(c.i + 1, t.i)):
            return True
    h = t
    for _ in range(3):
        for c in h.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in r.hypothetical_aux):
                return True
        if h.dep_ not in ("xcomp", "oprd", "acomp", "ccomp") or h.head.i == h.i:
            break
        h = h.head
        if h.lemma_.lower() in r.hypothetical_heads:
            return True
    return False


_Pair = tuple[Token, str, list[Token], bool, bool]


def _status_pairs(sent: Span) -> list[_Pair]:
    """(status word, status, victims, victims_are_status, shared) for every status word in the sentence.

    ``victims_are_status`` marks nouns that are the casualties themselves ("40 deaths", "5 dead"):
    their count is read on them and they name no group. ``shared`` marks victims that two
    coordinated status words share ("killed and wounded scores", "left several dead and injured"):
    their count is read once for each status.
    """
    r = _rules()
    out: list[_Pair] = []
    for t in sent:
        lemma, low = t.lemma_.lower(), t.lower_
        nummod = [c for c in t.children if c.dep_ in ("nummod", "quantmod")]
        fatal = t.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in r.fatal for c in t.children)
        if fatal or (t.pos_ == "VERB" and lemma in r.verbs and not (low in r.adjectives and nummod)):
            status = "killed" if fatal else r.verbs[lemma]
            if _passive(t):
                victims = _children(t, ("nsubjpass", "nsubj"))
                if not victims and t.dep_ == "conj" and _passive(t.head) and t.head.lemma_.lower() in r.verbs:
                    # "dozens were killed and wounded": the same victims, for both words
                    out.append((t, status, _expand(_children(t.head, ("nsubjpass", "nsubj"))), False, True))
                    continue
                if not victims and t.dep_ in ("acl", "amod"):
                    victims = [t.head]  # "12 people arrested on Monday", "displaced millions"
                elif not victims and t.dep_ == "conj" and t.head.lemma_.lower() in r.result_verbs:
                    victims = _children(t.head, ("dobj",))  # "left two members and five soldiers killed"
                elif not victims and t.dep_ == "conj" and t.head.lower_ in r.adjectives:
                    # "left several people dead and injured": the same people, for both words
                    out.append((t, status, _expand(_adjective_victims(t.head)), False, True))
                    continue
            else:
                victims = _children(t, ("dobj",)) or _count_after(t)
                shared = [c for c in t.conjuncts if c.i > t.i and c.lemma_.lower() in r.verbs]
                if not victims and shared:
                    # "killed and wounded scores of terrorists": the object belongs to both verbs
                    out.append((t, status, _expand(_children(shared[0], ("dobj",))), False, True))
                    continue
            out.append((t, status, _expand(victims), False, False))
        elif t.pos_ == "VERB" and lemma in r.subject_verbs:
            victims = _children(t, ("nsubj",))
            if not victims and t.dep_ in ("xcomp", "advcl"):
                victims = _children(t.head, ("dobj",))  # "forced 5,000 people to flee"
            out.append((t, r.subject_verbs[lemma], _expand(victims), False, False))
        elif t.pos_ == "VERB" and any((lemma, c.lemma_.lower()) in r.subject_phrases for c in _children(t, ("dobj",))):
            obj = next(c for c in _children(t, ("dobj",)) if (lemma, c.lemma_.lower()) in r.subject_phrases)
            status = r.subject_phrases[(lemma, obj.lemma_.lower())]
            out.append((t, status, _expand(_children(t, ("nsubj",))), False, False))
        elif low in r.adjectives and not _children(t, ("dobj",)):
            status = r.adjectives[low]
            if nummod or _in_number(t):
                out.append((t, status, [t], True, False))  # "5 dead and 20 wounded", "300 missing"
            elif t.dep_ == "conj" and t.head.lower_ in r.adjectives:
                # "left several people dead and injured": the first word's victims, for both words
                out.append((t, status, _expand(_adjective_victims(t.head)), False, True))
            else:
                out.append((t, status, _expand(_adjective_victims(t)), False, False))
        elif t.pos_ in ("NOUN", "ADJ") and lemma in r.nouns and (nummod or _in_number(t)):
            out.append((t, r.nouns[lemma], [t], True, False))  # "40 deaths", "12 arrests"
        elif t.pos_ == "NOUN" and lemma in r.nouns and t.dep_ == "pobj" and t.head.lower_ == "of":
            out.append((t, r.nouns[lemma], [t.head.head], True, False))  # "dozens of arrests"
        elif lemma == "life" and t.dep_ == "dobj" and t.head.lemma_.lower() in r.lives_verbs:
            out.append((t, "killed", [t], True, False))  # "claimed 30 lives"
        elif lemma in r.toll:
            out.append((t, "killed", _toll_numbers(t), True, False))
        elif lemma in r.count_nouns and t.dep_ in ("nsubj", "nsubjpass"):
            said = [p for c in _children(t, ("prep",)) if c.lower_ == "of" for p in _children(c, ("pobj",))]
            said += _children(t, ("amod", "acl"))
            counted = next((r.nouns.get(w.lemma_.lower()) or r.adjectives.get(w.lower_) for w in said), None)
            if counted is not None:
                out.append((t, counted, _toll_numbers(t), True, False))  # "the number of dead rose to 40"
    return out


def _count_after(t: Token) -> list[Token]:
    """The counted noun right after an active status verb that the parse left without an object
    (", killing at least 14 people, including nine foreigners, officials said" parses "people" as
    the subject of "said"): the noun after a qualifier and a number, when it is no object of
    another verb."""
    r = _rules()
    doc = t.doc
    j = t.i + 1
    qual_words = {w for q in r.qualifiers for w in q}
    while j < len(doc) and doc[j].lower_ in qual_words and not doc[j].like_num:
        j += 1
    if j >= len(doc) or not doc[j].like_num:
        return []
    while j < len(doc) and (doc[j].like_num or doc[j].pos_ == "NUM"):
        j += 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1  # "killing 14 foreign tourists"
    if j >= len(doc) or doc[j].pos_ not in ("NOUN", "PROPN") or doc[j].dep_ == "dobj":
        return []
    return [doc[j]]


def _adjective_victims(t: Token) -> list[Token]:
    """Who a status adjective is said of: "are missing", "left 5 people dead", "25 militants dead"."""
    h = t.head
    if t.dep_ in ("acomp", "attr"):
        return _children(h, ("nsubj", "nsubjpass"))
    if t.dep_ in ("oprd", "xcomp", "ccomp", "advcl", "dep"):
        return _children(h, ("dobj",)) or _children(h, ("nsubjpass", "nsubj"))
    if t.dep_ in ("amod", "appos"):
        return [h]
    return _children(t, ("nsubj", "nsubjpass"))


def _in_number(t: Token) -> bool:
    """ "40 dead", "12 arrests": a status word with a number child on its left."""
    return any(c.dep_ in ("nummod", "quantmod", "amod") and c.i < t.i and c.like_num for c in t.children)


def _toll_numbers(t: Token) -> list[Token]:
    """The number a death toll is given as: "a toll of 40", "the toll rose to 40", "the toll is 40"."""
    nums = [p for c in _children(t, ("prep",)) if c.lower_ == "of" for p in _children(c, ("pobj",)) if p.like_num]
    if not nums and t.dep_ in ("nsubj", "nsubjpass"):
        v = t.head
        # "rose to 40", "stood at 40", "rose from 30 to 41" (the parse may hang 41 from "from")
        nums = [x for x in v.subtree if x.i > v.i and x.like_num and x.nbor(-1).lower_ in ("to", "at")][-1:]
        nums = nums or _children(v, ("attr", "dobj", "npadvmod"))
    return nums


def _number_of(v: Token, by_token: dict[int, Number]) -> tuple[Number | None, Token | None]:
    """The count of victim ``v`` and the noun that names the group (None for a bare number)."""
    if v.i in by_token:
        n = by_token[v.i]
        # "dozens of people", "three of the soldiers": the group is the "of" phrase
        group = next((p for c in _children(v, ("prep",)) if c.lower_ == "of" for p in _children(c, ("pobj",))), None)
        return n, group
    for c in v.children:
        if c.i in by_token and c.i < v.i:
            return by_token[c.i], v
    for c in v.children:  # "Between 10 and 15 people": the number's own head may be a quantmod
        for g in c.children:
            if g.i in by_token and g.i < v.i:
                return by_token[g.i], v
    return None, None


def _group_text(noun: Token, number: Number | None) -> str | None:
    r = _rules()
    start = noun.left_edge.i
    if number is not None and number.start <= noun.i:
        start = max(start, number.end)
    doc = noun.doc
    counted = ("det", "predet", "punct", "nummod", "quantmod", "cc", "advmod") if number is not None else ("det",)
    while start < noun.i and (
        doc[start].dep_ in counted
        or doc[start].lower_ in ("all", "other")
        or any(doc[start].lower_ == q[0] for q in r.qualifiers if len(q) == 1)
    ):
        start += 1
    if number is not None and (doc[start].lower_ in r.number_words or _digits(doc[start].lower_) is not None):
        start = noun.i
    text = doc[start : noun.i + 1].text.strip()
    return text or None


def _singular(v: Token, pred: Token, sub: bool = False, people: frozenset[int] = frozenset()) -> bool:
    """ "a 25-year-old was killed", "a policeman was wounded": one victim, counted as 1; so is one
    person told by name or by a personal pronoun ("police arrested Otieno", "she was wounded";
    ``people``: the tokens of the article's person entities, else the parser's PERSON names)."""
    if v.pos_ == "PRON" and v.lower_ in _rules().one_person:
        return True
    named = v.i in people or (not people and v.ent_type_ == "PERSON")
    if v.pos_ == "PROPN" and named and v.tag_ != "NNPS":
        return not v.conjuncts  # "arrested Otieno and Kamau": two, not one each
    if v.pos_ not in ("NOUN", "ADJ", "PROPN") or v.tag_ in ("NNS", "NNPS") or v.lemma_.lower() in _rules().not_victims:
        return False
    if not sub and pred.dep_ in ("amod", "acl") and pred.head.i != v.i:
        return False  # "murdered women and a number of ...": the conjunct is not the one described
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in v.children)


def _name_text(v: Token, people: frozenset[int]) -> str:
    """The name a victim is told by, without the words before it ("shot dead John Kamau")."""
    start = v.i
    while start > v.sent.start and v.doc[start - 1].pos_ == "PROPN" and (start - 1 in people or not people):
        start -= 1
    return v.doc[start : v.i + 1].text


def read_sentence(
    sent: Span, blocked_chars: Iterable[tuple[int, int]] = (), people: frozenset[int] = frozenset()
) -> list[Found]:
    """Every casualty figure in ``sent``, each with the word that says what happened (``people``:
    the token indices of person entities' mentions, when the caller knows them)."""
    cues = _rules().cues
    if not any(t.lower_ in cues or t.lemma_.lower() in cues for t in sent):
        return []
    numbers = numbers_in(sent, blocked_chars)
    by_token: dict[int, Number] = {}
    for n in numbers:
        for k in range(n.start, n.end):
            by_token[k] = n
    used: set[int] = set()
    shared_ok: set[int] = set()  # numbers read for two coordinated status words
    read_as: set[tuple[int, str]] = set()
    out: list[Found] = []

    def figure(
        v: Token, status: str, pred: Token, bare: bool, shared: bool = False, sub: bool = False
    ) -> Casualty | None:
        n, noun = _number_of(v, by_token)
        if n is None:
            if bare or not _singular(v, pred, sub, people):
                return None
            group = _name_text(v, people) if v.pos_ == "PROPN" else _group_text(v, None)
            return Casualty(count=1, status=status, group=group)  # type: ignore[arg-type]
        if (n.start in used and not (shared or n.start in shared_ok)) or (n.start, status) in read_as:
            return None
        if shared:
            shared_ok.add(n.start)
        read_as.add((n.start, status))
        if noun is not None and noun.lemma_.lower() in _rules().not_victims:
            return None
        if noun is not None and noun.pos_ == "PRON":
            noun = None  # "arrested 10 of them": counted, no group named
        used.add(n.start)
        group = _rules().unnamed_group if bare or noun is None else _group_text(noun, n)
        c = Casualty(count=n.count, count_max=n.count_max, status=status, group=group)  # type: ignore[arg-type]
        if n.qualifier:
            c = c.model_copy(update={"qualifier": n.qualifier})
        return c

    for pred, status, victims, bare, shared in _status_pairs(sent):
        if _unreal(pred):
            continue
        for v in victims:
            c = figure(v, status, pred, bare, shared)
            if c is None:
                continue
            parent = len(out)
            out.append(Found(c, pred))
            for prep in _subgroup_preps(v, pred):
                if prep.lower_ not in _rules().subgroup_preps:
                    continue
                for p in _expand(_children(prep, ("pobj",))):
                    sub = figure(p, status, pred, False, sub=True)
                    if sub is not None:
                        out.append(Found(sub, pred, parent))
    out += _linear(sent, numbers, used)
    return out


def _subgroup_preps(v: Token, pred: Token) -> list[Token]:
    """Where ", including 9 foreigners" can hang: on the victims, on the status word, on the verb a
    status adjective is said under ("left seven dead, including ..."), or, past a comma, on the noun
    of the verb's own phrase ("arrested 62 people after the riots, including 14 minors")."""
    heads = [v, pred]
    if pred.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and pred.pos_ == "ADJ":
        heads.append(pred.head)
    elif pred.pos_ == "ADJ" and pred.head.i == v.i and v.dep_ == "dobj":
        heads.append(v.head)  # "left nine people dead including ...", "dead" parsed as said of "people"
    out = [c for h in heads for c in h.children if c.dep_ == "prep"]
    for h in heads[1:]:
        for c in h.children:
            if c.dep_ == "prep" and c.i > v.i:
                for p in _children(c, ("pobj",)):
                    out += [x for x in p.children if x.dep_ == "prep" and x.i > p.i and x.nbor(-1).text == ","]
    return out


def _linear(sent: Span, numbers: list[Number], used: set[int]) -> list[Found]:
    """What the parse missed: a count, up to three words, an optional "were", a status word."""
    r = _rules()
    doc = sent.doc
    out: list[Found] = []
    for n in numbers:
        if n.start in used or (n.start - 2 >= sent.start and doc[n.start - 2].lower_ == "of"):
            continue  # "none of the 30 passengers": the partitive's head is the victim, not the number
        k = n.end
        while (
            k < sent.end
            and k - n.end < 3
            and doc[k].pos_ in ("ADJ", "NOUN", "PROPN")
            and doc[k].lower_ not in r.adjectives
        ):
            k += 1
        group_end = k
        while k < sent.end and doc[k].lower_ in ("were", "are", "was", "is", "have", "has", "had", "been"):
            k += 1
        if k >= sent.end:
            continue
        w = doc[k]
        status = r.adjectives.get(w.lower_) or (r.verbs.get(w.lemma_.lower()) if w.tag_ == "VBN" else None)
        if status is None or _children(w, ("dobj",)) or _unreal(w):
            continue
        if group_end > n.end and doc[group_end - 1].lemma_.lower() in r.not_victims:
            continue
        group = doc[n.end : group_end].text or r.unnamed_group
        used.add(n.start)
        c = Casualty(count=n.count, count_max=n.count_max, status=status, group=group)  # type: ignore[arg-type]
        if n.qualifier:
            c = c.model_copy(update={"qualifier": n.qualifier})
        out.append(Found(c, w))
    return out


# which event ----------------------------------------------------------------------------------------------


_CLIMB = ("advcl", "conj", "xcomp", "relcl", "acl", "pcomp")


class CasualtyLayer:
    """Fills ``Event.casualties`` on ``doc._.dl_events``."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = doc._.dl_events or []
        if not events:
            return doc
        r = _rules()
        violent = [e for e in events if e.type in r.violent]
        if not violent:
            return doc
        by_trigger: dict[int, Event] = {}
        for e in violent:
            if e.trigger_span is not None:
                span = doc.char_span(e.trigger_span.start, e.trigger_span.end, alignment_mode="expand")
                if span is not None:
                    for tok in span:
                        by_trigger.setdefault(tok.i, e)
        blocked = [(t.start, t.end) for t in doc._.dl_timexes or []]
        ctx = doc._.dl_context
        people = frozenset(
            i for i, eid in (ctx.token_entity.items() if ctx is not None else []) if ctx.entities[eid].type == "PERSON"
        )
        for sent in doc.sents:
            found = read_sentence(sent, blocked, people)
            attached: dict[int, tuple[Event, int]] = {}  # index in found -> (event, index in its casualties)
            for k, f in enumerate(found):
                if f.part_of is not None and f.part_of in attached:
                    ev, parent_at = attached[f.part_of]
                    c = f.casualty.model_copy(update={"part_of": parent_at})
                else:
                    ev_or_none = _event_for(f.predicate, sent, by_trigger, violent)
                    if ev_or_none is None:
                        continue
                    ev, c = ev_or_none, f.casualty
                if _already(ev, c):
                    continue
                ev.casualties.append(c)
                attached[k] = (ev, len(ev.casualties) - 1)
        return doc


def _already(ev: Event, c: Casualty) -> bool:
    key = (c.count, c.count_max, c.status, c.group)
    return any((x.count, x.count_max, x.status, x.group) == key for x in ev.casualties)


def _event_for(pred: Token, sent: Span, by_trigger: dict[int, Event], violent: list[Event]) -> Event | None:
    # the clause the figure belongs to: the verb a status adjective is said under ("the attack left 5 dead")
    h = pred.head if pred.dep_ in ("oprd", "acomp", "attr", "amod", "xcomp") and pred.pos_ == "ADJ" else pred
    if pred.lemma_.lower() in _rules().toll | _rules().count_nouns and pred.dep_ in ("nsubj", "nsubjpass"):
        h = pred.head
    inner = _in_sentence(pred, h, sent, by_trigger)
    if inner is not None and (not _outcome_only(inner, sent, by_trigger) or other_time(pred)):
        return inner  # (a harm "since 2016, when 30 were killed" is that other happening's)
    # "Gunmen stormed a hotel. Officials said 14 people were killed.": a harm with no doer of its
    # own is what the violent event before it did
    before = _earlier(sent, violent, inner)
    own = inner is not None and by_trigger.get(pred.i) is inner  # the figure's own verb is the event
    if before is not None and own and inner is not None and not outcome_of(inner.type, before.type):
        return inner  # "... threw stones at police. 31 people were arrested": the arrests' own count
    return before or inner


def _in_sentence(pred: Token, h: Token, sent: Span, by_trigger: dict[int, Event]) -> Event | None:
    # named as the cause: "the blast killed", "killed in an attack", "wounded by shelling"
    for c in h.children:
        if c.dep_ in ("nsubj", "agent", "prep"):
            for x in [c, *c.children] if c.dep_ in ("agent", "prep") else [c]:
                if x.i in by_trigger and x.i != h.i:
                    return by_trigger[x.i]
    # the outermost violent event whose clause the figure hangs from
    best: Event | None = None
    cur = h
    for _ in range(6):
        if cur.i in by_trigger:
            best = by_trigger[cur.i]
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            break
        cur = cur.head
    if best is not None:
        return best
    # the nearest violent event in the sentence
    here = [(abs(i - pred.i), e) for i, e in by_trigger.items() if sent.start <= i < sent.end]
    return min(here, key=lambda x: x[0])[1] if here else None


def _outcome_only(ev: Event, sent: Span, by_trigger: dict[int, Event]) -> bool:
    """The event is a harm word with no doer: "14 people were killed", "8 officers died", "11 were wounded"."""
    if ev.actors or ev.actor_descriptors:
        return False
    r = _rules()
    triggers = [sent.doc[i] for i, e in by_trigger.items() if e is ev and sent.start <= i < sent.end]
    if any(_new_cause(t) for t in triggers):
        return False
    for t in triggers:
        lemma = t.lemma_.lower()
        if lemma in r.subject_verbs or (t.pos_ == "ADJ" and t.lower_ in r.adjectives):
            return True
        if lemma in r.verbs and _passive(t) and not _children(t, ("agent",)):
            return True
    return False


def _new_cause(t: Token) -> bool:
    """A harm told with a cause of its own that is new to the story: "killed in an attack near X"
    (an indefinite attack, not "the attack" told before)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for p in c.children:
                new = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in p.children)
                if p.dep_ == "pobj" and new and p.lemma_.lower() in _rules().causes:
                    return True
    return False


def _earlier(sent: Span, violent: list[Event], skip: Event | None) -> Event | None:
    # an event that says this sentence mentions it again ("the attack" two sentences on)
    start = sent.start_char
    again = [e for e in violent if e is not skip and any(m.start <= start < m.end for m in e.mentions)]
    if again:
        return again[0]
    # the nearest earlier one in the same paragraph
    text = sent.doc.text
    para_start = text.rfind("\n\n", 0, sent.start_char)
    para_start = 0 if para_start < 0 else para_start
    earlier = [
        e for e in violent if e is not skip and para_start <= (e.trigger_span or e.evidence).start < sent.start_char
    ]
    return max(earlier, key=lambda e: (e.trigger_span or e.evidence).start) if earlier else None


@Language.factory("dateline_casualties", assigns=["doc._.dl_events"])
def make_casualty_layer(nlp: Language, name: str) -> CasualtyLayer:
    return CasualtyLayer()
