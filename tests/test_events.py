"""Events and casualties on sentences written for these tests, then the seed."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for events in a story\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "


def article(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body).encode(), options)
    return extract_article(raw, options)


def names(art, ids):
    by = {e.id: e.name for e in art.entities}
    return [by[i] for i in ids]


def event(art, category, trigger_words):
    hits = [e for e in art.events if e.type == category and any(w in e.trigger.lower() for w in trigger_words)]
    assert hits, f"no {category} {trigger_words} among {[(e.type, e.trigger) for e in art.events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # PLOVER 2.0 codes signing an agreement SUPPORT (a promise to sign is AGREE)
        ("Kenya and Ethiopia signed an agreement on trade in Addis Ababa on Monday.", "SUPPORT", ("sign",)),
        ("Kenya and Ethiopia reached an agreement on trade in Addis Ababa on Monday.", "AGREE", ("agreement",)),
        ("The foreign ministers of Kenya and Uganda met in Kampala on Tuesday.", "CONSULT", ("met",)),
        ("The African Union endorsed the peace plan drawn up by Kenya.", "SUPPORT", ("endorse",)),
        ("Kenya and Somalia will cooperate on border security, officials said.", "AGREE", ("cooperate",)),
        ("The rebels agreed to cooperate with the army on demining.", "AGREE", ("agreed",)),
        ("The World Bank provided emergency aid to Somalia after the floods.", "AID", ("aid", "provided")),
        ("Ethiopia withdrew its troops from the disputed town of Badme.", "RETREAT", ("withdrew",)),
        ("Uganda demanded that Kenya release the detained fishermen.", "REQUEST", ("demanded",)),
        ("Sudan accused Ethiopia of backing the rebel militia.", "ACCUSE", ("accused",)),
        ("Eritrea rejected the proposal for new border talks.", "REJECT", ("rejected",)),
        ("Somalia threatened to expel the Kenyan ambassador over the dispute.", "THREATEN", ("threaten",)),
        ("Thousands of farmers protested in Nairobi against the new tax.", "PROTEST", ("protest",)),
        ("The European Union imposed sanctions on Sudan's military leaders.", "SANCTION", ("sanction",)),
        ("Kenya deployed troops to the border with Somalia on Sunday.", "MOBILIZE", ("deployed",)),
        ("Police arrested 40 protesters in Kampala on Friday.", "COERCE", ("arrested",)),
        # an arrest told by where the person is put (by_goal in events.yaml)
        ("The driver of the lorry was taken into custody near Eldoret.", "COERCE", ("custody",)),
        ("Coast guards took eleven smugglers into custody off Lamu.", "COERCE", ("custody",)),
        ("Militants attacked an army base near Mogadishu on Saturday.", "ASSAULT", ("attacked",)),
        ("Ethiopia admitted its forces had crossed into Sudan.", "CONCEDE", ("admitted",)),
    ],
)
def test_one_sentence_per_category(options, sentence, category, trigger):
    art = article("Officials from several countries in the region spoke about the crisis.\n\n" + sentence, options)
    event(art, category, trigger)


def test_actors_recipients_location_date(options):
    art = article(
        "Officials spoke about the conflict on Wednesday.\n\n"
        "Sudan accused Ethiopia of backing the rebel militia on Monday.\n\n"
        "Kenya and Uganda met in Kampala on Oct. 19 to discuss the border.",
        options,
    )
    acc = event(art, "ACCUSE", ("accused",))
    assert names(art, acc.actors) == ["Sudan"] and names(art, acc.recipients) == ["Ethiopia"]
    assert acc.date is not None and acc.date.value == "2025-10-27"
    met = event(art, "CONSULT", ("met",))
    assert set(names(art, met.actors)) == {"Kenya", "Uganda"}
    assert met.location is not None and met.location.name == "Kampala" and met.location_source == "clause"
    assert met.date is not None and met.date.value == "2025-10-19"


def test_follow_up_paragraph_takes_place_and_day_of_the_same_doers(options):
    # a paragraph that goes on about the same doers tells the same happening: its place and day
    # are the paragraph before's, not the dateline's and the publication's; other doers are not
    art = article(
        "Troops fired on students in the northern town of Garissa on Monday night.\n\n"
        "Hundreds of students blocked roads with burning tyres, witnesses said.\n\n"
        "Farmers blocked roads with burning tyres, witnesses said.",
        options,
    )
    blocked = [e for e in art.events if e.type == "PROTEST" and "blocked" in e.trigger]
    assert len(blocked) == 2
    students, farmers = sorted(blocked, key=lambda e: e.evidence.start)
    assert students.location is not None and students.location.name == "Garissa"
    assert students.location_source == "paragraph"
    assert students.date is not None and students.date.value == "2025-10-27" and students.date_source == "paragraph"
    assert farmers.location_source == "dateline" and farmers.date_source == "published"


def test_a_thing_said_borrows_no_day_from_the_paragraph_before(options):
    # the warning is told at the time of the report, not on the day of the shooting before it
    art = article(
        "Troops fired on students in the northern town of Garissa on Monday night.\n\n"
        "The students warned that they would march again if the soldiers were not punished.",
        options,
    )
    ev = next(e for e in art.events if "warned" in e.trigger)
    assert ev.date_source == "published" and ev.location_source == "dateline"


def test_common_people_do_not_tie_two_paragraphs(options):
    # "people" are in many paragraphs: the second gathering is not the first one's
    art = article(
        "Police fired on people in the northern town of Garissa on Monday night.\n\n"
        "Thousands of people marched through the capital, organisers said.",
        options,
    )
    ev = event(art, "PROTEST", ("marched",))
    assert ev.location_source == "dateline" and ev.date_source == "published"


def test_day_told_earlier_in_the_paragraph_dates_a_past_event(options):
    art = article(
        "On Monday troops fired on students in the northern town of Garissa. Students blocked roads.", options
    )
    ev = event(art, "PROTEST", ("blocked",))
    assert ev.date is not None and ev.date.value == "2025-10-27" and ev.date_source == "paragraph"


def test_dateline_place_and_published_date_are_marked_as_fallbacks(options):
    art = article(
        "Officials met the protesters in the morning to hear their complaints about the new tax on fuel.\n\n"
        "Later the protesters attacked a police station.",
        options,
    )
    ev = event(art, "ASSAULT", ("attacked",))
    assert ev.location is not None and ev.location.name == "Nairobi" and ev.location_source == "dateline"
    assert ev.date is not None and ev.date.value == "2025-10-29" and ev.date_source == "published"


def test_negated_hypothetical_and_reported(options):
    art = article(
        "The talks ended without a result on Monday, officials said.\n\n"
        "The talks failed to yield an agreement.\n\n"
        "The rebels might attack the capital if the talks collapse.\n\n"
        "Clashes killed 12 soldiers near the border, according to the army.",
        options,
    )
    assert event(art, "AGREE", ("agreement",)).negated
    assert event(art, "ASSAULT", ("attack",)).hypothetical
    clash = event(art, "ASSAULT", ("clash",))
    assert clash.reported_by is not None


def test_seed_events(seed_records):
    a, b = seed_records
    strike = event(a, "ASSAULT", ("airstrike",))
    assert strike.mode == "aerial" and strike.location is not None and strike.location.name == "Kabul"
    clashes = [e for e in a.events if e.type == "ASSAULT" and "clash" in e.trigger.lower()]
    counted = {(c.count, c.status) for e in clashes for c in e.casualties}
    assert counted >= {(5, "killed"), (25, "killed")}
    assert event(a, "AGREE", ("ceasefire",)).date.value == "2025-10-19"
    assert "Khawaja Asif" in names(a, event(a, "ACCUSE", ("blamed",)).actors)
    assert event(b, "CONSULT", ("visit", "arriv", "attend", "meeting")).location.name == "Kuwait"


def test_markdown_report_is_a_reading_aid(options):
    from dateline.report import markdown

    text = (
        "Officials from both countries spoke about the dispute on Monday.\n\n"
        "Sudan accused Ethiopia of backing the <b>rebel</b> militia on Monday, officials said.\n\n"
        "Ethiopia denied the accusation. " + "The talks went on for hours without a result. " * 12
    )
    art = article(text, options)
    md = markdown(art)
    assert "## When" in md and "## What happened" in md
    assert "<b>" not in md  # article text is escaped
    assert "without a result" in md.rsplit("## Text", 1)[1]  # the whole text, not its first lines
    assert "@" not in md and "\\#" not in md  # no raw offsets, no escaped source markers
    # each event beside its sentence
    assert "> Sudan accused Ethiopia" in md
    # claims only where they add to the quotes: the denial, not every assertion again
    assert "## Claims" not in md


def test_rule_lists_hold_words_not_yaml_booleans():
    from dateline import rules

    assert "no" in rules.word_set("events.yaml", "negators")


def descriptors(ev):
    return [d.text for d in ev.actor_descriptors]


def lead(body: str) -> str:
    return "Officials from several countries in the region spoke about the crisis on Wednesday.\n\n" + body


# who did what to whom: (sentence, category, trigger words, actor names, actor descriptor texts)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "descs"),
    [
        # a passive without "by": the people shot are not who shot
        ("Two police officers had been shot outside the station in Kisumu.", "ASSAULT", ("shot",), set(), []),
        # the subject of another clause is not the agent
        ("After nine worshippers were killed in June, the governor admitted that the police had failed.",
         "ASSAULT", ("killed",), set(), []),
        # a partitive: the protesters did it
        ("Hundreds of protesters stormed the embassy on Friday.", "ASSAULT", ("stormed",), set(), ["protesters"]),
        # a passive with "by": the agent
        ("The village was attacked by gunmen on Tuesday night.", "ASSAULT", ("attacked",), set(), ["gunmen"]),
        # a relative clause: the noun it hangs on
        ("The generals, who seized power in July, arrested the former president.", "COERCE", ("arrested",),
         set(), ["generals"]),
        # modifiers name the side
        ("Ugandan troops raided a market near the border on Sunday.", "COERCE", ("raided",), None,
         ["Ugandan troops"]),
        ("Security forces opened fire on the crowd in the capital.", "ASSAULT", ("open",), set(), ["Security forces"]),
        # a participle borrows the subject of its verb
        ("Kenyan troops entered the camp, killing dozens of fighters.", "ASSAULT", ("killing",), None,
         ["Kenyan troops"]),
        # ... and is what the event noun that verb takes did: one event ("launched airstrikes, killing")
        ("Kenya launched airstrikes on the camp, killing dozens of fighters.", "ASSAULT", ("airstrikes",), {"Kenya"},
         []),
        # coordination
        ("Kenya and Ethiopia signed a security pact in Addis Ababa.", "SUPPORT", ("signed",), {"Kenya", "Ethiopia"},
         []),
        # the owner of a noun trigger
        ("Somalia's airstrikes hit three villages.", "ASSAULT", ("airstrike",), {"Somalia"}, []),
        # a name in apposition is the party, not the owner before it
        ("Kenya's national carrier Kenya Airways signed a deal with Boeing on Monday.", "SUPPORT", ("signed",),
         {"Kenya Airways"}, []),
    ],
)  # fmt: skip
def test_actors_from_the_predicate(options, sentence, category, trigger, actors, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    if actors is not None:
        assert set(names(art, ev.actors)) == actors
    assert descriptors(ev) == descs


def test_objecting_to_a_deal_is_no_agreement_between_the_objectors(options):
    art = article(lead("Kenya and Uganda objected to the deal on Monday."), options)
    assert not [e for e in art.events if e.type == "AGREE" and not e.negated and e.actors]
    assert set(names(art, event(art, "REJECT", ("objected",)).actors)) == {"Kenya", "Uganda"}


# trigger words that are no event here: (sentence, category that must not appear)
@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The White House press secretary spoke to reporters about the budget.", "REQUEST"),
        ("Executives met at a banking retreat in the hills outside the city.", "RETREAT"),
        ("The opposition walked out of the so-called peace talks on Monday.", "CONSULT"),
        ("The museum hosts mosaics from the Roman era.", "CONSULT"),
        ("Critics called the arrangement a deal with the devil.", "AGREE"),
        ("Reports of mass killings reached aid workers in the north.", "MOBILIZE"),
        ("The Turkey-backed militia controls the town.", "SUPPORT"),
        ("An earthquake killed eight people in the mountains on Sunday.", "ASSAULT"),
        ("Six workers were killed when a chemical plant exploded on Thursday.", "ASSAULT"),
        ("Some 3,000 residents were evacuated to schools after the river burst its banks.", "RETREAT"),
        ("Officials ordered the evacuation of hundreds of families from the valley.", "RETREAT"),
        ("The interior ministry released a statement on the budget late on Monday.", "RETREAT"),
        ("Two children fell ill after breathing a gas released from a leaking tanker.", "RETREAT"),
        ("A police helicopter captured footage of the flooded highway.", "COERCE"),
        ("The injured were flown to a hospital in Eldoret late on Sunday.", "ASSAULT"),
        ("Four fishermen were killed when a storm capsized their boat off Lamu.", "ASSAULT"),
        # the cause is the noun a relative clause hangs on
        ("Sales fell after two crashes of its regional jet that killed 120 people in six months.", "ASSAULT"),
        # industrial accidents, and the harm told in the next sentence of the paragraph
        ("Three workers were injured in an explosion at a chemical plant near the port.", "ASSAULT"),
        ("An explosion ripped through a fireworks warehouse in Thika, killing four people.", "ASSAULT"),
        ("A boiler exploded at a textile mill in Eldoret on Tuesday. Two workers were later killed.", "ASSAULT"),
        ("Mudslides buried homes after days of heavy rain in the hills. Scores were injured.", "ASSAULT"),
        # a phrasal verb with its own sense
        ("The county government backed down and shelved the new market fees.", "SUPPORT"),
        # a participle as a noun, words of a name, a relation, people who moved themselves
        ("The woman told the court that the accused had followed her home.", "ACCUSE"),
        ("Red Cross staff visited prisoners of war held near the frontier.", "ASSAULT"),
        ("Thousands of families have fled the war-torn province since March.", "ASSAULT"),
        ("Local radio allied with the ruling party said turnout was high.", "COOPERATE"),
        ("Army units, acting in support of the navy, secured the harbour.", "SUPPORT"),
        ("The county settled forty families on land near the lake.", "AGREE"),
        ("Some 2,000 villagers evacuated to higher ground as the river rose.", "RETREAT"),
        ("A neighbour offered the stranded driver a lift into town.", "CONCEDE"),
        ("The bushfire burned dozens of homes in the hills overnight.", "ASSAULT"),
        # business and technology news: products released, machines that allow or offer,
        # illness fought, markets that strike highs, software demonstrated, signs, take-offs
        ("The new tablet was released in March and sold out within days.", "RETREAT"),
        ("A software fault allowed the doors to open during the climb.", "CONCEDE"),
        ("The lighter frame will offer better fuel economy to operators.", "AGREE"),
        ("The new engine will provide a big cut in noise near airports.", "AGREE"),
        ("The singer has been fighting leukemia since last spring.", "ASSAULT"),
        ("The shilling struck a six-month high against the dollar on Friday.", "ASSAULT"),
        ("Engineers demonstrated the new payment app to reporters.", "PROTEST"),
        ("Bankers said there were early signs of recovery in lending.", "AGREE"),
        ("The cargo plane lifted off from Mombasa shortly after dawn.", "CONCEDE"),
        # contests and efforts that are no combat, bargains, clues, suffering eased
        ("The grandparents have fought to keep the girl in Kisumu.", "ASSAULT"),
        ("The custody battle over the twins has dragged on for a year.", "ASSAULT"),
        # keeping that is no arrest: guardianship of a person, things put in safe keeping
        ("Welfare officers took the two toddlers into protective custody after their mother fell ill.", "COERCE"),
        ("A family court placed the orphaned boy in the custody of his aunt in Nakuru last week.", "COERCE"),
        ("Customs officers placed the seized ivory in custody at the port.", "COERCE"),
        ("Buyers said the flat was a great deal at that price.", "AGREE"),
        ("The phone records may yield important clues, detectives said.", "CONCEDE"),
        ("Volunteers did all they could to ease the suffering of the families.", "CONCEDE"),
        ("The envoy, ending a three-day visit, said the border would reopen.", "SANCTION"),
        # a source's silence to the press rejects no one
        ("A spokeswoman for the ministry declined to comment on the report.", "REJECT"),
        ("The company refused to elaborate on its plans for the mine.", "REJECT"),
        # a rule or deal that is defied or broken is referred to, not made
        ("Hundreds of traders defied a ban on street stalls and reopened in the market.", "SANCTION"),
        ("Both sides violated the ceasefire within hours, monitors said.", "AGREE"),
        # "the explosion" told again after an industrial accident
        (
            "Nine workers were hurt when a kiln at a brick factory exploded on Monday. "
            "The explosion occurred at Mwangi Clay Works Ltd in the Athi River industrial area.",
            "ASSAULT",
        ),
    ],
)
def test_non_event_senses(options, sentence, category):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == category], [(e.type, e.trigger) for e in art.events]


def test_an_arrest_by_custody_is_triggered_by_the_words_naming_it(options):
    # the one put in custody is no part of the trigger: "into custody" names the act
    art = article(lead("Detectives took 14 of them into custody in the town of Voi late on Tuesday."), options)
    ev = event(art, "COERCE", ("custody",))
    assert ev.trigger == "into custody", ev.trigger


@pytest.mark.parametrize(
    "sentence",
    [
        "In their first debate on Tuesday, the two candidates attacked each other's policies on trade.",
        "The opposition attacked the budget of the governor in Lilongwe.",
    ],
)
def test_a_plan_or_policy_attacked_is_criticism(options, sentence):
    # an attack in words on a plan or a record is disapproval, PLOVER ACCUSE, not no event
    art = article(lead(sentence), options)
    event(art, "ACCUSE", ("attacked",))
    assert not [e for e in art.events if e.type == "ASSAULT"]


def test_a_refusal_to_act_is_still_a_rejection(options):
    art = article(lead("Kenya declined to join the coalition against the rebels."), options)
    event(art, "REJECT", ("declined",))


# scope: (sentence, category, trigger words, negated, hypothetical)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "negated", "hypothetical"),
    [
        ("The government will stop supporting the rebels and cease the bombing of the city.",
         "SUPPORT", ("support",), True, None),
        ("The government will stop supporting the rebels and cease the bombing of the city.",
         "ASSAULT", ("bombing",), True, None),
        ("Officials warned that the embargo can be reinstated at any time.", "SANCTION", ("embargo",), False, True),
        ("The ministry could not provide details of the talks held in Doha.", "CONSULT", ("talks",), False, None),
        ("No one was arrested after the march.", "COERCE", ("arrested",), True, None),
        # what a call or push is for has not happened: it is asked for
        ("The farmers' union called for an emergency meeting of the council on Monday.",
         "CONSULT", ("meeting",), False, True),
        ("Opposition leaders pushed for talks with the government.", "CONSULT", ("talks",), False, True),
        ("The talks called for by the opposition took place in Kampala on Monday.", "CONSULT", ("talks",), False,
         False),
        # an act in the bare clause a modal verb governs is only wished or made possible
        ("The ministers would like to see the rebels surrender their weapons.", "RETREAT", ("surrender",), False,
         True),
        ("The plan would allow the two parties to negotiate a truce.", "CONSULT", ("negotiate",), False, True),
        ("The ministers would prefer to negotiate with the rebels.", "CONSULT", ("negotiate",), False, True),
        # a "whether" clause is a question: neither said to have happened nor not
        ("The inquiry looks into whether the soldiers attacked the village.", "ASSAULT", ("attacked",), False,
         True),
        ("The minister did not say whether he resigned or was dismissed.", "RETREAT", ("resigned",), False, True),
        # what was supposed to happen is only planned or owed
        ("The two envoys were supposed to meet in Oslo on Monday.", "CONSULT", ("meet",), False, True),
        ("The talks were supposed to be held in Oslo on Monday.", "CONSULT", ("talks",), False, True),
        # a tensed clause under a modal is told as fact
        ("Officials could confirm that soldiers attacked the village on Monday.", "ASSAULT", ("attacked",), False,
         False),
    ],
)  # fmt: skip
def test_negation_cessation_and_modality_per_event(options, sentence, category, trigger, negated, hypothetical):
    ev = event(article(lead(sentence), options), category, trigger)
    assert ev.negated is negated
    if hypothetical is not None:
        assert ev.hypothetical is hypothetical


def test_lifting_sanctions_is_a_concession_only(options):
    art = article(lead("The council voted on Monday to lift sanctions on Sudan."), options)
    event(art, "CONCEDE", ("lift",))
    assert not [e for e in art.events if e.type == "SANCTION"]


def test_quoted_words_that_are_no_event(options):
    art = article(lead('"Nothing is agreed until everything is agreed," the chief negotiator told reporters.'), options)
    agreed = [e for e in art.events if e.type == "AGREE"]
    assert all(e.negated or e.hypothetical for e in agreed)
    assert all(e.reported_by is not None for e in agreed)


# other readings of a word, by its syntax: (sentence, category, trigger words)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("Hundreds of teachers began a hunger strike in Mombasa on Monday.", "PROTEST", ("hunger strike",)),
        ("Rebel fighters seized the provincial capital on Sunday.", "ASSAULT", ("seized",)),
        ("Police seized a cache of rifles in a raid on the farm.", "COERCE", ("seized",)),
        ("The army set up a new base near the town.", "MOBILIZE", ("set",)),
        ("Rockets hit the airport in the early hours of Monday.", "ASSAULT", ("hit",)),
        ("Japan said it had halted economic aid to the regime.", "SANCTION", ("halted",)),
        ("The rebels offered to release the hostages.", "AGREE", ("offered",)),
        ("The ministry said Kenya must release the detained fishermen.", "REQUEST", ("said",)),
        ("The army evacuated its last outpost in the north on Tuesday.", "RETREAT", ("evacuated",)),
        ("Rebels released eleven soldiers captured near the border.", "RETREAT", ("released",)),
        ("Uganda said it will withdraw its troops from Somalia unless it is paid.", "THREATEN", ("withdraw",)),
        ("Uganda said it will withdraw its troops from Somalia next year.", "AGREE", ("withdraw",)),
        ("The military government imposed martial law in three provinces.", "COERCE", ("martial law",)),
        ("Navy helicopters evacuated the wounded from the besieged port on Friday.", "AID", ("evacuated",)),
        ("Norway launched a mediation effort between the two parties on Saturday.", "CONSULT", ("mediation",)),
        ("Tanzania extradited a suspected arms dealer to Belgium on Monday.", "COOPERATE", ("extradited",)),
        ("Kenyan and British troops began two weeks of war games near Nanyuki.", "COOPERATE", ("war games",)),
        ("The militia has sworn to fight until it takes back the valley.", "THREATEN", ("sworn",)),
        ("Riot police opened fire on demonstrators outside the governor's office.", "COERCE", ("opened fire",)),
        ("Gunmen opened fire on a campaign rally in the town square.", "ASSAULT", ("opened fire",)),
        ("Tens of thousands of opponents of the junta gathered in the capital on Sunday.", "PROTEST", ("gathered",)),
        ("A fighter of the Desert Storm Brigade was killed in a roadside bomb blast.", "ASSAULT", ("killed", "blast")),
        ("Hundreds of youths went on a looting spree in the township overnight.", "ASSAULT", ("looting",)),
        ("The governor said he was prepared to impose a curfew on the port.", "THREATEN", ("prepared",)),
        # bombs and attackers make an explosion an attack, wherever it was
        ("A car bomb explosion killed five soldiers near the base.", "ASSAULT", ("explosion", "killed")),
        ("Militants blew up a gas pipeline in the delta, killing two guards.", "ASSAULT", ("blew up", "killing")),
        (
            "Two people were killed when troops opened fire on a crowd near the fire station.",
            "ASSAULT",
            ("killed", "opened fire"),
        ),
        ("Six people were killed when government forces used chlorine gas on the suburb.", "ASSAULT", ("killed",)),
        # blows on protesters by the state's forces: repression
        ("Police beat demonstrators with batons outside parliament on Monday.", "COERCE", ("beat",)),
        # phrasal forms
        ("Security forces cracked down on protesters in the capital.", "COERCE", ("cracked down",)),
        ("Police rounded up dozens of opposition supporters overnight.", "COERCE", ("rounded up",)),
        ("Opposition members walked out of parliament in protest at the bill.", "PROTEST", ("walked out",)),
        ("The county government backed down and shelved the new market fees.", "CONCEDE", ("backed down",)),
        ("The council turned down the request for a new stadium.", "REJECT", ("turned down",)),
        ("The two rebel groups teamed up against the army in the north.", "COOPERATE", ("teamed up",)),
        # putting off a meeting is a diplomatic sanction; letting something happen is a concession
        ("Kenya cancelled talks with Somalia over the maritime dispute.", "SANCTION", ("cancelled",)),
        ("Uganda postponed a planned visit by the Kenyan president.", "SANCTION", ("postponed",)),
        ("The junta pardoned 23 political prisoners on Independence Day.", "CONCEDE", ("pardoned",)),
        ("The government allowed the opposition to hold its rally in Uhuru Park.", "CONCEDE", ("allowed",)),
        ("The government will allow opposition parties to hold rallies.", "AGREE", ("allow",)),
        # a refusal stated for the future is a rejection; a resignation announced stays one
        ("Tanzania says it will not accept any more refugees from Burundi.", "REJECT", ("accept",)),
        ("The health minister will resign at the end of the month.", "RETREAT", ("resign",)),
        # by what the verb acts on
        ("The president banned two opposition parties from the election.", "COERCE", ("banned",)),
        # announced with no party it is aimed at: the act itself, to come (a threat names its target)
        ("The regional bloc said it would tighten the blockade of the port.", "SANCTION", ("tighten",)),
        ("Kenya and Uganda have been sharing intelligence on the militants.", "COOPERATE", ("sharing",)),
        ("The governor pressured the nurses to end their strike.", "REQUEST", ("pressured",)),
        # a verb coded by its object is not checked as its own sense ("free" needs a party freed)
        ("Government forces on Wednesday freed several villages from the militants.", "ASSAULT", ("freed",)),
        # a noun coded by what does it
        ("Three raids by army helicopters left the rebels with heavy losses.", "ASSAULT", ("raids",)),
        # a raid is coercion when the state's forces do it, an attack when others do
        ("Police raided the offices of the opposition newspaper on Monday.", "COERCE", ("raided",)),
        ("The insurgents raided a military base near Kismayo before dawn.", "ASSAULT", ("raided",)),
        # diplomats sent home or called back: relations cut
        ("The United States threw out 35 Russian diplomats on Thursday.", "SANCTION", ("threw",)),
        ("Kenya recalled its ambassador to Somalia for consultations.", "SANCTION", ("recalled",)),
        # more phrasal forms
        ("The opposition walked away from the talks on Monday.", "REJECT", ("walked away",)),
        ("Gunmen took hostage two engineers working on the dam.", "ASSAULT", ("took hostage",)),
        ("The rebels set free 12 soldiers captured last year.", "RETREAT", ("set free",)),
        ("The army laid siege to the rebel-held town.", "ASSAULT", ("laid siege",)),
        # weapons found, by quantity or by the participle on them, and units formed
        (
            "Security forces discovered a large amount of ammunition in a cave near the border.",
            "COERCE",
            ("discovered",),
        ),
        ("Special groups of troops have been formed in four counties.", "MOBILIZE", ("formed",)),
        # a past tense the tagger misread (lemma "rap", an adjective) is still the verb
        ("Two men raped a teenager near the bus depot, police said.", "ASSAULT", ("raped",)),
        ("The mob looted stalls and torched cars along the avenue.", "ASSAULT", ("torched",)),
        # a "by" phrase the parser hung on the noun above the trigger
        ("The insurgents suffered losses in raids by government helicopters.", "ASSAULT", ("raids",)),
        # property burnt, mines laid, explosives spotted
        ("Several shops owned by migrants were burned overnight in the township.", "ASSAULT", ("burned",)),
        ("Landmines were planted by the militia along the road to the market.", "ASSAULT", ("planted",)),
        ("Two mortar bombs were identified by herders in a dry riverbed.", "COERCE", ("identified",)),
        # people released, a meeting of parties, a protest without an object: still events
        ("The kidnappers released two aid workers near Garissa on Sunday.", "RETREAT", ("released",)),
        ("The government will provide food to families in the north.", "AGREE", ("provide",)),
        ("Thousands of nurses demonstrated outside parliament on Tuesday.", "PROTEST", ("demonstrated",)),
        # a visit ended is a visit that took place, not one broken off
        ("The envoy, ending a three-day visit, said the border would reopen.", "CONSULT", ("visit",)),
        # fighting with an infinitive that names an attack: the attack stays
        ("Troops fought to retake the airport from the rebels.", "ASSAULT", ("retake",)),
        # defying a rule is a rejection of it
        ("An opposition weekly has violated a court ban on naming the witnesses.", "REJECT", ("violated",)),
        # breaking off talks, cutting off aid: a sanction by the phrasal verb
        ("The opposition broke off talks with the ruling party on Friday.", "SANCTION", ("broke",)),
        ("Donors have cut off aid to the health ministry.", "SANCTION", ("cut",)),
    ],
)
def test_sense_by_syntax(options, sentence, category, trigger):
    event(article(lead(sentence), options), category, trigger)


def test_later_mentions_of_the_attack_are_one_event(options):
    art = article(
        lead(
            "Gunmen attacked a police station in Garissa on Monday, officials said.\n\n"
            "The attack was the third on the town this year.\n\n"
            "Residents said the attack had lasted two hours."
        ),
        options,
    )
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert len(attacks[0].mentions) == 3
    assert descriptors(attacks[0]) == ["Gunmen"]


# place: the event's own clause before the dateline (NAIROBI): (sentence, trigger words, place, source)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "place", "source"),
    [
        ("Militants attacked the embassy in Tripoli on Monday.", "ASSAULT", ("attacked",), "Tripoli", "clause"),
        ("A drone strike on a factory in Aden killed two workers.", "ASSAULT", ("strike",), "Aden", "clause"),
        # the small spaCy model types Sanaa PERSON; the entity rules retype a known town after "in"
        ("A drone strike on a factory in Sanaa killed two workers.", "ASSAULT", ("strike",), "Sanaa", "clause"),
        ("Protesters marched through the city.", "PROTEST", ("march",), "Nairobi", "dateline"),
        # a country after "on" on a meeting's noun is what it is about, not where it is held
        ("Envoys opened a conference on Burundi in Arusha on Monday.", "CONSULT", ("conference",), "Arusha", "clause"),
        ("Envoys began talks on Somalia in Djibouti on Tuesday.", "CONSULT", ("talks",), "Djibouti", "clause"),
        # (an attack on a town is fought there)
        ("Rebels launched an attack on Kisumu.", "ASSAULT", ("attack",), "Kisumu", "clause"),
    ],
)
def test_place_from_the_clause_first(options, sentence, category, trigger, place, source):
    ev = event(article(lead(sentence), options), category, trigger)
    assert ev.location is not None and ev.location.name == place and ev.location_source == source


def test_place_from_the_paragraph(options):
    art = article(lead("Fighting broke out in Kismayo on Monday. By nightfall the militants had withdrawn."), options)
    ev = event(art, "RETREAT", ("withdrawn",))
    assert ev.location is not None and ev.location.name == "Kismayo" and ev.location_source in ("sentence", "paragraph")


def test_date_from_the_clause_then_published(options):
    art = article(lead("Kenya deployed troops on Oct. 20, and the ministry praised the move."), options)
    dep = event(art, "MOBILIZE", ("deployed",))
    assert dep.date is not None and dep.date.value == "2025-10-20" and dep.date_source == "clause"


# an unknown actor is [] with the reason: (sentence, category, trigger words, reason)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "reason"),
    [
        ("Two aid workers were abducted on the road to Garissa.", "ASSAULT", ("abducted",), "passive without agent"),
        ("The attack on the convoy lasted an hour.", "ASSAULT", ("attack",), "noun without agent"),
        ("The decision angered the protesters, and the plan was rejected.", "REJECT", ("rejected",),
         "passive without agent"),
        ("The report blamed the delays on the weather.", "ACCUSE", ("blamed",), "subject not a party"),
    ],
)  # fmt: skip
def test_unknown_actor_has_a_reason(options, sentence, category, trigger, reason):
    ev = event(article(lead(sentence), options), category, trigger)
    assert ev.actors == [] and ev.actor_descriptors == []
    assert ev.actor_unknown == reason


def test_known_actor_has_no_reason(options):
    ev = event(article(lead("Kenya deployed troops to the border on Sunday."), options), "MOBILIZE", ("deployed",))
    assert ev.actors and ev.actor_unknown is None


def test_event_inside_a_quote_carries_the_quote_and_its_kind(options):
    art = article(
        lead('"The rebels attacked our village at dawn," a farmer named Peter Otieno told reporters in Garissa.'),
        options,
    )
    ev = event(art, "ASSAULT", ("attacked",))
    quote = next(q for q in art.quotes if q.id == ev.reported_by)
    assert quote.kind == "direct" and ev.reported_kind == "direct"
    plain = event(article(lead("The rebels attacked the village at dawn."), options), "ASSAULT", ("attacked",))
    assert plain.reported_by is None and plain.reported_kind is None


# to whom: (sentence, category, trigger words, recipient names that must be there, names that must not)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "present", "absent"),
    [
        # a protest is aimed at the parties its purpose names, not at the place it is held in
        ("Hundreds of Kurds demonstrated in the northern city of Kirkuk calling for independence from Iraq.",
         "PROTEST", ("demonstrated",), {"Iraq"}, {"Kirkuk"}),
        ("Students marched in solidarity with Uganda's jailed opposition leader Bobi Wine.", "PROTEST",
         ("marched",), {"Bobi Wine"}, set()),
        # a common noun whose modifier names the side
        ("Ecuador granted asylum to five Peruvian army officers on Tuesday.", "AID", ("asylum",), {"Peruvian"},
         set()),
        # a deployment is directed at where the troops go
        ("Kenya deployed troops to Somalia on Sunday.", "MOBILIZE", ("deployed",), {"Somalia"}, {"Kenya"}),
    ],
)  # fmt: skip
def test_recipients(options, sentence, category, trigger, present, absent):
    art = article(lead(sentence), options)
    got = set(names(art, event(art, category, trigger).recipients))
    assert present <= got and not (absent & got), got


def test_a_protest_named_again_in_its_phrase_is_one_event(options):
    art = article(lead("Nurses in Kisumu went on strike in protest at the county's failure to pay them."), options)
    assert len([e for e in art.events if e.type == "PROTEST"]) == 1


def test_a_surname_the_entity_layer_missed_is_the_person_named_before(options):
    art = article(
        lead(
            "Grace Wanjiru chaired the board of the Kenya Tea Agency for six years.\n\n"
            "Wanjiru resigned on Monday after a dispute over pay."
        ),
        options,
    )
    ev = event(art, "RETREAT", ("resigned",))
    assert names(art, ev.actors) == ["Grace Wanjiru"]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "desc"),
    [
        ("Analysts blamed the fall in tea prices on the drought.", "ACCUSE", ("blamed",), ["Analysts"]),
        ("Several airlines demanded compensation for the closure of the airport.", "REQUEST", ("demanded",),
         ["Several airlines"]),
    ],
)  # fmt: skip
def test_business_actors_by_their_noun(options, sentence, category, trigger, desc):
    ev = event(article(lead(sentence), options), category, trigger)
    assert descriptors(ev) == desc


def test_deaths_caused_by_repression_are_its_outcome_not_an_attack(options):
    art = article(
        lead(
            "At least six people have been killed and dozens wounded after security forces opened fire on "
            "peaceful protesters in Kisumu."
        ),
        options,
    )
    assert [e.type for e in art.events] == ["COERCE"]
    assert descriptors(art.events[0]) == ["security forces"]
    assert {c.status for c in art.events[0].casualties} == {"killed", "wounded"}


def test_a_death_without_a_doer_stays_an_event_when_nobody_else_acted(options):
    art = article(lead("Two police officers had been shot outside the station in Kisumu."), options)
    assert [e.type for e in art.events] == ["ASSAULT"]


def test_a_bomb_set_off_is_one_attack(options):
    art = article(lead("Militants set off a bomb near the market in Mandera."), options)
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert [e.trigger for e in attacks] == ["set off"]
    assert descriptors(attacks[0]) == ["Militants"]


def test_bombs_found_are_no_attack(options):
    art = article(lead("Fishermen were cleaning a tin box holding the bombs discovered on Wednesday night."), options)
    assert [e.type for e in art.events] == ["COERCE"], [(e.type, e.trigger) for e in art.events]


# patterns found on realistic wire copy (issue 9), each on sentences written for these tests


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # a town before an adjective and the noun of a place phrase ("at the Lakeview central
        # market"): the parser hangs the town on the noun as an nmod, not a compound
        ("Troops opened fire on protesters at the Kampala central market.", "COERCE", ("opened fire",)),
        ("The activist was arrested outside Kampala central police station on Friday.", "COERCE", ("arrested",)),
    ],
)  # fmt: skip
def test_place_named_on_the_noun_of_a_place_phrase_beats_the_dateline(options, sentence, category, trigger):
    ev = event(article(lead(sentence), options), category, trigger)
    assert ev.location is not None and ev.location.name == "Kampala" and ev.location_source == "clause"


def test_place_named_by_a_place_noun_beats_the_dateline(options):
    art = article(lead("Armed men raided a guesthouse in the eastern Congolese town of Beni on Sunday."), options)
    ev = event(art, "ASSAULT", ("raided",))
    assert ev.location is not None and ev.location.name == "Beni" and ev.location_source == "clause"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # the place a visit is paid to is where it happened, not the dateline's
        ("This week, the senator began a tour of the coast, visiting Mombasa and Kilifi before Lamu.",
         ("visiting",), "Mombasa"),
        ("The president visited the town of Lamu on Monday.", ("visited",), "Lamu"),
        ("The minister's visit to Uganda ended on Friday.", ("visit",), "Uganda"),
        # a place the clause names with "in" still wins over the one visited
        ("The president visited the British prime minister in Kampala on Monday.", ("visited",), "Kampala"),
    ],
)  # fmt: skip
def test_place_of_a_visit_is_the_place_visited(options, sentence, trigger, place):
    ev = event(article(lead(sentence), options), "CONSULT", trigger)
    assert ev.location is not None and ev.location.name == place and ev.location_source == "clause"


@pytest.mark.parametrize(
    ("sentence", "trigger", "place"),
    [
        # an institution named for its building is where it stands, as the object of the assault
        # or the subject of the passive
        ("A gang stormed Lakeside General Hospital on Sunday.", ("stormed",), "Lakeside General Hospital"),
        ("Late on Sunday, the Lakeside General Hospital was attacked by a mob.", ("attacked",),
         "Lakeside General Hospital"),
    ],
)  # fmt: skip
def test_place_of_an_assault_on_premises(options, sentence, trigger, place):
    ev = event(article(lead(sentence), options), "ASSAULT", trigger)
    assert ev.location is not None and ev.location.name == place


def test_an_assault_on_a_force_takes_no_place_from_it(options):
    art = article(lead("Militants attacked the Kenya Defence Forces near the border."), options)
    ev = event(art, "ASSAULT", ("attacked",))
    assert ev.location is None or ev.location.name != "Kenya Defence Forces"


def test_harm_participle_is_the_outcome_of_its_assault_not_another_event(options):
    art = article(
        lead(
            "Armed men stormed a guesthouse in the town of Beni on Monday, killing at least 11 people, "
            "including four aid workers, police and hospital officials said on Tuesday."
        ),
        options,
    )
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert [e.trigger for e in assaults] == ["stormed"]
    counted = {
        (c.count, c.status, c.group, getattr(c, "qualifier", None), getattr(c, "part_of", None))
        for c in assaults[0].casualties
    }
    assert counted == {(11, "killed", "people", "at least", None), (4, "killed", "aid workers", None, 0)}


def test_background_toll_is_not_a_mention_of_the_last_attack(options):
    art = article(
        lead(
            "Kenyan forces shot down two drones over the coast on Friday. "
            "The war has killed tens of thousands of people, according to aid agencies."
        ),
        options,
    )
    shot = event(art, "ASSAULT", ("shot",))
    assert shot.casualties == [] and len(shot.mentions) == 1


def test_the_attack_again_is_a_mention_not_a_new_event(options):
    art = article(
        lead(
            "A suicide bomber attacked a market in Mandera on Thursday.\n\n"
            "The attack happened a few metres from the main mosque."
        ),
        options,
    )
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].mentions) == 2


def test_date_in_a_modifier_of_the_object_is_not_the_event_date(options):
    art = article(
        lead("The government blamed al-Shabaab for the bombing, the fourth on the port since last March."), options
    )
    blamed = event(art, "ACCUSE", ("blamed",))
    assert blamed.date is not None and blamed.date.value == "2025-10-29" and blamed.date_source == "published"
    bombing = event(art, "ASSAULT", ("bombing",))
    assert names(art, bombing.actors) == ["al-Shabaab"]  # the accused, not the accuser


def test_time_at_the_end_of_a_present_participle_on_the_doer_dates_the_event(options):
    # the parser hangs the closing time on "carrying"; it is when the kidnapping happened
    art = article(lead("Two nurses were kidnapped by gunmen carrying rifles near the clinic in March 2021."), options)
    taken = event(art, "ASSAULT", ("kidnap",))
    assert taken.date is not None and taken.date.value == "2021-03"


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "day"),
    [
        ("In a joint statement issued Oct. 21, the Kenyan and Ugandan ministries accused Somalia of arming bandits.",
         "ACCUSE", ("accused",), "2025-10-21"),
        ("Grace Achieng asked for mercy at the hearing of her son in a letter posted online Tuesday.",
         "REQUEST", ("asked",), "2025-10-28"),
    ],
)  # fmt: skip
def test_time_of_the_message_dates_what_was_said_in_it(options, sentence, category, trigger, day):
    # the statement or the letter came out when the accusation or the plea was made
    ev = event(article(lead(sentence), options), category, trigger)
    assert ev.date is not None and ev.date.value == day


def test_time_of_a_message_does_not_date_a_deed_it_reports(options):
    # the arrests were made before the statement that tells of them
    art = article(lead("Police arrested 12 traders, according to a statement released Oct. 20."), options)
    arrested = event(art, "COERCE", ("arrested",))
    assert arrested.date is not None and arrested.date.value == "2025-10-29"


def test_dropping_an_inquiry_is_a_concession_to_its_target(options):
    art = article(lead("Uganda has dropped its inquiry into a 2019 bribery complaint against Kenya."), options)
    dropped = event(art, "CONCEDE", ("drop",))
    assert names(art, dropped.actors) == ["Uganda"] and names(art, dropped.recipients) == ["Kenya"]
    # the year dates the complaint, not the dropping; a year on the event's setting dates it
    assert dropped.date is not None and dropped.date.value == "2025-10-29"
    art = article(lead("Ethiopian troops seized control of the town in the 1998 border war."), options)
    seized = event(art, "ASSAULT", ("seize",))
    assert seized.date is not None and seized.date.value == "1998"


def test_a_deal_on_the_verge_or_pursued_is_not_made(options):
    art = article(lead("The two unions were on the verge of a deal when the talks broke down."), options)
    assert event(art, "AGREE", ("deal",)).hypothetical
    art = article(lead("Kenya and Uganda held talks pursuing an agreement on fishing rights."), options)
    assert event(art, "AGREE", ("agreement",)).hypothetical


def test_verb_coordinated_after_a_reported_clause_keeps_the_sayer(options):
    art = article(
        lead('The governor of Garissa said the raid was "an act of terror" and called on the government to act.'),
        options,
    )
    req = event(art, "REQUEST", ("called",))
    assert req.actors or req.actor_descriptors


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "descs"),
    [
        ("A shopkeeper in the market was targeted by the same robbers last week.", "ASSAULT", ("targeted",),
         ["same robbers"]),
        ("A group of youths punched the old man to the ground and ran off.", "ASSAULT", ("punched",), ["youths"]),
        ("Kenyan police began an operation in the hills on Tuesday.", "MOBILIZE", ("began",), ["Kenyan police"]),
        ("The aid agency has sent 20 tonnes of maize to the drought-hit north.", "AID", ("sent",), ["aid agency"]),
        ("Officials said 2,000 police officers would be deployed in the city.", "MOBILIZE", ("deployed",), []),
        ("The two rival candidates accused each other of rigging the vote.", "ACCUSE", ("accused",),
         ["rival candidates"]),
    ],
)  # fmt: skip
def test_triggers_and_actors_from_wire_copy(options, sentence, category, trigger, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert descriptors(ev) == descs


def test_host_of_talks_is_their_actor_and_no_second_event(options):
    art = article(lead("The accord was signed after three days of talks hosted by Tanzania."), options)
    talks = event(art, "CONSULT", ("talks",))
    assert names(art, talks.actors) == ["Tanzania"]
    assert [e.trigger for e in art.events if e.type == "CONSULT"] == ["talks"]


def test_place_of_the_sentence_before_in_its_paragraph(options):
    art = article(
        lead(
            "Not everyone in Mombasa is happy. The opposition alliance called the deal a betrayal and said "
            "it would hold a march outside the county assembly on Saturday."
        ),
        options,
    )
    march = event(art, "PROTEST", ("march",))
    assert march.location is not None and march.location.name == "Mombasa" and march.location_source == "paragraph"


def test_wire_lead_then_blame_is_one_strike_with_its_own_place_and_day(options):
    art = article(
        lead(
            "A drone struck a fuel depot on the northern edge of Kisumu early on Sunday, killing two guards "
            "and injuring four others, and forcing the suspension of all ferries, officials said.\n\n"
            "The county government blamed the outlawed Mungiki gang (MG) for the strike, the second on the "
            "lakeside city of Homa Bay since last June."
        ),
        options,
    )
    assaults = [e for e in art.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].mentions) == 2
    strike = assaults[0]
    assert strike.location is not None and strike.location.name == "Kisumu"
    assert strike.date is not None and strike.date.value == "2025-10-26"
    assert {(c.count, c.status) for c in strike.casualties} == {(2, "killed"), (4, "wounded")}
    assert not [e for e in art.events if e.type == "SANCTION"]  # ferries suspended: no sanction on anyone
    blamed = event(art, "ACCUSE", ("blamed",))
    assert blamed.date is not None and blamed.date_source == "published"
    assert blamed.location is None or blamed.location.name != "Homa Bay"


def test_earlier_attack_in_a_when_clause_keeps_its_own_toll_and_month(options):
    art = article(
        lead(
            "Bandits attacked a police convoy near Marsabit on Tuesday.\n\n"
            "The raid was the deadliest against the police since August, when 17 officers were killed in an "
            "ambush near Moyale."
        ),
        options,
    )
    convoy = event(art, "ASSAULT", ("attacked",))
    assert convoy.casualties == []
    earlier = next(e for e in art.events if e.type == "ASSAULT" and any(c.count == 17 for c in e.casualties))
    assert earlier is not convoy
    assert earlier.date is not None and earlier.date.value == "2025-08"


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "descs"),
    [
        # "after a gang" parsed as a preposition: the gang is still who punched
        ("The pensioner was left with a broken arm after a gang of masked youths punched him in the street.",
         "ASSAULT", ("punched",), ["gang"]),
        # "it" in what a common-noun actor says is that actor
        ("On Friday the Kenyan army said it had shot down four drones over the lake.", "ASSAULT", ("shot",),
         ["Kenyan army"]),
    ],
)  # fmt: skip
def test_doer_through_a_misparsed_clause_and_a_pronoun(options, sentence, category, trigger, descs):
    ev = event(article(lead(sentence), options), category, trigger)
    assert descriptors(ev) == descs


def test_place_overrun_and_its_toll_in_a_when_clause(options):
    art = article(
        lead(
            "The raid was the worst on the coast since June 2019, when militants overran the border town of "
            "Mandera, killing dozens of people and forcing the county to close its schools."
        ),
        options,
    )
    overran = event(art, "ASSAULT", ("overran",))
    assert overran.location is not None and overran.location.name == "Mandera"
    assert overran.date is not None and overran.date.value == "2019-06"
    assert [c.count for c in overran.casualties] and not [e for e in art.events if e.trigger == "killing"]


def test_talks_before_an_agreement_were_held_by_those_who_agreed(options):
    art = article(lead("Kenya and Somalia signed a border accord after three days of talks in Arusha."), options)
    assert set(names(art, event(art, "CONSULT", ("talks",)).actors)) == {"Kenya", "Somalia"}


def test_a_visit_ended_took_place(options):
    art = article(lead("The envoy, ending a three-day visit, said the border would reopen."), options)
    visit = event(art, "CONSULT", ("visit",))
    assert not visit.negated
    assert not [e for e in art.events if e.type == "SANCTION"]


def test_an_elliptical_passive_after_a_number_dates_the_whole_sentence(options):
    # "and at least 50 arrested on Tuesday": the parser hangs "arrested" on the number as a
    # participle, but its day is the day of the shooting in the same sentence
    a = article(
        lead(
            "Four people were killed and at least 50 arrested on Tuesday when police fired tear gas to break "
            "up a rally by traders, officials said."
        ),
        options,
    )
    fired = [e for e in a.events if e.trigger in ("tear gas", "break up")]
    assert fired and all(e.date is not None and e.date.text == "Tuesday" for e in fired)


def test_an_event_told_in_the_past_does_not_take_a_later_clause_date(options):
    # the meeting's Friday lies after the publication; the blockade, told in the past, is not on it
    art = article(
        "The regional bloc will convene in Mombasa on Friday, envoys said, after traders blocked the highway.",
        options,
    )
    blocked = event(art, "PROTEST", ("blocked",))
    assert blocked.date is not None and blocked.date.value == "2025-10-29" and blocked.date_source == "published"


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # PLOVER 2.0 SUPPORT: "ratify, sign, or finalize an agreement or treaty"; one event, not two
        ("Malawi and Zambia signed a treaty on water rights in Lilongwe on Friday.", "SUPPORT", ("signed",)),
        ("The parliament of Malawi ratified the water treaty with Zambia on Friday.", "SUPPORT", ("ratified",)),
        ("The foreign minister of Malawi applauded Zambia for the new water policy.", "SUPPORT", ("applauded",)),
        # a promise to sign is an AGREE
        ("Malawi and Zambia will sign a treaty on water rights next month.", "AGREE", ("sign",)),
        # SANCTION modes expel and withdraw: observers, inspectors, peacekeepers sent home or pulled out
        ("The junta expelled the African Union observers from the country on Monday.", "SANCTION", ("expelled",)),
        ("The United Nations withdrew its monitors from the border region on Monday.", "SANCTION", ("withdrew",)),
        # RETREAT mode access: letting observers or peacekeepers in
        ("The junta allowed African Union observers into the disputed province.", "RETREAT", ("allowed",)),
        ("Malawi received a team of inspectors from the United Nations on Tuesday.", "RETREAT", ("received",)),
        # AID: peacekeepers sent are protection given, not a show of force
        ("The African Union deployed 800 peacekeepers to the border region on Monday.", "AID", ("deployed",)),
        # COERCE mode censor
        ("The junta ordered the independent radio station to suspend broadcasts.", "COERCE", ("suspend",)),
        ("The junta tightened censorship of the independent press on Monday.", "COERCE", ("censorship",)),
        ("Police jailed the opposition leader for six months on Monday.", "COERCE", ("jailed",)),
        # the families of criticize, reject, demand, repatriate, cede, hijack
        ("The opposition of Malawi decried the new tax on fuel in a statement.", "ACCUSE", ("decried",)),
        ("The bishops deplored the killing of the farmers by the militia.", "ACCUSE", ("deplored",)),
        ("The union of Malawi sued the transport ministry over the fuel tax.", "ACCUSE", ("sued",)),
        ("Zambia rebuffed the offer of talks from the Malawi government.", "REJECT", ("rebuffed",)),
        ("The bishops implored the government of Malawi to release the farmers.", "REQUEST", ("implored",)),
        ("Malawi repatriated 300 refugees to Mozambique on Thursday.", "RETREAT", ("repatriated",)),
        ("The rebels ceded the town to the army after the talks in Lilongwe.", "RETREAT", ("ceded",)),
        ("Gunmen hijacked a fuel tanker on the road to Lilongwe on Sunday.", "ASSAULT", ("hijacked",)),
        ("A firefight between the army and rebels broke out near the town on Sunday.", "ASSAULT", ("firefight",)),
        # PLOVER 2.0 AGREE: "indicate willingness or commitment to cooperate"
        ("Malawi expressed its readiness to resume border patrols with Zambia.", "AGREE", ("expressed",)),
        # CONSULT mode phone
        ("The president of Malawi telephoned his Zambian counterpart on Sunday.", "CONSULT", ("telephoned",)),
        # AID: "monetary aid and financial guarantees, grants, gifts and credit"
        ("China extended a loan of 300 million dollars to Malawi on Monday.", "AID", ("extended",)),
        # a ceasefire declared is RETREAT (the record spec), one agreed AGREE
        ("The rebels declared a truce in the northern province on Sunday.", "RETREAT", ("declared",)),
        ("The rebels laid down their weapons at the camp on Sunday.", "RETREAT", ("laid down",)),
        ("Zambia recognised the new government of Malawi on Monday.", "SUPPORT", ("recognised",)),
        ("Students of the university staged a sit-in outside the ministry.", "PROTEST", ("sit",)),
        # COERCE modes martial-law and deport; CAMEO 191 blockade
        ("The junta imposed a state of emergency in the northern province.", "COERCE", ("imposed",)),
        ("The junta expelled the British journalist on Monday.", "COERCE", ("expelled",)),
        ("The navy blockaded the port of Nacala for a week.", "COERCE", ("blockaded",)),
        # ASSAULT: occupation carried out, execution, stones thrown
        ("Zambian troops occupied the border town of Chitipa on Monday.", "ASSAULT", ("occupied",)),
        ("The militia executed four prisoners at the camp on Friday.", "ASSAULT", ("executed",)),
        ("Youths hurled stones at the police station in Lilongwe.", "ASSAULT", ("hurled",)),
    ],
)
def test_plover_category_definitions(options, sentence, category, trigger):
    art = article(lead(sentence), options)
    event(art, category, trigger)


# one happening told again in later sentences (extract/retold.py) ------------------------------------------


def violent(art):
    return [e for e in art.events if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Malawi and Zambia signed a treaty on water rights in Lilongwe on Friday.",
        "The African Union deployed 800 peacekeepers to the border region on Monday.",
    ],
)
def test_plover_categories_one_event_only(options, sentence):
    art = article(lead(sentence), options)
    assert len(art.events) == 1, [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition accused the minister of trying to hijack the debate on the budget.",
        "He spent two years in jail before the trial in Lilongwe.",
        "The board executed its plan to cut costs at the mine in Lilongwe.",
        "The government declared a state of emergency after the floods in Lilongwe.",
        "She phoned her sister from the hospital in Lilongwe on Monday.",
        "Zambia forgave the debts of Malawi after the floods in Lilongwe.",
        "The internationally recognised government of Malawi moved its offices to Lilongwe.",
    ],
)
def test_new_trigger_words_in_other_senses(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type in ("ASSAULT", "COERCE", "CONSULT", "SUPPORT")], [
        (e.type, e.trigger) for e in art.events
    ]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The governor was admitted to hospital in Lilongwe with a fever on Monday.", "CONCEDE"),
        ("The old footbridge gave way under the weight of the lorries in Lilongwe.", "CONCEDE"),
        ("The trader needed a permit to open the new shop in Lilongwe.", "CONCEDE"),
        ("The governor travelled to Lilongwe with her partner on Monday.", "COOPERATE"),
        ("The mayor of Lilongwe is a close ally of the governor.", "COOPERATE"),
        ("Divers found a metal object near the pier in Lilongwe on Monday.", "REJECT"),
        ("The governor dismissed the health minister of the province on Monday.", "REJECT"),
        ("Forecasters issued an alert for strong winds in Lilongwe on Monday.", "MOBILIZE"),
        ("The opposition seized the chance to question the governor in Lilongwe.", "COERCE"),
        ("The crew will shoot the film in Lilongwe next month.", "THREATEN"),
        ("The governor stormed out of the hall in Lilongwe after the vote.", "ASSAULT"),
        ("The boxer defended his title in Lilongwe on Saturday.", "SUPPORT"),
        ("Thousands attended the funeral of the poet in Lilongwe on Monday.", "CONSULT"),
        ("The mayor asked about the new stadium in Lilongwe on Monday.", "REQUEST"),
        ("The opposition attacked the budget of the governor in Lilongwe.", "ASSAULT"),
        ("Crowds in Lilongwe breathed a sigh of relief when the results came in.", "AID"),
        ("Demand for copper rose sharply in Lilongwe as the mines reopened.", "REQUEST"),
        ("The radio host, a former footballer, spoke about the match in Lilongwe.", "CONSULT"),
        ("The farmer was on life support after the crash near Lilongwe.", "SUPPORT"),
        ("The poet wore a hearing aid at the reading in Lilongwe.", "AID"),
        ("The trader withdrew cash from the bank in Lilongwe on Monday.", "RETREAT"),
        ("Shares retreated from their highs on the Lilongwe exchange on Monday.", "RETREAT"),
        ("The mayor handed over a petition to the governor in Lilongwe.", "RETREAT"),
        ("The space probe sent new pictures of Jupiter to the team in Lilongwe.", "ACCUSE"),
        ("Forecasters warned of strong winds over Lilongwe on Monday.", "THREATEN"),
        ("The firm gave a demonstration of its new tractor in Lilongwe.", "PROTEST"),
        ("The football league suspended the two players for three matches.", "SANCTION"),
        ("The bank deployed the new software across its branches in Lilongwe.", "MOBILIZE"),
        ("The survey reinforced the view that prices in Lilongwe would rise.", "MOBILIZE"),
        ("The singer died of cardiac arrest in Lilongwe on Monday.", "COERCE"),
        ("The striker shot the ball past the keeper in Lilongwe.", "ASSAULT"),
        ("The senators killed the bill in committee in Lilongwe on Monday.", "ASSAULT"),
        ("The critic blasted the decision to close the theatre in Lilongwe.", "ASSAULT"),
        ("The runner carried the Olympic torch through Lilongwe on Monday.", "ASSAULT"),
        ("The novel has broad appeal among young readers in Lilongwe.", "REQUEST"),
        ("The governor will seek re-election in Lilongwe next year.", "REQUEST"),
        ("The firm pressed ahead with the new mill in Lilongwe.", "REQUEST"),
        ("Millions visited the website of the museum in Lilongwe.", "CONSULT"),
        ("The climbers reached the summit of the mountain near Lilongwe.", "CONSULT"),
        ("The director accepted the award in Lilongwe on Monday.", "AGREE"),
        ("The mayor left the party of his own accord in Lilongwe.", "AGREE"),
        ("The old beam supports the weight of the roof in Lilongwe.", "SUPPORT"),
        ("The team had a fighting chance of winning the cup in Lilongwe.", "ASSAULT"),
        ("The envoy defused tensions between the two parties in Lilongwe.", "COERCE"),
        ("The striker recaptured his best form in the match in Lilongwe.", "ASSAULT"),
        ("The family settled in Lilongwe after the drought in the south.", "AGREE"),
        ("The patient complained of chest pains at the clinic in Lilongwe.", "ACCUSE"),
        ("Shares rallied in Lilongwe after the central bank cut rates.", "PROTEST"),
        ("There has been an explosion of interest in chess in Lilongwe.", "ASSAULT"),
        ("The poet died of a heart attack in Lilongwe on Monday.", "ASSAULT"),
    ],
)
def test_trigger_word_in_a_sense_that_is_no_such_event(options, sentence, category):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == category], [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # the same words where they are the event
        ("The government of Malawi admitted that its troops had crossed the border.", "CONCEDE", ("admitted",)),
        ("The government finally gave way to the demands of the striking nurses.", "CONCEDE", ("gave way",)),
        ("Malawi put its troops on high alert along the border with Zambia.", "MOBILIZE", ("alert",)),
        ("The governor dismissed the allegations of fraud on Monday.", "REJECT", ("dismissed",)),
        ("The minister defended the new fuel tax in parliament on Monday.", "SUPPORT", ("defended",)),
        ("Police seized two tonnes of cannabis at the port on Monday.", "COERCE", ("seized",)),
        ("Hundreds of nurses rallied outside the ministry in Lilongwe on Monday.", "PROTEST", ("rallied",)),
        ("Thousands rallied in Lilongwe on Monday against the fuel tax.", "PROTEST", ("rallied",)),
    ],
)
def test_trigger_word_in_its_event_sense(options, sentence, category, trigger):
    art = article(lead(sentence), options)
    event(art, category, trigger)


@pytest.mark.parametrize(
    "sentence",
    [
        # a harm participle after a verb that is no trigger: what the event noun it takes did
        "Jets carried out a strike on a factory in the port on Monday, killing nine workers.",
        # a killing told as what an act of coercion did
        "Soldiers opened fire on protesters in the capital on Tuesday, killing four people.",
        # ... or what the event noun that is the verb's subject did
        "Fighting broke out near the river on Friday, killing five soldiers.",
    ],
)
def test_a_harm_participle_is_part_of_its_event(options, sentence):
    assert len(violent(article(lead(sentence), options))) == 1


def test_the_same_attack_retold_in_later_paragraphs_is_one_event(options):
    art = article(
        lead(
            "Gunmen stormed a guesthouse in Kisumu on Saturday, killing at least eight people.\n\n"
            "The attackers arrived in a minibus and opened fire on guests in the garden, a police spokesman "
            "said. More than 15 people were wounded, he said.\n\n"
            '"They came in shooting at the tables," a cook said.\n\n'
            "The foreigners killed included two Germans, a diplomat said."
        ),
        options,
    )
    (ev,) = violent(art)
    assert len(ev.mentions) == 5
    assert {(c.count, c.status) for c in ev.casualties} >= {(8, "killed"), (15, "wounded")}


def test_a_definite_target_retells_the_attack(options):
    art = article(
        lead(
            "Rebels ambushed a police convoy in the north on Friday, killing 12 officers.\n\n"
            "Dozens of fighters on horseback attacked the convoy as it crossed a river, the ministry said."
        ),
        options,
    )
    (ev,) = violent(art)
    assert len(ev.mentions) == 2


@pytest.mark.parametrize(
    "second",
    [
        "Separately, three soldiers were killed in a bomb attack on Sunday.",
        "Three soldiers were killed in a bomb attack on a checkpoint on Sunday.",
        "In a second attack, gunmen attacked the village of Oda on Tuesday, killing two.",
    ],
)
def test_another_happening_is_not_a_retelling(options, second):
    art = article(
        lead("Militants attacked a village in the east on Monday, killing six farmers.\n\n" + second), options
    )
    assert len(violent(art)) == 2


def test_a_running_total_is_not_the_attack_told_again(options):
    art = article(
        lead(
            "Gunmen stormed a hotel in Lamu on Monday, killing 14 people.\n\n"
            "An insurgency has killed more than 4,000 people in the province since 2017, monitors say.\n\n"
            "The attack was the deadliest in the town this year."
        ),
        options,
    )
    stormed = event(art, "ASSAULT", ("stormed",))
    assert len(stormed.mentions) == 2


def test_the_town_of_a_name_the_entities_do_not_know_is_the_place(options):
    # the entity layer takes "Kiru" for a person: after "the town of" it is a place all the same
    art = article(lead("Militants stormed a school in the town of Kiru on Monday, killing 15 pupils."), options)
    ev = event(art, "ASSAULT", ("stormed",))
    assert ev.location is not None and ev.location.name == "Kiru"
    assert ev.location_source == "clause"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police fired tear gas to break up a rally in the capital on Monday.",
        "Riot police used water cannon to disperse hundreds of students outside parliament on Monday.",
    ],
)
def test_an_aim_of_the_same_kind_is_part_of_the_act(options, sentence):
    (ev,) = violent(article(lead(sentence), options))
    assert ev.type == "COERCE"


def test_a_claim_of_responsibility_for_the_attack_names_its_doer_and_is_no_new_attack(options):
    art = article(
        lead(
            "Gunmen attacked a police post near Garoua on Saturday night, killing five officers, "
            "a regional official said.\n\n"
            "The Sahel Liberation Front claimed responsibility for the attack in a message to reporters."
        ),
        options,
    )
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [(e.trigger, names(art, e.actors)) for e in attacks]
    assert "Sahel Liberation Front" in names(art, attacks[0].actors)
    assert len(attacks[0].mentions) == 2


def test_coercion_that_killed_is_an_assault_and_the_arrests_after_it_are_their_own_event(options):
    art = article(
        lead(
            "Riot police fired tear gas at farmers in the market town of Ebolowa on Monday night, killing "
            "one man and injuring nine others.\n\n"
            "Farmers set fire to two trucks and threw stones at officers, witnesses said. The police said "
            "31 people were arrested and four officers were hurt."
        ),
        options,
    )
    fired = event(art, "ASSAULT", ("tear gas", "fired"))
    assert {(c.count, c.status) for c in fired.casualties} >= {(1, "killed"), (9, "wounded")}
    arrests = event(art, "COERCE", ("arrest",))
    assert (31, "arrested") in {(c.count, c.status) for c in arrests.casualties}
    assert (4, "wounded") not in {(c.count, c.status) for c in arrests.casualties}


def test_a_border_phrase_is_no_place_name(options):
    # a location is a place entity: "the border with Somalia" is a free phrase, not a place's name
    art = article(
        "Troops clashed at the border with Somalia on Monday, the ministry of defence said in a statement.", options
    )
    ev = event(art, "ASSAULT", ("clashed",))
    assert ev.location is None or "border" not in ev.location.name


def test_a_court_named_after_its_town_gives_the_place(options):
    # "in the Mombasa High Court": the court sits in Mombasa; "Federal" is a rank, not a town
    body = "A former bank manager was jailed for six years in the {} on Friday for stealing from pensioners."
    ev = event(article(body.format("Mombasa High Court"), options), "COERCE", ("jailed",))
    assert ev.location is not None and ev.location.name == "Mombasa" and ev.location_source == "clause"
    ev = event(article(body.format("Federal High Court"), options), "COERCE", ("jailed",))
    assert ev.location is not None and ev.location_source == "dateline"


# CASE 2021 patterns (dev half): who tells a harm, what a fight or a search is for, a task given,
# a rule braved to protest. (sentence, category that must be absent)
@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # the sayer of an accident's toll is no party acting in it
        ("Two men were injured after downpours sent floods through the valley, the relief agency said.", "ASSAULT"),
        # a battle whose aim acts on a fire is firefighting
        ("Crews made progress on Monday in their battle to contain two forest fires near the lake.", "ASSAULT"),
        # "seeking to" is trying, no request
        ("Farmers seeking to win better prices marched to the ministry on Tuesday.", "REQUEST"),
        # a task given is no happening
        ("The coalition tasked with fighting the rebels withdrew from the base on Monday.", "ASSAULT"),
        # a ban braved to protest: the protest is the event
        ("Students defied a police ban to march through the capital on Friday.", "REJECT"),
    ],
)  # fmt: skip
def test_case_patterns_no_event(options, sentence, category):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == category], [(e.type, e.trigger) for e in art.events]


def test_a_protest_held_in_defiance_took_place(options):
    ev = event(
        article(lead("Students defied a police ban to march through the capital on Friday."), options),
        "PROTEST",
        ("march",),
    )
    assert not ev.hypothetical and not ev.negated


def test_force_used_to_clear_protesters_is_repression(options):
    art = article(lead("Soldiers shot live rounds to clear the demonstrators from the square on Sunday."), options)
    event(art, "COERCE", ("shot",))
    assert not [e for e in art.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in art.events]


def test_a_place_taken_after_the_other_side_left_is_their_withdrawal(options):
    art = article(
        lead("Rebel fighters recaptured the border town after government troops pulled out on Sunday."), options
    )
    event(art, "RETREAT", ("pulled out",))
    assert not [e for e in art.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in art.events]
    # a withdrawal forced by the fight is its outcome: the takeover stays an assault
    art = article(lead("Rebels recaptured the town after a three-day battle, forcing government troops out."), options)
    event(art, "ASSAULT", ("recaptured",))


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # the parser hangs the verb on the last noun of the subject's "of" phrases
        ("Thousands of opponents of the March 3 military coup gathered on Sunday in towns from north to south.",
         "PROTEST", ("gathered",)),
        # ... or makes the object the subject of the participle that hedges it
        ("Rangers discovered a large amount of ammunition believed to belong to the poachers in the forest.",
         "COERCE", ("discovered",)),
    ],
)  # fmt: skip
def test_misparsed_arguments_still_code_the_verb(options, sentence, category, trigger):
    event(article(lead(sentence), options), category, trigger)


def test_an_attack_told_as_the_occasion_of_a_vow_happened(options):
    # the vow answers the killing; it does not threaten it
    art = article(lead("The governor vowed a full inquiry after gunmen killed six villagers on Sunday."), options)
    ev = event(art, "ASSAULT", ("killed",))
    assert not ev.hypothetical


# threats: a threat that was made is a real event (only the act threatened may never come), and a
# threat or warning that names a danger or a state of things is no threat at all


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The gang threatened to burn down the clinic in Lilongwe last week.", ("threaten",)),
        ("The mayor of Lilongwe warned that the council would cut off water to the squatters.", ("warn",)),
        ("The minister issued a threat to the striking nurses in Lilongwe on Monday.", ("threat",)),
    ],
)
def test_threat_made_is_real(options, sentence, trigger):
    ev = event(article(lead(sentence), options), "THREATEN", trigger)
    assert not ev.hypothetical and not ev.negated


def test_threat_only_possible_stays_hypothetical(options):
    art = article(lead("The union may threaten a strike at the port in Lilongwe."), options)
    ev = event(art, "THREATEN", ("threat",))
    assert ev.hypothetical


@pytest.mark.parametrize(
    "sentence",
    [
        # a warning of how things are, no act to come
        "The nurses warned that the clinics in Lilongwe are short of beds.",
        "The mayor warned that there is no money left for the bridge in Lilongwe.",
        # a threat as a danger someone poses, faces or warns of
        "The new dam poses a threat to the fish of the lake near Lilongwe.",
        "Residents spoke of the threat the floods pose to the farms near Lilongwe.",
        "The poet wrote about the threat he has long warned about in Lilongwe.",
        "The villagers near Lilongwe live under threat of eviction.",
        # a thing, not a party, that threatens
        "The drought threatens the harvest around Lilongwe this year.",
    ],
)
def test_threat_word_naming_a_danger_is_no_threat(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == "THREATEN"], [(e.type, e.trigger) for e in art.events]


def test_repeat_naming_the_first_events_country_is_one_event(options):
    # "the Malawian inquiry" names no new doer: the inquiry told first was opened in Malawi
    body = (
        "Auditors in Malawi have dropped an inquiry into the sale of the state airline.\n\n"
        "The Malawian inquiry had been paused last year after the chief auditor resigned."
    )
    art = article(lead(body), options)
    inquiries = [e for e in art.events if e.type == "ACCUSE" and e.trigger.lower() == "inquiry"]
    assert len(inquiries) == 1, [(e.type, e.trigger) for e in art.events]
    assert len(inquiries[0].mentions) == 2


def test_repeat_naming_another_country_stays_its_own_event(options):
    body = (
        "Auditors in Malawi have dropped an inquiry into the sale of the state airline.\n\n"
        "The Zambian inquiry into the same sale is still open, officials in Lusaka said."
    )
    art = article(lead(body), options)
    inquiries = [e for e in art.events if e.type == "ACCUSE" and e.trigger.lower() == "inquiry"]
    assert len(inquiries) == 2, [(e.type, e.trigger) for e in art.events]


def test_listed_means_of_force_are_one_event(options):
    art = article(lead("Police in Lilongwe used batons, water cannons and tear gas to disperse the marchers."), options)
    force = [e for e in art.events if e.type == "COERCE"]
    assert len(force) == 1, [(e.type, e.trigger) for e in force]


def test_repeat_told_as_one_more_stays_its_own_event(options):
    body = (
        "Auditors in Malawi have opened an inquiry into the sale of the state airline.\n\n"
        "The second Malawian inquiry into the airline stalled for lack of funds."
    )
    art = article(lead(body), options)
    inquiries = [e for e in art.events if e.type == "ACCUSE" and e.trigger.lower() == "inquiry"]
    assert len(inquiries) == 2, [(e.type, e.trigger) for e in art.events]


# Control taken or ground gained is combat only over land: a place controlled, or armed takers
@pytest.mark.parametrize(
    "sentence",
    [
        "The shilling gained ground against the euro in early trading on Wednesday.",
        "A young reform slate has been gaining ground among party members since the spring.",
        "A Dutch brewer took control of the struggling bottling firm in a deal signed on Monday.",
        "Volunteer crews gained ground against the bush fires near the reservoir overnight.",
        # a party in an election, a state buying a firm: no land held ("in" a place is a vote)
        "The Greens gained ground in Bavaria in the regional vote on Sunday, pollsters said.",
        "Britain took control of the failing lender in 2008, the report said again.",
    ],
)
def test_control_or_ground_taken_without_land_or_arms_is_no_assault(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Separatist fighters took control of the river port of Mopti on Saturday.", ("took control", "took")),
        ("Army units gained ground against the insurgents in the hills on Friday.", ("gained",)),
        # a state takes ground as an armed party does, and "in" a place says what is held
        ("Ethiopia gained ground in the border region on Thursday, the ministry said.", ("gained",)),
        ("Sudan gained ground in the west of Chad on Thursday, the ministry said.", ("gained",)),
    ],
)
def test_control_or_ground_taken_by_arms_is_an_assault(options, sentence, trigger):
    event(article(lead(sentence), options), "ASSAULT", trigger)


# A vehicle that hits someone or something is a road or sea accident, no attack, unless the
# sentence says attack
@pytest.mark.parametrize(
    "sentence",
    [
        "An elderly cyclist was struck by a delivery van on the ring road on Thursday morning.",
        "Three farm workers were killed when a minibus hit a wall on the Thika highway late on Sunday.",
        "A small fishing trawler was struck by a freighter in thick fog near the harbour mouth.",
    ],
)
def test_a_vehicle_that_hits_is_an_accident(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(
    "sentence",
    [
        # the harm is hung on the collision, or the vehicle is its agent
        "A tractor struck a fence on the farm road, injuring two pickers.",
        "Two joggers were hurt by a reversing lorry near the depot on Monday.",
    ],
)
def test_a_harm_tied_to_a_vehicle_that_hits_is_an_accident(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in art.events]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a collision told beside a harm someone did is no cause of that harm
        ("Soldiers killed a herder an hour after a bus struck a roadside kiosk.", ("killed",)),
        # a vehicle driven into people is how a ramming attack is told
        ("A lorry ploughed into shoppers at the night market, killing 12 of them.", ("killing",)),
    ],
)
def test_a_harm_beside_a_collision_stays_an_assault(options, sentence, trigger):
    event(article(lead(sentence), options), "ASSAULT", trigger)


def test_a_vehicle_strike_with_a_word_of_attack_stays_an_assault(options):
    art = article(lead("Four guards were killed when a truck bomb struck the checkpoint near Garissa."), options)
    event(art, "ASSAULT", ("killed", "bomb", "struck"))


# A crowd that turned violent rioted; a man or a match that did is no protest
def test_a_crowd_turned_violent_is_a_protest(options):
    art = article(lead("Hundreds of protesters turned violent outside the electoral office on Tuesday."), options)
    event(art, "PROTEST", ("turned violent",))


@pytest.mark.parametrize(
    "sentence",
    [
        "The goalkeeper turned violent after the referee's decision, the league said.",
        "The cup tie turned violent in the second half on Saturday.",
    ],
)
def test_turned_violent_without_a_crowd_is_no_protest(options, sentence):
    art = article(lead(sentence), options)
    assert not [e for e in art.events if e.type == "PROTEST"], [(e.type, e.trigger) for e in art.events]


# A protest that police broke up was held: two events, the protest and the force on it; a
# protest banned may never have been held
@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police dispersed a sit-in by nurses outside the county offices on Wednesday.",
        "Police cracked down on a march by taxi drivers in the city centre on Monday.",
    ],
)
def test_a_protest_broken_up_was_held(options, sentence):
    art = article(lead(sentence), options)
    event(art, "COERCE", ("dispersed", "cracked down"))
    ev = event(art, "PROTEST", ("sit-in", "march"))
    assert not ev.hypothetical and not ev.negated


def test_a_protest_banned_is_part_of_the_ban(options):
    art = article(lead("The governor banned a march by taxi drivers planned for Monday."), options)
    event(art, "COERCE", ("banned",))
    assert not [e for e in art.events if e.type == "PROTEST"], [(e.type, e.trigger) for e in art.events]


def test_a_charge_on_a_position_is_an_assault(options):
    art = article(lead("Militia fighters charged an army outpost near Moyale before dawn on Sunday."), options)
    event(art, "ASSAULT", ("charged",))
    assert not [e for e in art.events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in art.events]


# An event of another kind in whose course force was used is its own event, not its object
@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("Police detained 30 youths during the riots in Kisumu on Tuesday night.", "PROTEST", ("riots",)),
        ("Officers made 12 arrests amid the riots in Nakuru on Sunday.", "PROTEST", ("riots",)),
    ],
)
def test_an_event_in_whose_course_force_was_used_stays(options, sentence, category, trigger):
    event(article(lead(sentence), options), category, trigger)
