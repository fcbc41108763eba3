"""Incidents: reports of one happening linked across articles, different happenings kept apart."""

from __future__ import annotations

import random
from datetime import date

import pytest

import dateline
import dateline.link
from dateline import rules
from dateline.link import incidents
from dateline.link.incidents import Mention, cluster, date_range, lemma_key
from dateline.link.model import Ref
from dateline.record import Date

CLASH_A = """Rebels kill six soldiers near Goma

June 2, 2024

GOMA, Congo (Reuters) - Rebels attacked an army base near Goma on Saturday, killing six soldiers, the army said.

The fighters withdrew into the hills after the assault, he said."""

CLASH_B = """Eleven troops killed in rebel raid on Goma base

June 2, 2024

GOMA (AFP) - Rebels killed eleven soldiers at an army base near Goma on Saturday, local officials said.

A provincial official said the attackers also burned two trucks."""

OTHER_PLACE = """Rebels kill four soldiers in Bunia

June 2, 2024

BUNIA, Congo (Reuters) - Rebels attacked an army post in Bunia on Saturday, killing four soldiers, the army said."""

OTHER_DATE = """Rebels kill two soldiers near Goma

July 14, 2024

GOMA, Congo (Reuters) - Rebels attacked an army base near Goma on Saturday, killing two soldiers, the army said."""


@pytest.fixture(scope="module")
def linked() -> tuple[dict[str, str], list[dateline.link.Incident]]:
    names = {}
    articles = []
    for name, text in [("a", CLASH_A), ("b", CLASH_B), ("place", OTHER_PLACE), ("date", OTHER_DATE)]:
        (art,) = dateline.extract(text)
        assert art.events, name  # the test needs dateline to find the attacks
        names[art.id] = name
        articles.append(art)
    return names, incidents.link(articles, [], [])


def _by_articles(linked):  # type: ignore[no-untyped-def]
    names, incs = linked
    return {frozenset(names[r.article_id] for r in inc.events): inc for inc in incs}


def test_two_reports_of_one_clash_are_one_incident_with_the_range_of_tolls(linked) -> None:  # type: ignore[no-untyped-def]
    inc = _by_articles(linked)[frozenset({"a", "b"})]
    assert (inc.killed_min, inc.killed_max) == (6, 11)
    assert inc.n_articles == 2
    assert inc.type == "ASSAULT"
    assert inc.place == "Goma"
    assert (inc.date_start, inc.date_end) == ("2024-06-01", "2024-06-01")


def test_a_clash_elsewhere_or_on_another_date_stays_apart(linked) -> None:  # type: ignore[no-untyped-def]
    groups = _by_articles(linked)
    assert frozenset({"place"}) in groups
    assert frozenset({"date"}) in groups
    assert groups[frozenset({"place"})].killed_max == 4
    assert groups[frozenset({"date"})].killed_max == 2
    assert all(len(k) == 1 or k == {"a", "b"} for k in groups)


def _m(
    doc: str,
    lemma: str,
    category: str | None = "ASSAULT",
    day: date | None = None,
    place: tuple[str, str | None, float | None, float | None] | None = None,
) -> Mention:
    return Mention(
        ref=Ref(doc, f"{doc}:{lemma}"),
        lemma=lemma_key(lemma),
        category=category,
        dates=((day, day),) if day else (),
        places=(place,) if place else (),
        sentence={"rebel": 1, "base": 1},
    )


CONTEXT = {"rebel": 2, "army": 1, "base": 1, "goma": 1}
GOMA = ("goma", "CD", -1.68, 29.22)
BUNIA = ("bunia", "CD", 1.56, 30.25)  # about 360 km north of Goma
JUNE_1 = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        (_m("d1", "attacked"), _m("d2", "attack"), True),  # one lemma, alike documents
        (_m("d1", "bombing"), _m("d2", "airstrike"), True),  # one word family
        (_m("d1", "attack", day=JUNE_1), _m("d2", "attack", day=date(2024, 6, 9)), False),  # 8 days apart
        (_m("d1", "attack", day=JUNE_1), _m("d2", "attack", day=date(2024, 6, 2)), True),  # within the slack
        (_m("d1", "attack", place=GOMA), _m("d2", "attack", place=BUNIA), False),  # too far apart
        (_m("d1", "attack", place=GOMA), _m("d2", "attack", place=("kigali", "RW", None, None)), False),
        (_m("d1", "arrest", "COERCE"), _m("d2", "arrest", "ASSAULT"), False),  # incompatible categories
        # different words of one category: linked on one place and one date, not on either alone
        (_m("d1", "attack", day=JUNE_1, place=GOMA), _m("d2", "kill", day=JUNE_1, place=GOMA), True),
        (_m("d1", "attack", place=GOMA), _m("d2", "kill", place=GOMA), False),
        (_m("d1", "attack", day=JUNE_1), _m("d2", "kill", day=JUNE_1), False),
        (_m("d1", "attack"), _m("d2", "protest", "PROTEST"), False),
    ],
)
def test_pairs(a: Mention, b: Mention, together: bool) -> None:
    groups = cluster([a, b], {"d1": CONTEXT, "d2": CONTEXT})
    assert (len(groups) == 1) is together


