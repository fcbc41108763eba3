"""Schemathesis over /openapi.json: requests generated from the API's own description never get a 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402

from dateline.store import Store  # noqa: E402
from dateline.web import create_app  # noqa: E402

DATA = Path(__file__).parent / "data" / "web"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    store = Store(str(tmp_path_factory.mktemp("openapi") / "news.db"))
    app = create_app(store)
    from dateline import extract

    for a in extract((DATA / "clash-wire.txt").read_text(), name="clash-wire.txt"):
        store.add(a)
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


# Each operation's cases are drawn by Hypothesis from the operation's strategy (schemathesis's own
# pytest plugin does not run under this pytest version, so the loop is written out here).
@pytest.mark.slow
def test_no_request_the_api_describes_gets_a_server_error(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8
    for op in operations:

        @given(case=op.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
            )

        check()
