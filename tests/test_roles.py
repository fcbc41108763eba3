"""Actors and recipients (extract/roles.py) on sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_events import article, descriptors, event, lead, names


def recipient_descriptors(ev):
    return [d.text for d in getattr(ev, "recipient_descriptors", [])]


# who did it: (sentence, category, trigger words, actor names, actor descriptor texts)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "descs"),
    [
        # an active verb coordinated with a passive one: its subject is the passive's subject,
        # never the passive's agent
        ("The mayor has been charged by the anti-graft agency with fraud and will resign on Friday.",
         "RETREAT", ("resign",), set(), ["mayor"]),
        # a participle on a statement: who issued it
        ("The rebel Ogaden movement issued a statement demanding that Ethiopia free its fighters.",
         "REQUEST", ("demanding",), {"Ogaden"}, []),
        # a noun trigger in front of a light noun, or counted in days: the light verb's subject
        ("Norway's foreign minister launched a mediation effort between Kenya and Tanzania on Saturday.",
         "CONSULT", ("mediation",), {"Norway"}, ["foreign minister"]),
        ("Kenyan and Ugandan warships began five days of war games in Lake Victoria.", "COOPERATE",
         ("war games",), {"Kenyan", "Ugandan"}, ["warships"]),
        # common nouns that name actors: prisoners, guards, a newspaper
        ("Prisoners rioted at a jail in Kisumu on Monday.", "PROTEST", ("rioted",), set(), ["Prisoners"]),
        ("The presidential guards beat a reporter outside the state house.", "ASSAULT", ("beat",), set(),
         ["presidential guards"]),
        ("A newspaper based in Kampala defied a ban by the Ugandan army.", "REJECT", ("defied",), set(),
         ["newspaper"]),
        # a bare participle the parse took for the verb: what was done to its subject, not by it
        ("Five aid workers killed in an ambush last week were buried on Sunday.", "ASSAULT", ("killed",),
         set(), []),
        # a relative clause on an event noun: whoever made that event, here by claiming it
        ("Al-Shabaab claimed responsibility for the attack, which killed 15 soldiers.", "ASSAULT",
         ("killed",), {"Al-Shabaab"}, []),
        # "of" names the doer of some event nouns, the victim of others
        ("The resignation of the health minister surprised many lawmakers.", "RETREAT", ("resignation",),
         set(), ["health minister"]),
        # the group a leader acts for; the side in a person's title
        ("Leaders of the opposition coalition agreed to postpone the march.", "AGREE", ("agreed",), set(),
         ["Leaders", "opposition coalition"]),
        ("Kenzo Mwangi, the African Union envoy, demanded that the militias disarm.", "REQUEST",
         ("demanded",), {"Kenzo Mwangi", "African Union"}, []),
        # a participle the parse made the subject: its own subject is
        ("The Kenya Red Cross operating in Turkana said donors must send food.", "REQUEST", ("said",),
         {"Kenya Red Cross"}, []),
        ("Kenya's president, William Ruto, accused the opposition of inciting violence.", "ACCUSE",
         ("accused",), {"William Ruto", "Kenya"}, []),
        # an event noun with a participle that names who did it
        ("The attack, blamed on al-Shabaab, killed nine soldiers.", "ASSAULT", ("attack",), {"al-Shabaab"}, []),
        # a past tense the tagger takes for a participle is still the clause's verb
        ("Hundreds of demonstrators protested outside the embassy against the war.", "PROTEST", ("protested",),
         set(), ["demonstrators"]),
        # a noun event after "is in" or after a verb of its own kind ("agreed to a deal")
        ("The airline is in talks with Boeing about new jets.", "CONSULT", ("talks",), set(), ["airline"]),
        ("Toyota agreed to a deal with Nissan to share engine plants.", "AGREE", ("deal",), {"Toyota"}, []),
        # who acted together with the subject
        ("Kenya, along with Uganda, deployed troops to the border.", "MOBILIZE", ("deployed",),
         {"Kenya", "Uganda"}, []),
        # the accused is the doer of what they are accused of
        ("The rebels were accused by the government of killing civilians.", "ASSAULT", ("killing",), set(),
         ["rebels"]),
        # two-sided violence: both sides are actors
        ("Protesters in Kampala clashed with police on Monday.", "ASSAULT", ("clashed",), set(),
         ["Protesters", "police"]),
        # the sides of a deal by a common noun
        ("The two former enemies signed a peace accord in Addis Ababa.", "SUPPORT", ("signed",), set(),
         ["former enemies"]),
        # a title's holder named after its post (parsed as the post's apposition); the post is no side
        ("The governor said on Monday that taxes would rise, while Kenya's envoy in Kampala, Peter Mwangi, "
         "met Amina Bello's aides last week.", "CONSULT", ("met",), {"Peter Mwangi", "Kenya"}, []),
        # a group by the name it is called or known by, whatever type the entity layer gave the name
        ("The organisers, a coalition called Bread First, accused the police of using excessive force.", "ACCUSE",
         ("accused",), {"Bread First"}, []),
        ("A militia known as the Lake Brigade attacked the market on Monday.", "ASSAULT", ("attacked",),
         {"Lake Brigade"}, []),
        # detectives are police: the actors of an arrest a police statement tells
        ("Police said detectives had detained a teacher on Friday.", "COERCE", ("detained",), set(),
         ["detectives"]),
    ],
)  # fmt: skip
def test_actors(options, sentence, category, trigger, actors, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert set(names(art, ev.actors)) == actors
    assert descriptors(ev) == descs


def test_claimed_attack_has_the_claimant_as_actor(options):
    art = article(lead("Al-Shabaab claimed responsibility for the attack on the convoy."), options)
    assert names(art, event(art, "ASSAULT", ("attack",)).actors) == ["Al-Shabaab"]
    denied = article(lead("Al-Shabaab denied responsibility for the attack on the convoy."), options)
    assert event(denied, "ASSAULT", ("attack",)).actors == []


def test_who_opposes_a_deployment_does_not_deploy(options):
    # the subject of a verb that is an event of another kind is not the noun event's actor
    art = article(lead("The Tanzanian government opposed the deployment of a regional protection force."), options)
    dep = event(art, "MOBILIZE", ("deployment",))
    assert dep.actors == [] and dep.actor_descriptors == []
    assert recipient_descriptors(event(art, "REJECT", ("opposed",))) == ["regional protection force"]


# to whom: (sentence, category, trigger words, recipient names, recipient descriptor texts)
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "recipients", "descs"),
    [
        # a place or thing struck: the party it belongs to
        ("Rioters set fire to the embassy of Ghana in Lome.", "ASSAULT", ("set fire",), {"Ghana"}, None),
        ("A camp for Somali refugees was shelled by rebel artillery on Monday.", "ASSAULT", ("shelled",),
         {"Somali"}, None),
        # a noun trigger that is the subject of a verb of harm: that verb's object
        ("A roadside bomb killed three Kenyan soldiers near Mandera.", "ASSAULT", ("bomb",), {"Kenyan"},
         ["Kenyan soldiers"]),
        # "between" after the light noun of a mediation
        ("Norway's foreign minister launched a mediation effort between Kenya and Tanzania on Saturday.",
         "CONSULT", ("mediation",), {"Kenya", "Tanzania"}, None),
        ("Uganda welcomed the agreement between Kenya and Somalia.", "SUPPORT", ("welcomed",),
         {"Kenya", "Somalia"}, None),
        # the weapons fired and the troops sent are no recipients; the place of a signing neither
        ("Militants fired rockets at a police post near the border.", "ASSAULT", ("fired",), set(), ["police"]),
        ("Kenya sent troops to the border town of Mandera.", "MOBILIZE", ("sent",), None, []),
        ("The two former enemies signed a peace accord in Addis Ababa.", "SUPPORT", ("signed",), set(), None),
        # the subject of a bare participle is the victim
        ("Five aid workers killed in an ambush last week were buried on Sunday.", "ASSAULT", ("killed",),
         set(), ["aid workers"]),
        # what a weapon was fired against, and the side that holds a place
        ("Ugandan troops launched mortar fire against rebel camps near the border.", "ASSAULT", ("launched",),
         set(), ["rebel"]),
        # whom force was meant for; whom a demand is made of
        ("Police fired tear gas to disperse opposition supporters in Kisumu.", "COERCE", ("tear gas",), set(),
         ["opposition supporters"]),
        ("The governor demanded that the protesters leave the square.", "REQUEST", ("demanded",), set(),
         ["protesters"]),
        ("Kenya repeated its demand that Uganda withdraw its troops from the island.", "REQUEST", ("demand",),
         {"Uganda"}, None),
        # the side in the title of a person met
        ("Ethiopia's prime minister Abiy Ahmed met Eritrean President Isaias Afwerki in Asmara.", "CONSULT",
         ("met",), {"Isaias Afwerki", "Eritrean"}, None),
        # "with" a common noun
        ("Kenya's electoral body took part in talks with the opposition.", "CONSULT", ("talks",), set(),
         ["opposition"]),
    ],
)  # fmt: skip
def test_recipients(options, sentence, category, trigger, recipients, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    if recipients is not None:
        assert set(names(art, ev.recipients)) == recipients
    if descs is not None:
        assert recipient_descriptors(ev) == descs


def test_a_peoples_adjective_actor_stands_for_its_country_when_the_article_names_it(options):
    art = article(
        lead(
            "Kenyan troops raided a camp near the border on Monday. Kenya said the operation would go on "
            "until the fighters left the area."
        ),
        options,
    )
    ev = event(art, "COERCE", ("raided",))
    assert {"Kenyan", "Kenya"} <= set(names(art, ev.actors)), names(art, ev.actors)
    assert "Kenyan troops" in descriptors(ev)


def test_a_peoples_adjective_without_its_country_named_adds_no_country(options):
    art = article(lead("Kenyan troops raided a camp near the border on Monday, officials in the region said."), options)
    ev = event(art, "COERCE", ("raided",))
    assert names(art, ev.actors) == ["Kenyan"]


# patterns found on MEANTIME dev (bench/events_meantime.py), in sentences written for these tests
@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "recipients"),
    [
        # the object of a verb with an infinitive after it does what the infinitive says
        ("Uganda urged Kenya on Monday to withdraw its troops from the island.", "RETREAT", ("withdraw",),
         {"Kenya"}, None),
        # but an order is the event: who gave it does it
        ("Zambia ordered the Daily Nation to suspend publication on Monday.", "COERCE", ("suspend",),
         {"Zambia"}, None),
        # a pronoun subject of a relative clause is the subject of the clause it hangs on
        ("Kenya said it would free the fishermen that it had arrested near the island.", "COERCE",
         ("arrested",), {"Kenya"}, None),
        # a possessive pronoun owns a noun event, unless the event is done to the owner
        ("Al-Shabaab said on Monday that its attack on the base had been a success.", "ASSAULT", ("attack",),
         {"Al-Shabaab"}, None),
        ("Raila Odinga said on Monday that his arrest had been illegal.", "COERCE", ("arrest",), set(),
         {"Raila Odinga"}),
        ("Raila Odinga's arrest sparked protests in Kisumu.", "COERCE", ("arrest",), set(), {"Raila Odinga"}),
        # "the corporation": the organisation whose name ends in that word
        ("Acme Motors Corporation said on Monday that the corporation would sue the Kenyan government.",
         "ACCUSE", ("sue",), {"Acme Motors Corporation"}, None),
        # an infinitive on an owned noun: the owner does it
        ("Kenya's decision to deploy troops to Somalia drew criticism.", "MOBILIZE", ("deploy",), {"Kenya"},
         None),
    ],
)  # fmt: skip
def test_roles_in_embedded_clauses_and_owned_nouns(options, sentence, category, trigger, actors, recipients):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert set(names(art, ev.actors)) == actors
    if recipients is not None:
        assert set(names(art, ev.recipients)) == recipients


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "descs"),
    [
        ("The army's raid on the village angered residents.", "COERCE", ("raid",), ["army"]),
        ("Police raids on opposition offices continued on Monday.", "COERCE", ("raids",), ["Police"]),
    ],
)
def test_a_common_noun_that_names_actors_owns_a_noun_event(options, sentence, category, trigger, descs):
    assert descriptors(event(article(lead(sentence), options), category, trigger)) == descs


def _roles_and_names(text: str, word: str):
    """The roles the rules give the first token ``word`` of ``text``, trigger or not, and the
    article's entity names by id."""
    from dateline.extract.context import article_context
    from dateline.extract.events import _governing_verb
    from dateline.extract.nlp import load, parse
    from dateline.extract.roles import roles_of
    from dateline.settings import defaults

    doc = parse(load(defaults().model), text, dl_anchor=(None, "none"))
    ctx = article_context(doc)
    tok = next(t for t in doc if t.text == word)
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    return roles_of(ctx, tok, verb, ""), {e.id: e.name for e in ctx.entity_list}


