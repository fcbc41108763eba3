"""MUC, B-cubed, CEAF-e and CoNLL F1 on small clusterings worked out by hand, and on the
published ECB+ response (79.08) when ../shared is present."""

from __future__ import annotations

import itertools
import random

import pytest

from dateline.evaluate.coref import b_cubed, ceaf_e, conll, muc, read_conll

from .conftest import SHARED

KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def close(got: tuple[float, float, float], want: tuple[float, float, float]) -> bool:
    return all(abs(g - w) < 1e-9 for g, w in zip(got, want, strict=True))


@pytest.mark.parametrize(
    ("metric", "want"),
    [
        # MUC: key {a,b,c} is cut in two (1 of 2 links kept), {d,e} whole (1 of 1): 2/3 both ways
        (muc, (2 / 3, 2 / 3, 2 / 3)),
        # B3 recall per mention: 2/3 2/3 1/3 1 1 -> 11/15; precision: 1 1 1/3 2/3 2/3 -> 11/15
        (b_cubed, (11 / 15, 11 / 15, 11 / 15)),
        # CEAF-e: {a,b,c}~{a,b} 0.8 and {d,e}~{c,d,e} 0.8, over 2 clusters each side
        (ceaf_e, (0.8, 0.8, 0.8)),
    ],
)
def test_worked_example(metric, want) -> None:  # type: ignore[no-untyped-def]
    assert close(metric(KEY, RESPONSE), want)


def test_conll_is_the_mean_of_the_three_f1s() -> None:
    assert conll(KEY, RESPONSE).conll == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_one_big_cluster() -> None:
    key = [{"a", "b"}, {"c"}, {"d"}]
    response = [{"a", "b", "c", "d"}]
    assert close(muc(key, response), (1.0, 1 / 3, 0.5))
    # B3 precision per mention: 1/4 for c and d, 2/4 for a and b -> 6/16
    assert close(b_cubed(key, response), (1.0, 6 / 16, 2 * 6 / 16 / (1 + 6 / 16)))
    # CEAF-e: the one response cluster aligns with {a,b}: phi = 4/6
    r, p, _ = ceaf_e(key, response)
    assert (r, p) == pytest.approx((4 / 6 / 3, 4 / 6))


def test_perfect_and_all_singletons() -> None:
    key = [{"a", "b"}, {"c"}]
    assert conll(key, key).conll == pytest.approx(1.0)
    singles = [{"a"}, {"b"}, {"c"}]
    assert muc(singles, singles) == (0.0, 0.0, 0.0)  # no links to find: the reference scorer says 0
    assert close(b_cubed(key, singles), (2 / 3, 1.0, 0.8))  # recall per mention: 1/2 1/2 1


def _brute_ceaf(key: list[set[str]], response: list[set[str]]) -> float:
    best = 0.0
    small, large = (key, response) if len(key) <= len(response) else (response, key)
    for perm in itertools.permutations(range(len(large)), len(small)):
        best = max(
            best, sum(2 * len(small[i] & large[j]) / (len(small[i]) + len(large[j])) for i, j in enumerate(perm))
        )
    return best


def _random_clustering(rng: random.Random, mentions: list[str]) -> list[set[str]]:
    labels = [rng.randrange(4) for _ in mentions]
    return [{m for m, lab in zip(mentions, labels, strict=True) if lab == c} for c in set(labels)]


def test_ceaf_alignment_is_optimal() -> None:
    rng = random.Random(7)
    mentions = list("abcdefgh")
    for _ in range(60):
        key, response = _random_clustering(rng, mentions), _random_clustering(rng, mentions)
        r, _, _ = ceaf_e(key, response)
        assert r * len(key) == pytest.approx(_brute_ceaf(key, response))


def test_reproduces_the_published_ecbplus_response() -> None:
    ref = SHARED / "datasets" / "ecbplus" / "reference_scoring"
    if not ref.is_dir():
        pytest.skip("../shared/datasets/ecbplus is not present")
    key = read_conll(ref / "ecbp_test_events_gold.key_conll")
    response = read_conll(ref / "ecbp_test_events_barhom2019_rerun.response_conll")
    s = conll(key, response)
    # the reference scorer's output beside the response: MUC 81.99, B3 79.58, CEAF-e 75.67, CoNLL 79.08
    assert round(100 * s.muc[2], 2) == 81.99
    assert round(100 * s.bcub[2], 2) == 79.58
    assert round(100 * s.ceafe[2], 2) == 75.67
    assert round(100 * s.conll, 2) == 79.08
