"""The CASE 2021 snippet label: one event of a record picked as ACLED's single label."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.evaluate.events import main_category


def ev(
    kind: str, negated: bool = False, hypothetical: bool = False, mode: str | None = None, hurt: str = ""
) -> SimpleNamespace:
    casualties = [SimpleNamespace(count=3, status=hurt)] if hurt else []
    return SimpleNamespace(type=kind, negated=negated, hypothetical=hypothetical, mode=mode, casualties=casualties)


@pytest.mark.parametrize(
    ("kinds", "label"),
    [
        ([], None),
        ([ev("ASSAULT"), ev("COERCE")], "ASSAULT"),
        # the first event that happened, not one only threatened
        ([ev("THREATEN", hypothetical=True), ev("SANCTION")], "SANCTION"),
        # ... also a threat that was made: ACLED has no threats
        ([ev("THREATEN"), ev("SANCTION")], "SANCTION"),
        # arrests or tear gas at a protest: ACLED's protest with intervention, a protest
        ([ev("COERCE"), ev("PROTEST")], "PROTEST"),
        # ... but force that killed or hurt (an assault in the record) keeps the first event
        ([ev("COERCE"), ev("PROTEST"), ev("ASSAULT")], "COERCE"),
        # ... and so does coercion with live fire, or that killed or wounded (the state's force on
        # protesters is COERCE in the record): ACLED's excessive force against protesters
        ([ev("COERCE", mode="firearms"), ev("PROTEST")], "COERCE"),
        ([ev("COERCE"), ev("PROTEST"), ev("COERCE", hurt="wounded")], "COERCE"),
        ([ev("COERCE", hurt="arrested"), ev("PROTEST")], "PROTEST"),
        # ... and a protest only planned is none
        ([ev("COERCE"), ev("PROTEST", hypothetical=True)], "COERCE"),
    ],
)
def test_main_category(kinds, label):
    assert main_category(kinds) == label
