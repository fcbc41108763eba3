"""Cluster scores on small clusterings worked out by hand."""

import pytest

from dateline.evaluate.clusters import adjusted_rand, b_cubed, pairwise

KEY = [{"a", "b", "c"}, {"d", "e"}]
RESPONSE = [{"a", "b"}, {"c", "d", "e"}]


def test_pairwise_counts_shared_pairs():
    # response pairs ab cd ce de, key pairs ab ac bc de: ab and de are right
    assert pairwise(KEY, RESPONSE) == pytest.approx((0.5, 0.5, 0.5))


def test_b_cubed_by_hand():
    p, r, f = b_cubed(KEY, RESPONSE)
    assert p == pytest.approx(11 / 15)
    assert r == pytest.approx(11 / 15)
    assert f == pytest.approx(11 / 15)


def test_adjusted_rand_by_hand():
    # index 2, expected 4 * 4 / 10, maximum 4
    assert adjusted_rand(KEY, RESPONSE) == pytest.approx((2 - 1.6) / (4 - 1.6))


def test_identical_clusterings_score_one():
    assert pairwise(KEY, KEY) == pytest.approx((1.0, 1.0, 1.0))
    assert b_cubed(KEY, KEY) == pytest.approx((1.0, 1.0, 1.0))
    assert adjusted_rand(KEY, KEY) == pytest.approx(1.0)


def test_all_singletons_against_pairs():
    singletons = [{x} for x in "abcde"]
    p, r, _ = b_cubed(KEY, singletons)
    assert p == pytest.approx(1.0)
    assert r == pytest.approx((1 / 3 * 3 + 1 / 2 * 2) / 5)
    assert pairwise(KEY, singletons)[1] == 0.0


def test_missing_items_are_singletons_of_the_response():
    # the response left d and e out: they count as kept apart
    assert b_cubed(KEY, [{"a", "b", "c"}]) == b_cubed(KEY, [{"a", "b", "c"}, {"d"}, {"e"}])


def test_one_cluster_for_all_has_full_pairwise_recall():
    p, r, _ = pairwise(KEY, [set("abcde")])
    assert r == 1.0
    assert p == pytest.approx(4 / 10)