def roles_at(text: str, word: str):
    """The actor and recipient names the rules give the first token ``word`` of ``text``."""
    r, by = _roles_and_names(text, word)
    return {by[i] for i in r.actors}, {by[i] for i in r.recipients}


@pytest.mark.parametrize(
    ("text", "word", "actors", "recipients"),
    [
        # a name the parse took for the predicate of a missing object is the object
        ("Kenya's largest car maker Acme Motors today named Jane Wanjiru as its new chairman.", "named", None,
         {"Jane Wanjiru"}),
        # a subject the parse took for a passive one, of a verb with an object and no passive auxiliary
        ("Acme Motors today named Mary Wanjiru as its new head of sales.", "named", {"Acme Motors"},
         {"Mary Wanjiru"}),
        # a passive coordinated with an active verb shares its subject as the one it is done to
        ("The board of Acme Corp did not say whether Jane Wanjiru resigned or was dismissed.", "dismissed",
         set(), {"Jane Wanjiru"}),
        # a gerund after a preposition: the subject of the verb it hangs on, passive or not
        ("Kenya responded on Friday by expelling two Ugandan diplomats.", "expelling", {"Kenya"}, None),
        ("Acme Corp was fined for selling fake batteries.", "selling", {"Acme Corp"}, None),
        # a participle on a message in a phrase: who wrote it
        ("Jane Wanjiru resigned in a letter stating that she was ill.", "stating", {"Jane Wanjiru"}, None),
        # a sentence that opens with a pronoun goes on about the subject of the sentence before
        ("Acme Corp cut 500 jobs in May.\n\nIt also plans to close two plants in Nairobi.", "close",
         {"Acme Corp"}, set()),
    ],
)  # fmt: skip
def test_roles_of_any_verb(text, word, actors, recipients):
    got_actors, got_recipients = roles_at(text, word)
    if recipients is not None:
        assert got_recipients == recipients
    if actors is not None:
        assert got_actors == actors


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "descs"),
    [
        # the small parser reads the main verb of these written sentences as a participle on the
        # noun before it ("acl"), leaving the main clause without a finite verb: it is the verb
        ("The Teachers Service Commission, which says the pay offer is final, called for calm on Monday.",
         "REQUEST", ("called for",), {"Teachers Service Commission"}, []),
        ("Following the verdict in Kenya, a lawyer for the family asked for the case to be reopened.",
         "REQUEST", ("asked",), set(), ["lawyer"]),
        # ... and hung it on the last noun of the subject's "of" chain: the chain's head is the subject
        ("Tens of thousands of opponents of the new tax gathered on Sunday in towns from north to south, "
         "undeterred by the arrests.", "PROTEST", ("gathered",), set(), ["opponents"]),
    ],
)  # fmt: skip
def test_main_verb_read_as_a_participle_keeps_its_subject(options, sentence, category, trigger, actors, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert set(names(art, ev.actors)) == actors
    assert descriptors(ev) == descs


def test_main_verb_read_as_a_participle_keeps_its_date(options):
    # its time is the event's, not a detail of the noun it was hung on
    body = "The parent firm, Acme Holdings, announced on Oct. 2 that it was withdrawing its share offer."
    ev = event(article(lead(body), options), "RETREAT", ("withdrawing",))
    assert ev.date is not None and ev.date.value == "2025-10-02"


def test_a_participle_that_describes_its_noun_has_no_actor(options):
    # a fragment (a post's caption) with no main verb: the participle with its "of" complement
    # still describes the man, who was convicted by someone else
    art = article(lead("Sharing my note about the trial of Peter Otieno, a man convicted of fraud."), options)
    ev = event(art, "COERCE", ("convicted",))
    assert ev.actors == [] and descriptors(ev) == []


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "descs"),
    [
        # only someone protests, demands or accuses: the common noun that does is the actor,
        # though it is no listed actor noun
        ("A group of pharmacists, alarmed by the shortage, is urging the ministry to release more vaccines.",
         "REQUEST", ("urging",), ["pharmacists"]),
        ("Veterinary surgeons have protested the new rules on imports.", "PROTEST", ("protested",),
         ["Veterinary surgeons"]),
        # a message is no doer: whoever issued it is, unnamed here
        ("The report urged the county to act.", "REQUEST", ("urged",), []),
    ],
)  # fmt: skip
def test_who_protests_or_demands_is_the_actor_whatever_the_noun(options, sentence, category, trigger, descs):
    ev = event(article(lead(sentence), options), category, trigger)
    assert descriptors(ev) == descs


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        # a thing that "calls for", "demands" or "accuses" is no actor: who made it is not told
        ("The proposal calls for a new road to the harbour.", "REQUEST", ("calls for",)),
        ("The new law demands that every shop close by nine.", "REQUEST", ("demands",)),
        ("The draft urges the two sides to return to the table.", "REQUEST", ("urges",)),
        ("The budget rejects any rise in the fuel tax.", "REJECT", ("rejects",)),
        ("The documents accuse the mayor of taking bribes.", "ACCUSE", ("accuse",)),
        # a message, or a thing whose name ends like a doer's on a verb: "let", "post", "compute"
        ("The letter demands that the harbour master step down.", "REQUEST", ("demands",)),
        ("The poster urges passers-by to boycott the new mall.", "REQUEST", ("urges",)),
        ("The computer rejected the tenant's application twice.", "REJECT", ("rejected",)),
    ],
)  # fmt: skip
def test_a_thing_that_demands_or_accuses_is_no_actor(options, sentence, category, trigger):
    ev = event(article(lead(sentence), options), category, trigger)  # the event is found, with no doer
    assert descriptors(ev) == [] and ev.actors == [], (ev.trigger, descriptors(ev))


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "descs"),
    [
        # people named by what they practise, do or are, listed as actors nowhere
        ("Dozens of florists protested outside the market hall on Friday.", "PROTEST", ("protested",), ["florists"]),
        ("The town's plumbers have demanded a rise in the call-out fee.", "REQUEST", ("demanded",), ["plumbers"]),
        ("Two librarians accused the council of closing branches in secret.", "ACCUSE", ("accused",),
         ["librarians"]),
        ("Angry tenants rejected the landlord's offer on Sunday.", "REJECT", ("rejected",), ["Angry tenants"]),
        # named by what they do, a verb the lemmatizer knows: "grow", "shop" (its last letter doubled)
        ("Local growers protested against the new water tax.", "PROTEST", ("protested",), ["Local growers"]),
        ("Shoppers protested against the new parking fees.", "PROTEST", ("protested",), ["Shoppers"]),
    ],
)  # fmt: skip
def test_people_who_protest_or_demand_are_the_actor(options, sentence, category, trigger, descs):
    ev = event(article(lead(sentence), options), category, trigger)
    assert descriptors(ev) == descs


