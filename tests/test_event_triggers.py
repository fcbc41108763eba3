"""Event triggers and senses added from the PLOVER 2.0 definitions, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for events in a story\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "
LEAD = "Officials from several countries in the region spoke about the crisis on Monday.\n\n"


def events_of(sentence: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + LEAD + sentence).encode(), options)
    return extract_article(raw, options).events


def found(events, category: str, words: tuple[str, ...]):
    hits = [e for e in events if e.type == category and any(w in e.trigger.lower() for w in words)]
    assert hits, f"no {category} {words} among {[(e.type, e.trigger) for e in events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "hypothetical"),
    [
        # the small parser reads "shot" before "dead" as a noun
        ("Two masked men shot dead a village chief near Kisumu on Sunday, police said.", "ASSAULT", ("shot",), False),
        # a walk-out announced is a protest to come, not a threat of one
        ("The nurses' union said its members would stop work from Tuesday.", "PROTEST", ("stop work",), True),
        # a decision announced in the future is the act, hypothetical (PLOVER 2.0 REJECT: boycott)
        ("The opposition bloc said it will boycott the budget vote.", "REJECT", ("boycott",), True),
        ("Kenya said it would close three of its northern border crossings on Monday.", "SANCTION", ("close",), True),
        ("Uganda shut the border crossing at Busia on Friday.", "SANCTION", ("shut",), False),
        # a meeting scheduled is a meeting to come, no agreement
        ("Health ministers will meet aid donors in Geneva next week.", "CONSULT", ("meet",), True),
        ("A regional conference on the drought opened in Addis Ababa on Monday.", "CONSULT", ("conference",), False),
        # ... but aimed at a named party it is a threat to that party, and under a condition an offer
        ("The union leaders said they would boycott all talks with Uganda.", "THREATEN", ("boycott",), True),
        ("The rebels said they would meet the envoy if he dropped his demands.", "AGREE", ("meet",), True),
        ("The regional bloc said it would tighten its blockade of Somalia's ports.", "THREATEN", ("tighten",), True),
        # peacekeepers who arrive are protection given, no show of force
        ("The first peacekeeping troops from Ghana arrived in Juba on Monday.", "AID", ("arrive",), False),
        # receiving a party is a meeting (PLOVER 2.0 CONSULT: host or receive a visit)
        (
            "The Kenyan president received a delegation of Somali elders in Nairobi on Tuesday.",
            "CONSULT",
            ("receive",),
            False,
        ),
        ("The Security Council convened an emergency session on Sudan on Monday.", "CONSULT", ("convene",), False),
        # retaliation in the future is a threat
        ("Tanzania said it would respond with equal measures to the new tariffs.", "THREATEN", ("respond",), True),
        ("The rebels said they would retaliate for the raid.", "THREATEN", ("retaliate",), True),
        (
            "After the tariffs were imposed, Nairobi said it would respond, but gave no details.",
            "THREATEN",
            ("respond",),
            True,
        ),
        # suspecting someone of a crime accuses them
        ("Three engineers were suspected of passing secrets to a rival firm.", "ACCUSE", ("suspect",), False),
        # a second clause of what was said with "must" is a demand, by its modal and verb
        (
            '"The arrests are unlawful and must stop now," the lawyers\' group told reporters.',
            "REQUEST",
            ("must stop",),
            False,
        ),
        # forces that arrive or join in are forces sent
        (
            "The minister said 300 soldiers would arrive in the flooded district by Friday.",
            "MOBILIZE",
            ("arrive",),
            True,
        ),
        ("The navy joined the search for the missing fishermen on Tuesday.", "MOBILIZE", ("join",), False),
        # conviction and sentencing are the state's legal action on someone
        ("A court in Mombasa convicted two former port officials of fraud on Tuesday.", "COERCE", ("convict",), False),
        ("The judge sentenced the smuggler to ten years in prison.", "COERCE", ("sentence",), False),
        ("A tribunal in Arusha found the former mayor guilty of incitement.", "COERCE", ("guilty",), False),
        # a passive step to come names nobody who threatens
        ("The three smugglers will be sentenced in Mombasa next month.", "COERCE", ("sentence",), True),
        ("Both men were found guilty of smuggling ivory.", "COERCE", ("found guilty",), False),
        # a guilty plea admits the charge; a plea of not guilty rejects it
        (
            "A clerk from Kisumu pleaded guilty on Monday to stealing voting slips.",
            "CONCEDE",
            ("pleaded guilty",),
            False,
        ),
        ("Two wardens pleaded not guilty to the charges in a Nairobi court.", "REJECT", ("not guilty",), False),
        # a settlement reached, even in the plural, is still an agreement
        ("The two banks reached settlements with the regulator last year.", "AGREE", ("settlement",), False),
    ],
)
def test_trigger(options, sentence, category, trigger, hypothetical):
    ev = found(events_of(sentence, options), category, trigger)
    assert ev.hypothetical is hypothetical


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # a press conference is no meeting of parties; a belief is no verdict
        ("The minister told a press conference in Nairobi that prices would fall.", "CONSULT"),
        ("She spoke with deep conviction about the value of schools.", "COERCE"),
        ("The magistrate found the teacher not guilty of assault.", "COERCE"),
        # a thing received is no meeting
        ("The district hospital received forty patients after the bus crash.", "CONSULT"),
        ("The governor received a letter from the prime minister on Monday.", "CONSULT"),
        # a second clause of a forecast is no demand
        ("The board said the audit would start on Monday and should be completed in a month.", "REQUEST"),
        # "the suspect" is a person, and answering questions threatens nobody
        ("The suspect was taken to a police station in Thika.", "ACCUSE"),
        ("The ministry said it would respond to questions from parliament next week.", "THREATEN"),
        ("The company said it would respond in writing to the regulator.", "THREATEN"),
        # a promise to meet someone is still a commitment (AGREE), not a meeting held
        ("Kenya and Ethiopia agreed to meet again in March.", "CONSULT"),
        # a plea in court is no request; settlements people live in are no agreements
        ("A clerk from Kisumu pleaded guilty on Monday to stealing voting slips.", "REQUEST"),
        ("Two wardens pleaded not guilty to the charges in a Nairobi court.", "REQUEST"),
        ("Thousands of herders live in settlements along the dry river bed.", "AGREE"),
        ("The minister toured a Kenyan settlement near the border with Somalia.", "AGREE"),
        # a document put out, a reaction received, a point shown, an impression: no release,
        # meeting, rally or blow
        ("The county prosecutor said in the release that the inquiry was closed.", "RETREAT"),
        ("The police said in a news release that the road had reopened.", "RETREAT"),
        ("The governor's budget was met with jeers from the gallery.", "CONSULT"),
        ("The ruling demonstrates that the courts can act quickly, the lawyer said.", "PROTEST"),
        ("The timing of the transfer struck me as odd, the auditor told the committee.", "ASSAULT"),
        # a disease kills without a doer
        ("An outbreak of cholera killed six villagers near Garissa last week.", "ASSAULT"),
        # reports or money received are no meeting; "seek to" is an attempt; a court fight over
        # extradition is no combat; refugees let in are no concession; forms signed endorse nothing
        ("Nine deaths were confirmed by reports received by the aid group in Lodwar.", "CONSULT"),
        ("The trader returned the fees he received from the county for the contract.", "CONSULT"),
        ("Lobby groups that seek to curb fake news online met the regulator.", "REQUEST"),
        ("The banker is battling extradition to Uganda over the missing funds.", "ASSAULT"),
        ("Kenya admitted thousands of refugees from the fighting across the border.", "CONCEDE"),
        ("Both clerks signed false certifications saying the ballots had been counted.", "SUPPORT"),
        # boilerplate of reporting: an anonymous source, a request for comment
        ("A nurse at the clinic, who asked not to be identified, said supplies ran out.", "REQUEST"),
        ("The ministry did not respond to a request for comment on Tuesday.", "REQUEST"),
    ],
)
def test_not_that_event(options, sentence, category):
    assert not [e for e in events_of(sentence, options) if e.type == category]


def test_avoiding_an_act_says_it_did_not_happen(options):
    ev = found(
        events_of("The governor has avoided direct criticism of the striking nurses.", options),
        "ACCUSE",
        ("criticism",),
    )
    assert ev.negated


def test_a_party_received_is_still_a_meeting(options):
    found(
        events_of("The Kenyan president received the visiting Somali delegation in Nairobi.", options),
        "CONSULT",
        ("receive",),
    )
    found(
        events_of("The delegation was received by the Kenyan president at the airport.", options),
        "CONSULT",
        ("receive",),
    )


def test_time_after_by_is_no_agent(options):
    # "by Friday" is when, not who: the soldiers still arrive
    ev = found(events_of("Officials said 300 soldiers would arrive by Friday.", options), "MOBILIZE", ("arrive",))
    assert ev.hypothetical


# Verb classes by CAMEO code (the PLOVER categories' source): the other members of a class whose
# one member was listed, and the syntax that tells which category a verb has here.
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "hypothetical"),
    [
        ("The Kenyan foreign minister conferred with her counterpart in Kampala.", "CONSULT", ("confer",), False),
        ("The two presidents spoke by telephone on Sunday about the border.", "CONSULT", ("spoke",), False),
        # a title of office names a party ("the secretary of state met ...")
        ("The secretary of state met with the Somali president in Mogadishu.", "CONSULT", ("met",), False),
        ("Tanzania invited the rebel leaders to resume negotiations in Arusha.", "REQUEST", ("invite",), False),
        # a mandative verb over a bare verb: a demand on that clause's subject
        ("Nairobi insisted that Kampala withdraw its police from the island.", "REQUEST", ("insist",), False),
        ("The opposition hailed the ruling as a victory for the constitution.", "SUPPORT", ("hail",), False),
        ("The widow said she had forgiven the men who attacked her husband.", "SUPPORT", ("forgiven",), False),
        ("The new government legalized the banned opposition parties.", "CONCEDE", ("legalize",), False),
        ("Ethiopia declined an invitation to the summit in Khartoum.", "REJECT", ("decline",), False),
        ("The rebels ignored repeated calls by the church to hand over their guns.", "REJECT", ("ignored",), False),
        ("The opposition leader slammed the government's handling of the strike.", "ACCUSE", ("slam",), False),
        ("The bishops berated the police for the beating of students.", "ACCUSE", ("berate",), False),
        ("The rights group charged that detainees had been beaten in custody.", "ACCUSE", ("charged",), False),
        # a charge laid in court is legal action on someone (CAMEO 173), no accusation in words
        ("Prosecutors in Mombasa charged the port manager with fraud on Wednesday.", "COERCE", ("charged",), False),
        ("Three county clerks were charged on Monday with forging land titles.", "COERCE", ("charged",), False),
        # tariffs made heavier on someone are a sanction, and promised under a condition a threat
        ("Kampala raised import duties on Kenyan sugar last week.", "SANCTION", ("raise",), False),
        (
            "The president said he would double tariffs on Tanzanian rice unless talks resumed.",
            "THREATEN",
            ("double",),
            True,
        ),
        # grievances aired are a complaint; someone dragged away by police is coerced
        ("The dockers aired their grievances against the port authority at a rally.", "ACCUSE", ("grievances",), False),
        ("The activist was dragged out of the hall by riot police in Eldoret.", "COERCE", ("dragged",), False),
        # blows by hand
        ("A steward shoved Peter Kamau to the ground after the final whistle.", "ASSAULT", ("shove",), False),
        ("The navy held military exercises off the coast of Lamu on Tuesday.", "MOBILIZE", ("exercise",), False),
        # held jointly, exercises are cooperation
        ("Kenyan and Tanzanian troops held joint military exercises near Namanga.", "COOPERATE", ("joint",), False),
        ("Soldiers from both sides exchanged fire across the river on Friday.", "ASSAULT", ("exchange",), False),
        # a ceasefire broken is combat (CAMEO 196), a ban defied a rejection
        ("The militia violated the ceasefire by shelling a market on Sunday.", "ASSAULT", ("violate",), False),
        ("The government allowed aid agencies access to the flooded districts.", "RETREAT", ("allow",), False),
        # a vow of revenge is a threat (made: a real event, only the revenge may never come); a
        # vow to work with a war crimes court is a commitment
        ("The clan elders vowed to avenge the killing of their chief.", "THREATEN", ("vow",), False),
        ("The new cabinet vowed to cooperate with the war crimes tribunal.", "AGREE", ("vow",), True),
        ("The Ghanaian president toured three East African countries last month.", "CONSULT", ("tour",), False),
        ("Uganda called up its army reservists on Thursday.", "MOBILIZE", ("called up",), False),
        ("Police stepped up security around the electoral commission in Nairobi.", "MOBILIZE", ("step",), False),
        ("The teachers' union expressed solidarity with the striking nurses.", "SUPPORT", ("express",), False),
        ("South Sudan formally recognized Kosovo on Friday, officials in Juba said.", "SUPPORT", ("recognize",), False),
        # ... and by what it acts on, whatever its own word's rules ("the independence" is no party)
        ("Kenya recognized the independence of the new state in 2011.", "SUPPORT", ("recognize",), False),
        # support gathered is support, no street rally and no troops mobilised
        ("The governor rallied support for the water project among the elders.", "SUPPORT", ("rall",), False),
        ("The rebel delegation pulled out of the peace talks in Arusha.", "SANCTION", ("pull",), False),
        ("The opposition withdrew from the negotiations on Monday.", "SANCTION", ("withdr",), False),
        ("Uganda returned forty Kenyan prisoners at the Malaba border.", "RETREAT", ("return",), False),
        ("The court heard that the militia had carried out ethnic cleansing.", "ASSAULT", ("cleansing",), False),
        ("Farmers obstructed the passage of the trucks near Eldoret.", "PROTEST", ("obstruct",), False),
        ("The county assembly voted against the new land bill on Thursday.", "REJECT", ("voted",), False),
    ],
)
def test_verb_class(options, sentence, category, trigger, hypothetical):
    ev = found(events_of(sentence, options), category, trigger)
    assert ev.hypothetical is hypothetical


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # a statement with "insisted", not a bare verb; a charge in another sense
        ("The minister insisted that the talks were going well.", "REQUEST"),
        ("The cavalry charged across the open field.", "ACCUSE"),
        ("The garage charged a fee for the repairs.", "ACCUSE"),
        ("Three county clerks were charged on Monday with forging land titles.", "ACCUSE"),
        # blows by hand land on people, not on things
        ("The clerk shoved the documents into a drawer before the auditors arrived.", "ASSAULT"),
        ("He punched the wall in frustration after the vote on Monday.", "ASSAULT"),
        # charged with a duty, no crime
        ("The commission charged with overseeing the count met in Nakuru on Monday.", "COERCE"),
        ("The new board was charged with the task of rebuilding the port.", "COERCE"),
        # feet dragged, a river dragged for a body, sandbags hauled: no one taken away by force
        ("The police dragged their feet over the theft, and officers dragged the river on Monday.", "COERCE"),
        ("Soldiers hauled sandbags to the flooded school in Kisumu on Monday.", "COERCE"),
        # a price raised charges no one; "on Monday" is a time, aimed at no one
        ("The power utility raised electricity tariffs by nine percent on Monday.", "SANCTION"),
        ("The water board said it would increase its duties to customers next year.", "SANCTION"),
        ("The finance minister raised the duty on cigarettes and beer in the budget.", "SANCTION"),
        # prices decline, a printed invitation asks nobody anything
        ("Coffee prices declined sharply in Nairobi on Monday.", "REJECT"),
        ("The printed invitation reads, 'Join us for the launch.'", "REQUEST"),
        ("The new cabinet vowed to cooperate with the war crimes tribunal.", "THREATEN"),
        # a tour of a place is no visit to a party
        ("The governor toured the flooded villages near Budalangi.", "CONSULT"),
        # a recognition of a fact is no recognition of a state; troops leaving a town break off no talks
        ("The minister recognized that the rains had failed.", "SUPPORT"),
        ("The police withdrew from the market after the clashes.", "SANCTION"),
        ("The governor rallied support for the water project among the elders.", "PROTEST"),
        # a warning of weather, or of what may come, threatens nobody
        ("The meteorological department issued a flood warning for the coast on Monday.", "THREATEN"),
        ("Doctors issued warnings of a cholera outbreak in the camps near Dadaab.", "THREATEN"),
    ],
)
def test_not_that_class(options, sentence, category):
    assert not [e for e in events_of(sentence, options) if e.type == category]


def test_crime_charged_is_its_own_event(options):
    # the charge is legal action; the crime it names is a happening of its own, not part of the charge
    events = events_of("A farm manager near Nakuru was charged with assault on Tuesday.", options)
    found(events, "COERCE", ("charged",))
    found(events, "ASSAULT", ("assault",))


def test_warning_to_a_party_is_a_threat(options):
    events = events_of("The army issued a final warning to the bandits to leave the Kerio Valley.", options)
    found(events, "THREATEN", ("warning",))


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # forces getting ready to strike show force (CAMEO 15): the readying is the event
        ("Ugandan troops were preparing to attack the rebel camps near the border on Monday.", "MOBILIZE", ("prepar",)),
        # computers broken into and sites defaced: coercion (CAMEO 176), but "hacked to death" is a killing
        ("Unknown hackers defaced the websites of three ministries in Nairobi overnight.", "COERCE", ("deface",)),
        ("Two herders were hacked to death by raiders near Baragoi on Sunday, police said.", "ASSAULT", ("hack",)),
    ],
)
def test_readying_and_cyber(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


def test_prepared_as_adjective_is_a_statement(options):
    # "is prepared to": a statement of readiness, a threat, no forces readied
    events = events_of("The interior minister said the government is prepared to impose a curfew in Nakuru.", options)
    assert found(events, "THREATEN", ("prepared",)).hypothetical
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_adverb_inside_a_phrase(options):
    # "called again for": the adverb sits inside the phrase "call for"; a negation would not
    events = events_of("The teachers' union in Kisumu called again for the release of its arrested officials.", options)
    found(events, "REQUEST", ("called again for",))


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # "out of" read as a preposition still makes "force out"; the head noun (an agency) says
        # what was forced out before its compound ("refugee") does
        ("The authorities forced the UN refugee agency out of the northern region on Monday.", "SANCTION", ("forced",)),
        ("The police kicked two foreign reporters out of the country after the election.", "COERCE", ("kicked",)),
    ],
)
def test_out_of_and_head_noun(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("The county government brushed aside the traders' proposal for a new market fee.", "REJECT", ("brush",)),
        ("The rebels balked at the demand to disarm before the elections in the north.", "REJECT", ("balk",)),
        ("Tanzania withdrew from the regional fishing treaty on Monday, officials said.", "REJECT", ("withdr",)),
        ("The regional assembly approved the peace agreement with the rebel groups on Friday.", "SUPPORT", ("approv",)),
        ("The farmers' cooperative lobbied the ministry for higher maize prices this week.", "REQUEST", ("lobb",)),
        ("The rebel leaders consented to a visit by the regional envoy next month.", "AGREE", ("consent",)),
    ],
)
def test_more_of_the_classes(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


def test_protest_to_a_party_is_a_complaint(options):
    events = events_of("Kenya protested to Uganda over the arrest of its fishermen on Migingo island.", options)
    found(events, "ACCUSE", ("protest",))
    assert not [e for e in events if e.type == "PROTEST"]


# WordNet 3.0's synonyms and nominalizations of the lexicon's words (data/triggers_wordnet.yaml)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("Army helicopters strafed a column of rebel pickups outside Bossangoa on Tuesday.", "ASSAULT", ("strafed",)),
        ("The junta incarcerated four union organisers in Conakry last week.", "COERCE", ("incarcerated",)),
        ("Rebel commanders demilitarized the hills around Kalehe on Sunday.", "RETREAT", ("demilitarized",)),
        ("The old monarch abdicated in favour of his nephew on Saturday.", "RETREAT", ("abdicated",)),
        ("Two envoys from Malawi will renegotiate the fishing accord with Mozambique.", "CONSULT", ("renegotiate",)),
        # nouns of the act: "kidnapping", "imprisonment", "detonation"
        ("Relatives condemned the imprisonment of three reporters in Asmara.", "COERCE", ("imprisonment",)),
        ("The detonation of a roadside device near Baidoa killed two soldiers on Friday.", "ASSAULT", ("detonation",)),
        # WordNet's phrases, read as the lexicon's are ("took up arms", "booted out")
        ("The ministry booted out two Zambian attaches on Monday over the leak.", "SANCTION", ("booted out",)),
    ],
)
def test_wordnet_trigger(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


@pytest.mark.parametrize(
    "sentence",
    [
        # drawn from verb senses: as nouns they name other things
        "Her nephew worked as an intern at the trade ministry in Lilongwe for two summers.",
        # a harm drawn from WordNet is checked for nature or an accident as its cause, like "kill"
        "A landslide maimed three miners in the hills above Kakamega early on Friday.",
        "A cyclone slaughtered hundreds of goats on the islands off Beira last March.",
        # WordNet words whose everyday sense in the news is sport, markets, goods or exams
        "Dozens of pupils were retaking the maths paper in the school hall on Monday.",
        "The decimation of coral reefs along the coast has alarmed divers for a decade.",
        "The helpline faced an onslaught of emails after the new tariff started.",
        "Subscribers noticed the throttling of broadband speeds during the evening peak.",
        "Analysts expected a pullback in bank shares after a strong first quarter.",
        "The cost of intermediation keeps small farmers away from credit.",
        "The striker's wage dispute went to arbitration before the season began.",
        "The warehouse despatched nine hundred orders before the holiday weekend.",
        "Residents were told to chuck out broken furniture before the spring collection.",
        "The home side annihilated the visitors six goals to nil in the cup final.",
    ],
)
def test_wordnet_trigger_not_an_event(options, sentence):
    events = events_of(sentence, options)
    assert not events, [(e.type, e.trigger) for e in events]


def test_wordnet_triggers_yield_to_the_lexicon():
    from dateline import rules
    from dateline.extract.events import _lexicon, _wordnet_triggers

    lexicon = rules.load_yaml("events.yaml")["triggers"]
    own = {str(next(iter(w)) if isinstance(w, dict) else w).lower() for ws in lexicon.values() for w in ws}
    drawn = _wordnet_triggers("triggers") | _wordnet_triggers("nouns")
    assert drawn and not own & set(drawn)  # the generator leaves out the lexicon's words
    assert _lexicon()["triggers"]["strafe"] == ("ASSAULT", None)


# General vocabulary of conflict and diplomacy news: a captive freed, property set ablaze, a
# stoning, a regret expressed, the internet cut off
@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("The kidnappers freed four hostages near Lamu on Tuesday, the navy said.", "RETREAT", ("freed",)),
        ("A crowd set the district office ablaze after the count on Monday.", "ASSAULT", ("set",)),
        ("Villagers stoned two tax collectors in Kitui on Saturday, police said.", "ASSAULT", ("stoned",)),
        ("The defence minister expressed regret over the border shooting on Friday.", "CONCEDE", ("regret",)),
        ("The authorities shut down the internet across the province on Sunday.", "COERCE", ("shut",)),
    ],
)
def test_conflict_vocabulary(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


@pytest.mark.parametrize(
    "sentence",
    [
        # funds freed, a fire from lightning, a stone as a thing
        "The treasury freed up funds for the school meals scheme on Monday.",
        "Lightning set a grain store ablaze near Eldoret on Sunday night.",
        "Workers laid the foundation stone of the new clinic on Monday.",
    ],
)
def test_conflict_vocabulary_other_senses(options, sentence):
    events = events_of(sentence, options)
    assert not [e for e in events if e.type in ("RETREAT", "ASSAULT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("Unrest spread to two more market towns in the west on Thursday.", "PROTEST", ("unrest",)),
        ("Elders met on Sunday to end the bloodshed between the two clans.", "ASSAULT", ("bloodshed",)),
    ],
)
def test_words_for_unrest_and_fighting(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)


def test_economic_unrest_is_no_protest(options):
    events = events_of("Economic unrest among small traders worried the central bank this year.", options)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("The two foreign ministers held a telephone conversation on Tuesday.", "CONSULT", ("conversation",)),
        ("Soldiers razed a fishing village near the delta on Sunday, witnesses said.", "ASSAULT", ("razed",)),
        ("Hundreds of protesters occupied the health ministry in Nairobi on Monday.", "PROTEST", ("occupied",)),
        ("The governor granted clemency to twelve inmates on Friday.", "CONCEDE", ("clemency",)),
    ],
)
def test_more_words_of_the_families(options, sentence, category, trigger):
    found(events_of(sentence, options), category, trigger)
