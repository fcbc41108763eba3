"""Quotes: who said what. Each pattern on sentences written for these tests, then the seed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.extract import extract_article
from dateline.extract.quotemarks import find_quoted
from dateline.read import read_bytes

HEAD = "Test headline for quotes in a story\n\nBy Test Writer\n1 May 2026\n\n"


def quotes_of(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body).encode(), options)
    art = extract_article(raw, options)
    for q in art.quotes:  # the contract: every quote points at its own characters
        assert art.text[q.start : q.end] == q.text
        if q.speaker.mention is not None:
            m = q.speaker.mention
            assert art.text[m.start : m.end].strip()
    return art, art.quotes


def one(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote with {words!r} among {[q.text for q in quotes]}"
    return hits[0]


# quotation marks -------------------------------------------------------------------------


def test_marks_curly_straight_single_and_nested():
    text = "He said “one ‘inner’ two” and \"three\" then ‘four’ and Kabul’s ''five'' done."
    got = [text[q.start : q.end] for q in find_quoted(text)]
    assert got == ["one ‘inner’ two", "three", "four", "five"]


def test_marks_multi_paragraph_quote():
    text = "“First part of it\n\n“Second part of it\n\n“Third part,” she said."
    qs = find_quoted(text)
    assert [text[q.start : q.end] for q in qs] == ["First part of it", "Second part of it", "Third part,"]
    assert [(q.continued, q.continues) for q in qs] == [(False, True), (True, True), (True, False)]


def test_marks_unbalanced_never_closed_and_many():
    odd = 'He said "one" and "two and then nothing closes here.'
    assert [odd[q.start : q.end] for q in find_quoted(odd)] == ["one", "two and then nothing closes here."]
    assert find_quoted("“") == [] and find_quoted("") == []
    many = '"' * 10_000 + " and “" * 10_000
    assert isinstance(find_quoted(many), list)


# direct quotes -----------------------------------------------------------------------------


def test_direct_quote_split_by_attribution_and_continued(options):
    art, qs = quotes_of(
        "Finance Minister Maria Lopez spoke to reporters in the capital on Monday about the budget.\n\n"
        "“We will cut the deficit this year,” Lopez said. “Nobody should doubt that.”\n\n"
        "“The plan is already working,” she added.\n\n"
        "“Spending is under control and revenue is rising.”",
        options,
    )
    first = one(qs, "cut the deficit")
    assert first.kind == "direct" and first.speaker.name == "Maria Lopez" and first.cue == "say"
    assert art.text[first.speaker.mention.start : first.speaker.mention.end] == "Lopez"
    cont = one(qs, "Nobody should doubt")
    assert cont.speaker.name == "Maria Lopez" and cont.speaker.mention is None and cont.kind == "direct"
    added = one(qs, "already working")
    assert added.speaker.name == "Maria Lopez" and added.cue == "add"
    assert art.text[added.speaker.mention.start : added.speaker.mention.end] == "she"
    last = one(qs, "Spending is under control")  # a paragraph of quote with no attribution of its own
    assert last.speaker.name == "Maria Lopez" and last.speaker.mention is None


def test_leading_attribution_and_straight_marks(options):
    _, qs = quotes_of(
        "Opposition leader Daniel Okafor addressed supporters at a rally in the city on Sunday evening.\n\n"
        'Okafor told the crowd: "This election belongs to you and nobody else."',
        options,
    )
    q = one(qs, "This election belongs")
    assert q.kind == "direct" and q.speaker.name == "Daniel Okafor" and q.cue == "tell"


def test_multi_paragraph_quote_gets_the_later_attribution(options):
    _, qs = quotes_of(
        "Union leader Sara Klein described the strike in detail to reporters on Friday afternoon.\n\n"
        "“We did not want this strike and we tried everything to avoid it\n\n"
        "“But the company left us no choice at all,” Klein said.",
        options,
    )
    a, b = one(qs, "did not want this strike"), one(qs, "left us no choice")
    assert a.speaker.name == b.speaker.name == "Sara Klein"
    assert a.speaker.mention is None and b.speaker.mention is not None


def test_signed_quote(options):
    _, qs = quotes_of(
        "Readers wrote to the paper in large numbers after the vote on the new law last week.\n\n"
        "“This law will hurt small shops across the whole country.” ― Peter Nolan\n\n"
        "“Nobody asked the farmers what they needed.” ― Mary Quinn\n\n"
        "More letters are printed on page six of this edition.",
        options,
    )
    assert one(qs, "hurt small shops").speaker.name == "Peter Nolan"
    assert one(qs, "Nobody asked the farmers").speaker.name == "Mary Quinn"


# partial quotes and not-quotes ----------------------------------------------------------------


def test_partial_quotes_through_the_reporting_verb(options):
    _, qs = quotes_of(
        "Foreign Minister Ana Silva said on Tuesday that the talks had failed, accusing the rebels of "
        "running a “shadow economy” that fed the war.\n\n"
        "Those efforts, she noted, “came to nothing because of bad faith.”\n\n"
        "Silva thanked the mediators, saying the country would “keep the door open” to talks.",
        options,
    )
    for words in ("shadow economy", "came to nothing", "keep the door open"):
        q = one(qs, words)
        assert q.kind == "partial" and q.speaker.name == "Ana Silva", (words, q)


def test_titles_themes_and_names_are_not_quotes(options):
    _, qs = quotes_of(
        "The minister will attend a summit in Geneva this week to discuss trade with other ministers.\n\n"
        "This year’s theme is “Shared Growth in a Changing World.”\n\n"
        "The country is also hosting a national initiative, “Green Future Week 2026,” from May 3 to 9.\n\n"
        "The boxer Joe “The Hammer” Brown watched from the front row.",
        options,
    )
    texts = [q.text for q in qs]
    assert not any("Shared Growth" in t or "Green Future" in t or "Hammer" in t for t in texts), texts


def test_quoted_words_that_only_modify_a_noun_are_a_label(options):
    # 'a "green corridor" plan': the writer names a thing with words in use for it; whoever speaks in
    # the sentence did not say them. An evaluation in marks, or one word, stays the speaker's.
    _, qs = quotes_of(
        "The two ports signed a shipping accord in Rotterdam on Tuesday after months of talks.\n\n"
        "Officials said the \u201cgreen corridor\u201d plan would cut fuel use on the route by a fifth.\n\n"
        "The mayor said the port remained committed to its \u201cone berth, one ship\u201d rule for tankers.\n\n"
        "Harbour master Lena Vos said the crews had made a \u201cvery costly\u201d mistake last winter.\n\n"
        "The ministry said it delayed the inspections because of the \u201cshort-term\u201d contracts of its staff.\n\n"
        "Union leader Piet Kramer called it a \u201cjobs for robots\u201d scheme.\n\n"
        "Transport minister Ada Kok promised \u201czero emission\u201d berths by the end of the decade.",
        options,
    )
    texts = [q.text for q in qs]
    assert not any("green corridor" in t or "one berth" in t for t in texts), texts
    assert one(qs, "very costly").speaker.name == "Lena Vos"
    assert one(qs, "short-term").kind == "partial"
    assert one(qs, "jobs for robots").speaker.name == "Piet Kramer"
    assert one(qs, "zero emission").speaker.name == "Ada Kok"


def test_a_handle_in_marks_is_a_name(options):
    # one word with a capital inside is a handle or a brand, even where someone is accused of using it
    _, qs = quotes_of(
        "The party was criticised on Monday over its social media accounts during the campaign.\n\n"
        "Rivals accused it of renaming its press account to “verifyNews” to mislead voters.",
        options,
    )
    assert not any(q.text == "verifyNews" for q in qs), [q.text for q in qs]


def test_a_nickname_inside_a_name_is_not_a_quote(options):
    # after an initial the quoted word opens no sentence: only the name around it says it is a nickname
    _, qs = quotes_of(
        "Farmers gathered at the county fair on Saturday for the annual tractor parade.\n\n"
        "Sen. Robert T. “Rusty” Hale handed out the prizes to the winning families.",
        options,
    )
    assert not any(q.text == "Rusty" for q in qs), [q.text for q in qs]


def test_stage_directions_in_a_transcript_are_not_quotes(options):
    _, qs = quotes_of(
        "The two candidates met for their last debate on Tuesday night in the capital.\n\n"
        '"MODERATOR: Your time is up, senator.\n\n'
        '"(LAUGHTER.)\n\n'
        '"OKAFOR: I will be brief, then, and thank everyone for coming tonight."',
        options,
    )
    assert not any("LAUGHTER" in q.text for q in qs), [q.text for q in qs]
    assert one(qs, "I will be brief").kind == "direct"


def test_scare_quotes_without_speaker_are_dropped(options):
    _, qs = quotes_of(
        "The company has described the new product as a breakthrough for the market in several ads.\n\n"
        "Its so-called “smart” fridge went on sale in March at a high price.",
        options,
    )
    assert not any(q.text == "smart" for q in qs)


def test_echoed_phrase_takes_the_speaker_of_the_quote_it_repeats(options):
    # the writer repeats words the spokeswoman said earlier, in a sentence with no reporting verb;
    # a lone word in marks that also turns up in her quote ("record") stays a scare quote
    _, qs = quotes_of(
        "Press secretary Lena Vos spoke to reporters at the port on Monday.\n\n"
        '"I have offered many honest answers on the record, and the rumours need to end," Vos told the station.\n\n'
        'But Vos, by her own count, has offered "many honest answers on the record." That leaves the rest.\n\n'
        'The thin "record" the office released runs to two pages.',
        options,
    )
    echo = [q for q in qs if q.text.startswith("many honest answers")]
    assert echo and echo[0].speaker.name == "Lena Vos"
    assert not any(q.text == "record" for q in qs)


def test_an_echo_of_function_words_only_takes_no_speaker(options):
    # two function words in marks turn up in any long quote: they are no echo of the speaker's words
    _, qs = quotes_of(
        "Harbour master Piet Okonkwo met the fishing crews at the quay on Tuesday.\n\n"
        '"We will close the northern channel for the rest of the season," Okonkwo told the crews.\n\n'
        'Signs on the gate spell the channel\'s name in the old way, "of the" North, as locals do.',
        options,
    )
    assert not any(q.text == "of the" for q in qs), [(q.text, q.speaker) for q in qs]


def test_quoted_crossheads_are_not_quotes(options):
    # a page sets a phrase from the story below as a heading, alone in its paragraph, with no
    # sentence end and no attribution; a quoted sentence alone in its paragraph stays a quote
    _, qs = quotes_of(
        "Mayor Lena Fischer opened the new tram line on Monday after three years of building work.\n\n"
        "“A line for the whole city”\n\n"
        "The line links the harbour with the university, Fischer said at the opening ceremony.\n\n"
        "“We waited a long time for this day.”\n\n"
        "“… close the old depot by spring”\n\n"
        "Workers will move to a new depot in the eastern suburbs next year, the council said.",
        options,
    )
    texts = [q.text for q in qs]
    assert not any("whole city" in t or "old depot" in t for t in texts), texts
    assert one(qs, "We waited a long time").kind == "direct"


def test_short_partial_quote_of_a_named_source(options):
    # scare quotes are dropped only when no one said them: here a source is named each time
    _, qs = quotes_of(
        "Two clerks at the county office are accused of altering voter rolls before the election.\n\n"
        "According to the indictment, the clerks kept “no written records” of the changes.\n\n"
        "The office, according to the audit, hid “backdated forms” in its yearly files.\n\n"
        "Analyst Mark Dunn described the theory that the clerks were acting on orders as “plainly wrong.”\n\n"
        "At the hearing, the older clerk was called a “liar” and asked to leave the room.",
        options,
    )
    for words, source in (("no written records", "indictment"), ("backdated forms", "audit")):
        q = one(qs, words)
        assert q.cue == "according to" and source in (q.speaker.name or q.speaker.descriptor or "")
    assert one(qs, "plainly wrong").speaker.name == "Mark Dunn"
    # "ruled": a court's decision reports, like "said"
    _, ruled = quotes_of(
        "The mayor lost his appeal against the fine on Friday.\n\n"
        "A judge ruled that he must pay within a month because of his “repeated delays”.",
        options,
    )
    delays = one(ruled, "repeated delays")
    assert delays.kind == "partial" and delays.cue == "rule"
    # "cheered", "applauded": a reaction in the speaker's own words, like "praised"
    _, cheered = quotes_of(
        "Councillors approved the new cycle lanes on Tuesday evening.\n\n"
        "Mayor Ines Duarte cheered the “long overdue” decision at a press conference.",
        options,
    )
    assert one(cheered, "long overdue").speaker.name == "Ines Duarte"
    # "called X a '...'": someone's word for X, even when the sentence does not say whose
    assert one(qs, "liar").kind == "partial"


def test_kind_follows_the_writers_sentence(options):
    _, qs = quotes_of(
        "Nurses marched to the regional parliament on Thursday to demand more staff on night shifts.\n\n"
        "Nurses chanted, “Staff the wards,” as they walked past the ministry.\n\n"
        "Minister Paul Brandt told the nurses, “You have done well” in a brief speech.\n\n"
        "His deputy wrote in a letter, “We owe you a great deal” for the long nights.\n\n"
        "“We have the staff we need” on every ward, he told reporters.\n\n"
        "During the debate, he rose and said, “somebody must answer for this,” the union said.\n\n"
        "“When the new budget is passed,” Brandt said, “you will see more nurses on the wards.”\n\n"
        "Those shifts, he added, “remain the hardest to fill in the whole region.”",
        options,
    )
    kinds = {w: one(qs, w).kind for w in ("Staff the wards", "done well", "great deal", "We have the staff")}
    assert kinds == dict.fromkeys(kinds, "partial"), kinds  # a slogan; phrases the writer's sentence goes on after
    # a whole quoted sentence, lower-case after a comma: alone, or the second half of one split by "he said"
    assert one(qs, "somebody must answer").kind == "direct"
    assert one(qs, "you will see more nurses").kind == "direct"
    assert one(qs, "remain the hardest").kind == "partial"  # the rest of the writer's own clause


# indirect speech ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("Premier John Carter said that the army would withdraw by June.", "army would withdraw", "say"),
        ("Premier John Carter told parliament the army would withdraw by June.", "army would withdraw", "tell"),
        ("According to Premier John Carter, the army will withdraw by June.", "army will withdraw", "according to"),
        ("Premier John Carter accused the rebels of breaking the ceasefire.", "rebels of breaking", "accuse"),
        ("Premier John Carter blamed the rebels for the collapse of the talks.", "rebels for the collapse", "blame"),
        ("Premier John Carter left the meeting early, saying the talks had stalled.", "talks had stalled", "say"),
        ("The army, Premier John Carter said, will withdraw by June.", "will withdraw", "say"),
    ],
)
def test_indirect_speech(options, sentence, words, cue):
    intro = "Officials met in the capital on Monday to discuss the conflict and the talks.\n\n"
    _, qs = quotes_of(intro + sentence, options)
    q = one(qs, words)
    assert q.kind == "indirect" and q.speaker.name == "John Carter" and q.cue == cue


# speakers ---------------------------------------------------------------------------------------


def test_pronouns_agree_in_gender(options):
    _, qs = quotes_of(
        "Mrs. Helen Park, the mayor, met Mr. David Stone, the governor, at the city hall on Monday.\n\n"
        "“The bridge will be rebuilt this year,” Stone said.\n\n"
        "“We have the money for it,” she said.",
        options,
    )
    assert one(qs, "bridge will be rebuilt").speaker.name == "David Stone"
    assert one(qs, "We have the money").speaker.name == "Helen Park"


def test_description_resolves_to_introduced_person(options):
    _, qs = quotes_of(
        "Health Minister Rita Owusu opened a new hospital in the northern region on Saturday morning.\n\n"
        "“This hospital will serve a million people,” the minister said.",
        options,
    )
    q = one(qs, "serve a million")
    assert q.speaker.name == "Rita Owusu" and not q.speaker.anonymous


def test_institution_speaks_for_itself_with_channel(options):
    _, qs = quotes_of(
        "The government announced new rules for imports of steel and aluminium on Thursday.\n\n"
        "“The rules take effect next month,” the trade ministry said in a statement.",
        options,
    )
    q = one(qs, "rules take effect")
    assert q.speaker.name == "trade ministry" and not q.speaker.anonymous and q.channel == "statement"


def test_anonymous_sources_stay_one_source(options):
    _, qs = quotes_of(
        "Western officials said the talks had been tense from the very start of the meeting on Friday.\n\n"
        "“Nobody expected a deal this week,” a senior diplomat said, speaking on condition of anonymity.\n\n"
        "“The gap is simply too wide,” the diplomat added.",
        options,
    )
    a, b = one(qs, "Nobody expected"), one(qs, "gap is simply")
    assert a.speaker.anonymous and b.speaker.anonymous
    assert a.speaker.name == b.speaker.name and "diplomat" in a.speaker.name
    assert a.speaker.descriptor and "diplomat" in a.speaker.descriptor


def test_first_person_owners_do_not_break_resolution(options):
    _, qs = quotes_of(
        "The union spoke for its members at a rally in the capital on Monday afternoon.\n\n"
        "“We will not give in,” our office said in a statement, and my colleagues agreed.",
        options,
    )
    assert one(qs, "We will not give in").speaker.name


def test_channels(options):
    _, qs = quotes_of(
        "Two ministers spoke about the floods that hit the coast over the weekend and killed many.\n\n"
        "“Help is on the way,” Interior Minister Omar Haddad said in a post on X.\n\n"
        "“The army has been deployed,” Defence Minister Lina Aziz told a private radio station.",
        options,
    )
    assert one(qs, "Help is on the way").channel == "post on X"
    assert one(qs, "army has been deployed").channel == "private radio station"


def test_channel_after_the_topic_of_said(options):
    # "said of <topic> in a statement": the channel phrase hangs on the topic in the parse
    _, qs = quotes_of(
        "A river authority published its yearly survey of the delta on Tuesday.\n\n"
        "“We checked every sample twice,” hydrologist Mara Lind said of the spring flood gauge readings "
        "in the statement.\n\n"
        "“The levees held,” engineer Tomas Brink said about the long autumn storm season in an interview.",
        options,
    )
    assert one(qs, "every sample twice").channel == "statement"
    assert one(qs, "levees held").channel == "interview"


# malformed input ------------------------------------------------------------------------------


def test_malformed_quotes_do_not_crash(options):
    body = (
        "The council met on Monday to debate the new budget for the coming year in the city.\n\n"
        "“This paragraph opens a quote that never closes, the councillor said on Monday.\n\n"
        'A "stray mark and another " and “ and ” here, the mayor said.\n\nThe meeting ended late in the evening.'
    )
    art, qs = quotes_of(body, options)
    assert art.text  # read and stored, with whatever quotes could be read
    assert one(qs, "opens a quote that never closes")
    assert all(q.start < q.end for q in qs)


def test_ten_thousand_quotation_marks(options):
    from dateline.extract.nlp import load, parse

    nlp = load(options.model)
    text = "The mayor said the plan works. " + "“" * 2500 + '"' * 2500 + "‘" * 2500 + "”" * 2500 + " The end."
    doc = parse(nlp, text)
    assert all(text[q.start : q.end] == q.text for q in doc._.dl_quotes)


# the seed --------------------------------------------------------------------------------------


def test_seed_quotes(seed_records):
    a, b = seed_records
    by = {q.text[:40]: q for q in a.quotes}
    assert len([q for q in a.quotes if q.kind != "indirect"]) >= 20

    def speaker(words):
        return one(a.quotes, words).speaker

    assert speaker("Over the last four days").name == "Attaullah Tarar"
    assert one(a.quotes, "Over the last four days").channel == "post on X"
    assert speaker("penetrated by India").name == "Khawaja Asif"
    assert one(a.quotes, "penetrated by India").channel == "private news channel"
    anon = [speaker(w) for w in ("Three competing blocs", "From the very first session", "staged a manufactured")]
    assert all(s.anonymous for s in anon) and len({s.name for s in anon}) == 1
    ministry = one(b.quotes, "federal minister will participate")
    assert ministry.speaker.name == "IT ministry" and ministry.channel == "statement"
    assert one(b.quotes, "Discussions will be held").speaker.name == "IT ministry"
    assert not any("Inclusive Prosperity" in q.text or "AI Indus Week" in q.text for q in b.quotes)
    assert by  # quotes are keyed by their opening words without collisions


def test_eval_quotes_command(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(
        HEAD + "Mayor Tom Reed opened the new library in the old town hall on Saturday.\n\n"
        "“Books are for everyone,” Reed said.\n\n“Reading is how we grow,” an official said.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps({
            "input": "a.txt",
            "articles": [{"quotes": [
                {"contains": "Books are for everyone", "kind": "direct", "speaker": "Tom Reed"},
                {"contains": "Reading is how we grow", "kind": "direct", "speaker": None, "anonymous": True},
            ]}],
        }),
        encoding="utf-8",
    )  # fmt: skip
    exe = Path(sys.executable).with_name("dateline")
    p = subprocess.run([str(exe), "eval", "quotes", str(gold), "--format", "json"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["quoted"]["recall"] == 1.0 and report["quoted"]["precision"] == 1.0
    assert report["quoted"]["speaker_accuracy"] == 1.0
    assert report["quoted"]["speaker_accuracy_by_basis"] == {"description": 1.0, "name": 1.0}
    bad = tmp_path / "bad.json"
    bad.write_text('{"input": "missing.txt", "articles": []}', encoding="utf-8")
    p = subprocess.run([str(exe), "eval", "quotes", str(bad)], capture_output=True, text=True)
    assert p.returncode == 1 and "missing.txt" in p.stderr


def test_a_wh_object_before_a_speech_verb_is_no_reported_content():
    # "whom to blame": the object comes before the verb; reading it once crashed the whole article
    from dateline import extract

    text = (
        "Critics of the series\n\nShow runners are a thing we know about now; we know whom to blame, and "
        "the head writer draws a fair share. The network said the series would return next year."
    )
    [a] = extract(text)
    assert any("would return next year" in q.text for q in a.quotes)


def test_a_thing_characterised_in_someones_words_is_their_partial_quote():
    from dateline import extract

    text = (
        "Verdict welcomed\n\nNAIROBI - A court on Thursday convicted two officers of murder. Human Rights Watch "
        'described the verdict as "a victory for the families". The minister called the plan "reckless" on Friday.'
    )
    [a] = extract(text)
    quotes = {q.text: q for q in a.quotes}
    assert quotes["a victory for the families"].kind == "partial"
    assert quotes["a victory for the families"].speaker.name == "Human Rights Watch"
    assert quotes["reckless"].kind == "partial"


def test_two_curly_single_marks_close_a_double_quote(options):
    # some wire copy closes a double quote with two single marks
    text = "“The plan was a trick to fool tenants,’’ Ana Reis, head of the tenants’ union, told the radio."
    got = [text[q.start : q.end] for q in find_quoted(text)]
    assert got == ["The plan was a trick to fool tenants,"]
    _, qs = quotes_of(text + " “We will take it to court.”", options)
    q = one(qs, "trick to fool tenants")
    assert (q.speaker.name or "") == "Ana Reis"
