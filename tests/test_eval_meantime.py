"""The MEANTIME role reader and scorer on a small CAT XML document written for this test."""

from __future__ import annotations

from pathlib import Path

from dateline.evaluate.events import RoleDoc, RoleGold, RolePred, read_meantime_roles, role_match, score_roles

# sentence 0 = headline, 1 = date line (both left out); sentence 2 is annotated:
# "Kenya Airways sued the supplier . It won ."
DOC = """<Document doc_id="1" doc_name="test" lang="en">
<token t_id="1" sentence="0" number="0">Headline</token>
<token t_id="2" sentence="1" number="1">May 1 , 2010</token>
<token t_id="3" sentence="2" number="2">Kenya</token>
<token t_id="4" sentence="2" number="3">Airways</token>
<token t_id="5" sentence="2" number="4">sued</token>
<token t_id="6" sentence="2" number="5">the</token>
<token t_id="7" sentence="2" number="6">supplier</token>
<token t_id="8" sentence="2" number="7">.</token>
<token t_id="9" sentence="3" number="8">It</token>
<token t_id="10" sentence="3" number="9">won</token>
<token t_id="11" sentence="3" number="10">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2"><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3"><token_anchor t_id="9"/></ENTITY_MENTION>
<EVENT_MENTION m_id="4" pred="sue"><token_anchor t_id="5"/></EVENT_MENTION>
<EVENT_MENTION m_id="5" pred="win"><token_anchor t_id="10"/></EVENT_MENTION>
<TIMEX3 m_id="6" type="DATE" value="2010-05-01" functionInDocument="CREATION_TIME"><token_anchor t_id="2"/></TIMEX3>
<ENTITY m_id="10" ent_type="ORG" TAG_DESCRIPTOR="Kenya Airways"/>
<ENTITY m_id="11" ent_type="PRO" TAG_DESCRIPTOR="supplier"/>
</Markables>
<Relations>
<HAS_PARTICIPANT sem_role="Arg0"><source m_id="4"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT sem_role="Arg1"><source m_id="4"/><target m_id="2"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT sem_role="Arg0"><source m_id="5"/><target m_id="3"/></HAS_PARTICIPANT>
<REFERS_TO><source m_id="1"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
<REFERS_TO><source m_id="2"/><target m_id="11"/></REFERS_TO>
</Relations>
</Document>
"""


def test_reader_keeps_party_roles_and_names_through_coreference(tmp_path: Path):
    f = tmp_path / "1_test.xml"
    f.write_text(DOC, encoding="utf-8")
    d = read_meantime_roles(f)
    assert d.text == "Kenya Airways sued the supplier .\n\nIt won ."
    assert str(d.when) == "2010-05-01"
    sue, win = sorted(d.events, key=lambda e: e.start)
    assert d.text[sue.start : sue.end] == "sued"
    assert "Arg1" not in sue.roles  # a product is no party
    (start, end, names) = win.roles["Arg0"][0]
    assert d.text[start:end] == "It" and "Kenya Airways" in names


def test_scorer_counts_empty_and_wrong_fillers_as_misses():
    doc = RoleDoc("d", "Kenya Airways sued Boeing .", None, [])
    doc.events = [RoleGold(14, 18, "sue", {"Arg0": [(0, 13, ["Kenya Airways"])], "Arg1": [(19, 25, ["Boeing"])]})]
    right = RolePred(14, 18, "ACCUSE", {"Arg0": [(0, 13, "Kenya Airways")], "Arg1": [(-1, -1, "Boeing")]})
    wrong = RolePred(14, 18, "ACCUSE", {"Arg0": [(19, 25, "Boeing")], "Arg1": []})
    assert score_roles([doc], lambda d: [right])["actor_accuracy"] == 1.0
    r = score_roles([doc], lambda d: [wrong])
    assert r["actor_accuracy"] == 0.0 and r["recipient_accuracy"] == 0.0 and r["recipient_empty"] == 1.0
    assert not role_match([(0, 13, ["Kenya Airways"])], [(19, 25, "Boeing")])


def test_timex_reader_finds_the_creation_time_when_the_file_writes_it_otherwise(tmp_path: Path):
    from dateline.evaluate.timex import read_meantime

    # day-month-year ("01-05-2010" is 1 May), and no creation time at all: the date line says it
    f = tmp_path / "2_test.xml"
    f.write_text(DOC.replace('value="2010-05-01"', 'value="01-05-2010"'), encoding="utf-8")
    assert str(read_meantime(f).dct) == "2010-05-01"
    g = tmp_path / "3_test.xml"
    g.write_text(DOC.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"'), encoding="utf-8")
    assert str(read_meantime(g).dct) == "2010-05-01"


def test_mention_scorer_counts_each_gold_role_once_and_empty_as_miss():
    from dateline.evaluate.events import score_mentions

    g = RoleGold(14, 18, "sue", {"Arg0": [(0, 13, ["Kenya Airways"])], "Arg1": [(19, 25, ["Boeing"])]})
    only_actor = RoleGold(30, 34, "win", {"Arg0": [(0, 13, ["Kenya Airways"])]})
    hit = RolePred(14, 18, "", {"Arg0": [(-1, -1, "Kenya Airways")], "Arg1": []})
    miss = RolePred(30, 34, "", {"Arg0": [(19, 25, "Boeing")], "Arg1": []})
    r = score_mentions([(g, hit), (only_actor, miss)])
    assert (r["actor_n"], r["actor_accuracy"]) == (2, 0.5)
    assert (r["recipient_n"], r["recipient_accuracy"], r["recipient_empty"]) == (1, 0.0, 1.0)