def test_one_sentences_other_triggers_meet_another_reports_trigger() -> None:
    # "six soldiers were killed when rebels attacked the base" against another report's "attack"
    told = Mention(Ref("d1", "v1"), lemma_key("killed"), "ASSAULT", sentence={"rebel": 1, "base": 1})
    other = _m("d2", "attack")
    assert len(cluster([told, other], {"d1": CONTEXT, "d2": CONTEXT})) == 2
    told = Mention(told.ref, told.lemma, told.category, sentence=told.sentence, keys=frozenset({lemma_key("attacked")}))
    assert len(cluster([told, other], {"d1": CONTEXT, "d2": CONTEXT})) == 1


def test_one_single_day_is_some_evidence_where_place_names_differ() -> None:
    # two reports a little alike (four shared words, one of their own each), sentences unlike,
    # the place named at two grains (a village, a district) with no coordinates
    docs = {
        "d1": {"w1": 1, "w2": 1, "w3": 1, "w4": 1, "own1": 1},
        "d2": {"w1": 1, "w2": 1, "w3": 1, "w4": 1, "own2": 1},
    }

    def m(doc: str, day: date, place: str) -> Mention:
        return Mention(
            Ref(doc, "v1"), "attack", "ASSAULT", ((day, day),), ((place, None, None, None),), sentence={doc: 1}
        )

    assert len(cluster([m("d1", JUNE_1, "kibati"), m("d2", JUNE_1, "nyiragongo")], docs)) == 1
    next_day = date(2024, 6, 2)  # within the slack, so no veto: just no evidence
    assert len(cluster([m("d1", JUNE_1, "kibati"), m("d2", next_day, "nyiragongo")], docs)) == 2


def test_unrelated_documents_are_not_linked() -> None:
    a, b = _m("d1", "attack"), _m("d2", "attack")
    other = {"election": 3, "ballot": 2, "parliament": 1}
    b = Mention(b.ref, b.lemma, b.category, sentence={"election": 1})
    assert len(cluster([a, b], {"d1": CONTEXT, "d2": other})) == 2


def test_a_veto_holds_across_whole_clusters() -> None:
    # x and z may not join (different dates); y is alike to both: y joins one, never both
    x = _m("d1", "attack", day=JUNE_1)
    y = _m("d2", "attack")
    z = _m("d3", "attack", day=date(2024, 7, 1))
    groups = cluster([x, y, z], {"d1": CONTEXT, "d2": CONTEXT, "d3": CONTEXT})
    assert not any({0, 2} <= set(g) for g in groups)


def test_a_veto_holds_between_mentions_no_rule_compares() -> None:
    # "fire" is in two word families (dismissals, blazes): x-y and y-z may link, x-z never
    # would, but their dates are a month apart, so the three are never one cluster
    x = _m("d1", "dismiss", None, day=JUNE_1)
    y = _m("d2", "fire", None)
    z = _m("d3", "blaze", None, day=date(2024, 7, 1))
    groups = cluster([x, y, z], {"d1": CONTEXT, "d2": CONTEXT, "d3": CONTEXT})
    assert not any({0, 2} <= set(g) for g in groups)
    assert any({0, 1} <= set(g) or {1, 2} <= set(g) for g in groups)


def test_gold_blocks_are_never_linked_across() -> None:
    a, b = _m("d1", "attack"), _m("d2", "attack")
    assert len(cluster([a, b], {"d1": CONTEXT, "d2": CONTEXT}, blocks={"d1": "t1", "d2": "t2"})) == 2