def test_an_unlisted_noun_is_no_actor_of_other_categories(options):
    art = article(lead("The new law banned rallies in the capital."), options)
    assert descriptors(event(art, "COERCE", ("banned",))) == []


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "descs"),
    [
        # the gerund after "guilty to" or "guilty of" is done by whom the adjective is said of
        ("Last week Ruth Wanjiru, a nurse, pleaded guilty to threatening a patient.", "THREATEN",
         ("threatening",), {"Ruth Wanjiru"}, []),
        ("The man was guilty of threatening his landlord, the jury found.", "THREATEN", ("threatening",), set(),
         ["man"]),
        # "he" or "she" in a clause on the charges is the one person the sentence is about
        ("A teacher faces charges she threatened to harm a pupil.", "THREATEN", ("threatened",), set(),
         ["teacher"]),
        ("The guard denied accusations he threatened inmates.", "THREATEN", ("threatened",), set(), ["guard"]),
    ],
)  # fmt: skip
def test_doer_of_what_someone_pleaded_guilty_to(options, sentence, category, trigger, actors, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert set(names(art, ev.actors)) == actors
    assert descriptors(ev) == descs


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "actors", "descs"),
    [
        # a town the doers come from is no side they act for: they stay a description
        ("Nakuru students rioted after the exam results were released.", "PROTEST", ("rioted",), set(),
         ["Nakuru students"]),
        ("Two farmers from Eldoret accused the county of raising fees.", "ACCUSE", ("accused",), set(), ["farmers"]),
        # a country is: its police act for it
        ("Kenya police arrested three men at the border on Monday.", "COERCE", ("arrested",), {"Kenya"},
         ["Kenya police"]),
    ],
)  # fmt: skip
def test_a_town_qualifying_the_doers_is_no_actor(options, sentence, category, trigger, actors, descs):
    art = article(lead(sentence), options)
    ev = event(art, category, trigger)
    assert set(names(art, ev.actors)) == actors
    assert descriptors(ev) == descs


