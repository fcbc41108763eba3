import sqlite3

import pytest

from dateline.errors import DatelineError
from dateline.record import (
    Article,
    Casualty,
    Claim,
    Entity,
    Event,
    Offsets,
    Quote,
    Source,
    Speaker,
    article_id,
)
from dateline.store import Store
from dateline.store.migrations import LATEST


def make(title: str, text: str = "Body text of the article.") -> Article:
    return Article(
        id=article_id(title, text),
        source=Source(path="x.txt"),
        title=title,
        text=text,
        entities=[Entity(id="e1", name="Kabul", type="GPE", mentions=[Offsets(start=0, end=5)])],
        quotes=[
            Quote(id="q1", text="Body text", kind="partial", start=0, end=9, cue="say",
                  speaker=Speaker(name="Kabul official", anonymous=True)),
        ],
        events=[
            Event(id="v1", type="ASSAULT", trigger="clashes", actors=["e1"], evidence=Offsets(start=0, end=9),
                  casualties=[Casualty(count=5, status="killed"), Casualty(count=2, status="killed")]),
        ],
        claims=[Claim(id="c1", claimant="e1", claimant_name="Kabul", text="Body text", stance="denies",
                      evidence=Offsets(start=0, end=9))],
    )  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "t.db")) as s:
        yield s


def test_add_is_idempotent(store):
    a = make("One")
    assert store.add(a) is True
    assert store.add(a) is False
    assert store.count() == 1


def test_get_by_id_and_prefix(store):
    a = make("One")
    store.add(a)
    assert store.get(a.id) == a
    assert store.get(a.id[:6]) == a
    with pytest.raises(DatelineError, match="no article"):
        store.get("zzzz")


def test_ambiguous_prefix(store):
    for i in range(40):
        store.add(make(f"Title {i}"))
    with pytest.raises(DatelineError, match="give more characters"):
        store.get("")


def test_prefix_is_not_a_pattern(store):
    store.add(make("One"))
    with pytest.raises(DatelineError):
        store.get("%")


def test_file_is_plain_sqlite_with_queryable_tables(tmp_path):
    path = tmp_path / "t.db"
    with Store(str(path)) as s:
        s.add(make("One"))
    con = sqlite3.connect(path)
    assert con.execute("select title from articles").fetchall() == [("One",)]
    assert con.execute("select name, type from entities").fetchall() == [("Kabul", "GPE")]
    assert con.execute("select speaker, anonymous, text from quotes").fetchall() == [("Kabul official", 1, "Body text")]
    assert con.execute("select type, actors, killed from events").fetchall() == [("ASSAULT", "Kabul", 7)]
    assert con.execute("select stance, claimant from claims").fetchall() == [("denies", "Kabul")]
    assert con.execute("select max(version) from dateline_schema").fetchone() == (LATEST,)


def test_reopening_keeps_data_and_does_not_remigrate(tmp_path):
    path = str(tmp_path / "t.db")
    with Store(path) as s:
        s.add(make("One"))
    with Store(path) as s:
        assert s.count() == 1
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from dateline_schema").fetchone() == (LATEST,)


def test_a_version_1_store_gains_the_quotes_table(tmp_path):
    path = tmp_path / "t.db"
    con = sqlite3.connect(path)
    con.execute("create table dateline_schema (version integer primary key, applied_at varchar(40) not null)")
    con.execute("insert into dateline_schema values (1, 'earlier')")
    con.execute("create table articles (seq integer primary key, id varchar(32) unique not null, version integer,"
                " title text, published varchar(40), dateline_place text, language varchar(8), source_path text,"
                " source_index integer, source_url text, outlet text, text text not null, n_entities integer,"
                " record text not null, stored_at varchar(40) not null)")  # fmt: skip
    con.execute("create table entities (article_id varchar(32), entity_id varchar(16), name text, type varchar(16),"
                " n_mentions integer, country_code varchar(2), lat float, lon float, geonames_id integer,"
                " primary key (article_id, entity_id))")  # fmt: skip
    con.commit()
    with Store(str(path)) as s:
        s.add(make("One"))
    con = sqlite3.connect(path)
    assert con.execute("select count(*) from quotes").fetchone() == (1,)
    assert con.execute("select count(*) from events").fetchone() == (1,)
    assert con.execute("select max(version) from dateline_schema").fetchone() == (LATEST,)


def test_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "t.db")
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("insert into dateline_schema values (999, 'later')")
    con.commit()
    with pytest.raises(DatelineError, match="newer"):
        Store(path)