@pytest.mark.parametrize(
    ("value", "precision", "want"),
    [
        ("2024-06-01", "day", (date(2024, 6, 1), date(2024, 6, 1))),
        ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-12", "month", (date(2024, 12, 1), date(2024, 12, 31))),
        ("2024", "year", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-06-03", "week", (date(2024, 6, 3), date(2024, 6, 9))),
        ("2024-06-01T14:30:00Z", "time", (date(2024, 6, 1), date(2024, 6, 1))),
    ],
)
def test_date_range_within_precision(value: str, precision: str, want: tuple[date, date]) -> None:
    assert date_range(Date(value=value, precision=precision)) == want  # type: ignore[arg-type]


def test_date_range_of_nothing_or_nonsense() -> None:
    assert date_range(None) is None
    assert date_range(Date(value="sometime", precision="day")) is None


@pytest.mark.parametrize(
    ("trigger", "key"),
    [
        ("attacked", "attack"),
        ("Bombings", "bombing"),
        ("killed", "kill"),
        ("open fire", "open fire"),
        ("shelled", "shell"),
    ],
)
def test_lemma_key(trigger: str, key: str) -> None:
    assert lemma_key(trigger) == key


def test_the_link_entry_point_gives_the_same_incidents(linked) -> None:  # type: ignore[no-untyped-def]
    _, incs = linked
    articles = [a for t in (CLASH_A, CLASH_B, OTHER_PLACE, OTHER_DATE) for a in dateline.extract(t)]
    links = dateline.link.link(articles)
    assert sorted(tuple(i.events) for i in links.incidents) == sorted(tuple(i.events) for i in incs)
    assert {s for st in links.stories for s in st.incidents} == {i.id for i in links.incidents}


def _naive_average_link(n: int, score: dict[tuple[int, int], float], veto: set[tuple[int, int]], t: float):  # type: ignore[no-untyped-def]
    clusters = [[i] for i in range(n)]
    while True:
        best, pair = t, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                a, b = clusters[x], clusters[y]
                if any((min(i, j), max(i, j)) in veto for i in a for j in b):
                    continue
                avg = sum(score.get((min(i, j), max(i, j)), 0.0) for i in a for j in b) / (len(a) * len(b))
                if avg >= best:
                    best, pair = avg, (x, y)
        if pair is None:
            return sorted(sorted(c) for c in clusters)
        x, y = pair
        clusters[x] = clusters[x] + clusters.pop(y)


def test_average_link_matches_the_textbook_definition() -> None:
    rng = random.Random(3)
    for _ in range(40):
        n = rng.randrange(2, 9)
        score = {(i, j): rng.random() for i in range(n) for j in range(i + 1, n) if rng.random() < 0.6}
        veto = {(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.1}
        want = _naive_average_link(n, score, veto, 0.3)
        got = incidents._agglomerate(n, score, lambda i, j, v=veto: (min(i, j), max(i, j)) in v, 0.3)
        assert sorted(got) == want


def test_learned_trigger_pairs_are_loaded_as_families() -> None:
    # data/link_learned.yaml is written by bench/ecbplus_families.py from ECB+ train topics:
    # each entry a pair of trigger keys, read like a written family
    learned = rules.load_yaml("link_learned.yaml")["families"] or []
    for pair in learned:
        assert len(pair) == 2 and all(isinstance(w, str) and w for w in pair)
        assert incidents.same_family(pair[0], pair[1])


def test_a_learned_pair_links_but_a_date_still_vetoes() -> None:
    learned = {tuple(p) for p in rules.load_yaml("link_learned.yaml")["families"] or []}
    if ("die", "kill") not in learned:
        pytest.skip("the learned pairs no longer hold die/kill")
    a, b = _m("d1", "killed"), _m("d2", "died")
    assert len(cluster([a, b], {"d1": CONTEXT, "d2": CONTEXT})) == 1
    a, b = _m("d1", "killed", day=JUNE_1), _m("d2", "died", day=date(2024, 6, 9))
    assert len(cluster([a, b], {"d1": CONTEXT, "d2": CONTEXT})) == 2


ROOF_A = (
    "A warehouse roof collapsed on firefighter Marta Quillon in Dunmore on Tuesday, the fire service said. "
    "Marta Quillon was taken to hospital with a broken leg, the service said."
)
# the same happening in other words
ROOF_B = (
    "Firefighter Marta Quillon is in hospital after a storage building gave way in Dunmore. "
    "Marta Quillon had gone inside to check for embers, her crew said."
)
# another happening told in the words of the first
ROOF_C = (
    "A warehouse roof collapsed on firefighter Anders Pelletier in Harwick on Tuesday, the fire service said. "
    "Anders Pelletier was taken to hospital with a broken leg, the service said."
)


def test_the_names_a_document_gives_tell_apart_reports_in_the_same_words() -> None:
    arts = [dateline.extract(t)[0] for t in (ROOF_A, ROOF_B, ROOF_C)]
    mentions = [Mention(Ref(a.id, "m"), lemma_key("collapse"), None) for a in arts]
    ctx = {a.id: incidents.context(a) for a in arts}
    assert any(k.startswith("@") for k in ctx[arts[0].id])
    assert cluster(mentions, ctx) == [[0, 1], [2]]


def test_the_datelines_place_is_no_word_of_a_documents_context() -> None:
    # the dateline's city is an entity with no mention in the body; two stories filed from one city
    # share nothing by it, so it stays out of what documents are compared by
    text = (
        "Ferry strike ends after two weeks\n\nJune 2, 2024\n\n"
        "DENVER (AP) — Ferry crews ended a two-week strike on Saturday after the operator raised their pay, "
        "the union said."
    )
    (art,) = dateline.extract(text)
    place = next(e for e in art.entities if e.name == "Denver")
    assert place.mentions == []
    ctx = incidents.context(art)
    assert not any("denver" in k.lower() for k in ctx if k.startswith("@"))
    assert all(v > 0 for v in ctx.values())