def test_he_does_not_stand_for_a_group(options):
    # "he" is one person: not the soldiers the sentence began with
    art = article(lead("The soldiers said he had threatened to attack the camp."), options)
    assert descriptors(event(art, "THREATEN", ("threatened",))) == []


def test_the_verbs_that_make_doer_nouns_come_from_the_docs_own_pipeline(options):
    # names_people asks the pipeline that made the Doc (found by its Vocab) for its lemmatizer's
    # verbs, not a module setting that one component's setup had to fill first
    from spacy.vocab import Vocab

    from dateline.extract.nlp import lemma_index, load

    nlp = load(options.model)
    verbs = lemma_index(nlp("Growers protested.").vocab, "verb")
    assert {"grow", "teach", "provide"} <= verbs and "computer" not in verbs
    assert lemma_index(Vocab(), "verb") == frozenset()  # a pipeline not made by load: no verbs


def roles_with_descriptors(text: str, word: str):
    """:func:`roles_at` with the common-noun actors and recipients too: (actor names, actor
    descriptor texts, recipient names, recipient descriptor texts)."""
    r, by = _roles_and_names(text, word)
    return (
        {by[i] for i in r.actors},
        [d.text for d in r.descriptors],
        {by[i] for i in r.recipients},
        [d.text for d in r.recipient_descriptors],
    )


@pytest.mark.parametrize(
    ("text", "word", "victims"),
    [
        # a verb of killing or arresting as a bare participle after its subject, as a headline or a
        # reported headline writes it: the subject was killed, it killed no one
        ("Police say 40 protesters killed in Nairobi unrest on Friday.", "killed", ["protesters"]),
        ("Rights group says dozens of protesters killed in Mombasa.", "killed", ["protesters"]),
        ("Twelve villagers killed and 30 wounded in Ituri raid, UN says", "killed", ["villagers"]),
    ],
)  # fmt: skip
def test_the_subject_of_a_bare_participle_of_killing_is_the_victim(text, word, victims):
    actors, descs, _recipients, recipient_descs = roles_with_descriptors(text, word)
    assert actors == set() and descs == []
    assert recipient_descs == victims


def test_of_two_subjects_on_one_verb_the_nearest_before_it_is_its_own():
    # the parse can give a verb after "shortly after" the main clause's subject as a second
    # subject: "Zeta ..., shortly after Jane Wanjiru resigned": Jane Wanjiru resigned, not Zeta
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.extract.roles import agent_of

    words = ["Zeta", "said", "it", "quit", ",", "shortly", "after", "Wanjiru", "resigned", "."]
    heads = [8, 8, 3, 1, 8, 8, 8, 8, 8, 8]
    deps = ["nsubj", "ccomp", "nsubj", "ccomp", "punct", "advmod", "mark", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "PUNCT", "ADV", "SCONJ", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "PRP", "VBD", ",", "RB", "IN", "NNP", "VBD", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    agent = agent_of(doc[8])
    assert agent is not None and agent.text == "Wanjiru"


@pytest.mark.parametrize(
    ("text", "word", "recipient_descs"),
    [
        # whom an event is done to need not be one who acts: any noun for people or a group
        ("The governor went on radio to reassure the public.", "reassure", ["public"]),
        ("The water board apologised to the tenants for the cuts.", "apologised", ["tenants"]),
        # ... not a thing with a doer's ending (roles.yaml thing_nouns)
        ("The court's ruling offers a stark reminder of the cost of delay.", "offers", []),
    ],
)  # fmt: skip
def test_a_noun_for_people_is_a_recipient_though_no_actor(text, word, recipient_descs):
    assert roles_with_descriptors(text, word)[3] == recipient_descs


def test_whom_a_demand_is_told_to_is_no_recipient(options):
    # the reporters a demand is said to are its audience, not whom it is made of
    sentence = '"The raids are illegal and must stop now," the minister told reporters in Nairobi on Monday.'
    art = article(lead(sentence), options)
    assert recipient_descriptors(event(art, "REQUEST", ("must stop",))) == []


@pytest.mark.parametrize(
    ("text", "word", "recipients"),
    [
        # the object of an infinitive two verbs down: whom the readying is aimed at
        ("The Kenyan army prepared to resume shelling Ugandan rebel positions.", "prepared", {"Ugandan"}),
        # a passive coordinated with an infinitive shares the subject of the verb above it
        ("The bank did not say whether Jane Wanjiru chose to retire or was pushed out.", "pushed",
         {"Jane Wanjiru"}),
    ],
)  # fmt: skip
def test_recipients_down_and_up_infinitives(text, word, recipients):
    assert roles_with_descriptors(text, word)[2] == recipients


@pytest.mark.parametrize(
    ("sentence", "category", "trigger", "recipients"),
    [
        # a verb of command: the event is the order (its doer gave it), done to whom was ordered
        ("Kenya's interior ministry ordered the Daily Courier newspaper to suspend publication for a month.",
         "COERCE", ("suspend",), {"Daily Courier"}),
        ("The regulator ordered Acme Bank to suspend its operations in Kisumu.", "SANCTION", ("suspend",),
         {"Acme Bank"}),
    ],
)  # fmt: skip
def test_whom_a_command_is_given_is_its_recipient(options, sentence, category, trigger, recipients):
    art = article(lead(sentence), options)
    assert set(names(art, event(art, category, trigger).recipients)) == recipients


def test_a_preposition_left_without_object_governs_the_subject_after_it():
    # "granted asylum to four officers holed up in a hotel": the parse can make "officers" the
    # subject of "holed" and leave "to" without object; the officers are whom "to" names
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.extract.roles import _prep_objects

    words = ["Tanzania", "granted", "asylum", "to", "four", "officers", "holed", "up", "in", "a", "hotel", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 6, 6, 10, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "nsubj", "advcl", "prt", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "NUM", "NOUN", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _prep_objects(doc[3])] == ["officers"]
    assert [t.text for t in _prep_objects(doc[8])] == ["hotel"]


@pytest.mark.parametrize(
    ("sentence", "descs"),
    [
        # a trigger phrase the parse roots in its preposition ("on alert"): who is on alert
        ("Ethiopian troops remained on alert along the border after the clashes.", ["Ethiopian troops"]),
        ("Kenyan police were on alert in Mombasa after the warning.", ["Kenyan police"]),
    ],
)  # fmt: skip
def test_who_is_on_alert_is_the_actor(options, sentence, descs):
    art = article(lead(sentence), options)
    assert descriptors(event(art, "MOBILIZE", ("alert",))) == descs


@pytest.mark.parametrize(
    ("sentence", "recipients"),
    [
        # a threat is made against whom its condition names
        ("The pilots' union threatened to walk out if Kenya Airways cuts their pay.", {"Kenya Airways"}),
        ("Ethiopia threatened to shut the pipeline unless Sudan paid the transit fees it owed.", {"Sudan"}),
    ],
)  # fmt: skip
def test_a_threat_is_made_against_whom_its_condition_names(options, sentence, recipients):
    art = article(lead(sentence), options)
    assert recipients <= set(names(art, event(art, "THREATEN", ("threatened",)).recipients))


def test_who_a_complaint_is_over_is_the_accused(options):
    # the African Union is whom the complaint is made to; Kenya is whom it is about
    art = article(lead("Tanzania complained to the African Union over Kenya's decision to close the border."), options)
    got = names(art, event(art, "ACCUSE", ("complained",)).recipients)
    assert got[0] == "Kenya"
