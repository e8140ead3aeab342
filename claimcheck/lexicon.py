"""Per-language cue lexicons for claim extraction, compiled once into one spaCy PhraseMatcher.

Schema of ``claimcheck/lang/<code>/claims.yaml`` (every entry a lowercase surface form, matched as
whole tokens on the lowercased text; multi-word entries allowed):

``slots``                  slot name -> trigger words (slot names from claimcheck.slots)
``deal_types``             deal label -> words that say what kind of deal it is
``stake_words``            words that turn an acquisition verb into "acquired a stake"
``modality``               reported / forecast / hypothetical / condition / negation cue words
``anaphora``               generic nouns that stand for the last organization named
``determiners``           articles, contractions, demonstratives, possessives: an ``anaphora``
                           noun refers only with one of these before it ("the company", not
                           "company policy" or "comité de empresa")
``name_concepts``          concept -> common words a name may consist of ("pirates": Piraten,
                           Piratas): names made of one such word in any language are one entity
``name_generic_words``     words a name drops before that lookup ("partido", "party", "partei")
``agent_prepositions``     "acquired by X": X is the agent, not the target
``linking_words``          what may stand between a value and a trigger written after it
``genitive_prepositions``  "the revenue of X": X owns the slot
``non_target_prepositions`` "the biggest deal for X", "a stake sold to X": X is not the target
``count_nouns``            generic nouns a count may stand before ("12 people"), besides triggers
``difference_words``       "23 more than allowed": the number is a difference, not a count
``backshift``              hypothetical cues that after a ``modality.speech`` verb only report
                           ("said it would keep working with"): they make the claim reported
``conditional_endings``    endings of the conditional mood ("donnerait", "darebbe", "darían"):
                           a verb so ending is a hypothetical cue, and after a speech verb a
                           backshift; ``conditional_exceptions`` lists the words that only look so
``idle_negations``         "no obstante", "not only": phrases whose negation word negates nothing
``place_anaphora``          "dort", "allí": a clause they open is about a place named before
``quarter_anaphora``        "in the quarter", "trimestrali": the quarter named last, if any is
``margin_nouns``            "a lead of 14 points", "una ventaja de casi el 14%": a gap, no one's
``subgroup_nouns``          "four passengers died", "tre bambini": a narrower group's toll, a part
``place_relatives``         "X Province, where 17 died": a figure after these is that place's
``possessive_relatives``    "dont", "whose", "cuyo": a clause they open is of the name before
``volume_words``            "volume growth of 1.7%": a change of volumes sold, not of revenue
``share_nouns``             "share", "Aktie", "action": beside a value of a few units of money, the
                           price of one share, not the company's value
``new_business_phrases``    "new lending", "concesión de crédito": a change of loans granted in the
                           period, not of the loan book
``cost_nouns``              "costs", "despesas", "Kosten" (lemmas): right before a change figure, a
                            change of costs, not of the revenue or profit named nearby
``passage_phrases``         "est passé à", "went to": a figure a few words before them, with one of
                            its kind right after, is the level before the change
``other_measure_nouns``     "cash flow", "fluxo de caixa", "Auftragseingang" (lemmas): right before
                            a change figure, a change of a measure no slot holds, not of the
                            revenue named earlier in the sentence
``change_amount_phrases``   "fell by", "una caída de": a money figure after these is a change
``announced_other_objects`` "the plan presented in March", "announced talks": not the deal's date
``recording_verbs``         "Norvik Bay has recorded 19 deaths": a toll a place records is its own
``event_nouns``             "a powerful earthquake struck": what a story's event is called ("a
                           bridge collapsed" is another thing's)
``from_to_words``           "von 1,9 Mrd. auf 610 Mill.": the first amount is the level before
``parent_nouns``            "el conglomerado": the article's whole organization, never a brand
``ratio_nouns``             "une rentabilité des ventes de 5 à 7 %": a ratio, no change or share
``agent_phrases``           "la compra de X por parte de Y": a name after these is the one acting
``special_words``           "a special dividend", "Sonderdividende": a one-off, not the ordinary
``abstention_words``        "l'abstention a atteint 27 %": a turnout trigger that gives the share of
                           those who did not vote, read as the turnout's complement
``sequential_phrases``      "up 2% from the previous quarter", "im Vergleich zum Vorquartal": a
                           change against the period before, not the year before
``constant_currency_phrases`` "4% at constant exchange rates", "à taux de change constants": a
                           change without currency effects, not the reported one
``current_currency_phrases`` "del 8% a cambi costanti e del 7% a cambi correnti": a change at
                           current rates, the reported one, though a constant-rate phrase ends
                           the figure before it
``interest_words``          "earnings before interest and taxes": beside a "before tax" phrase, an
                           operating measure (EBIT), not a pre-tax profit
``depreciation_words``      "… interest, taxes, depreciation": with those, EBITDA
``not_stop_words``          nouns in spaCy's stop lists ("città"): "in 60 città" counts them
``surface_only``            slot entries matched as written, never by lemma: "vendas" are sales, "a
                           venda de X" is one sale, no revenue
``capitalizes_nouns``       true where every noun is capitalized (German): a capital is no name sign
``verb_final_subordinators`` "dass", "weil": a clause they open ends on its verb (German), so a
                           modal after the figure, before a comma, still qualifies it
``partial_count_phrases``   "partial results", "Teilergebnissen": a sentence's results are of a
                           stage of the count no one says, held to nothing
``count_ongoing_phrases``   "counting continues", "le dépouillement se poursuit": anywhere in an
                           article about a vote, its results are of a stage of the count
``poll_phrases``           "exit poll", "sondage", "Hochrechnung": a sentence's results are a
                           poll's, no count's; held to nothing
``abroad_phrases``         "abroad", "voto del extranjero": a vote share of the votes cast abroad
``election_words``        "elections", "comicios", "Wahl": with the vote_share slot words, two of
                           them make an article one about a vote
``result_with_words``       "with", "con": in an article about a vote, before a bare percentage
                           after a name, the name's share of the vote
``result_verbs``           "secured", "obtuvo", "a recueilli": the same, a verb that takes a result
``night_words``            "night", "Nacht", "noche": right before an event's day, a night that
                           runs over two dates: no event date ("madrugada", early hours, is one day)
``age_moment_words``       "when", "a los", "mit", "tenía": before an age, another moment's age
                           ("when he was 17"); it takes no article date
``age_moment_after_words`` "when", "cuando", "wenn": after an age ("35 years old when the contract
                           ends"), the same
``since_words``            "since", "desde", "seit": before an event noun ("since the collision"),
                           an earlier event a story is measured against: its date is not the story's
``origin_phrases``         "were from", "eram do", "stammten aus": after a count of people, a
                           breakdown by origin ("31 passengers were from Norway"): a part
``occurrence_verbs``       "took place", "aconteceu", "se produjo": an event verb that says nothing
                           of what happened; it dates the story's event only beside an event
                           noun ("the crash happened", not "the signing took place")
``arrival_verbs``          "reached", "chegou", "ha raggiunto": occurrence verbs (added to
                           ``occurrence_verbs``) by which a storm reaches many places on many
                           days: they date the event only at the place named after them ("chegou
                           ao Vietnã": at VN)
``start_verbs``            "the strike began on Monday", "la huelga arrancó el sábado": occurrence
                           verbs (added to ``occurrence_verbs``) that date an event's start,
                           compared only with other starts (a strike runs over days)
``several_words``          "varias manifestaciones", "nuove proteste": before a plural event noun,
                           many events, whose date is none of the story's one
``conditional_singular_endings`` a conditional written like a noun ("lograría"): a cue
                           unless an article, determiner or ``noun_prepositions`` word is before
``roles``                  role label -> title words
``relations``              "continues" / "ends" -> phrases about working with another organization
``price_prepositions``     "bought X for $Y": right before an amount in a deal clause, a price
``sold_unit_nouns``        "1,6 millones de unidades" after a sale verb or a sales word: the
                           units delivered
``cash_words``             "in cash", "in contanti", "in bar": a per-share price they qualify is
                           the cash part of an offer paid partly in shares
``sale_verbs``             "sold him to X for €Y", "vendeu o avançado por 45 ME": a sale verb
                           before a price preposition makes the amount after it a price
``conjunctions``           a count's trigger written before it does not reach across these
``relation_nouns``         partnership, contract...: with a ``relation_verbs`` word (continues /
                           ends) in the same clause, a relation ("renewed its contract with X")
``definite_articles``      "the government" may name the one entity whose name ends so
``descriptor_adjectives``  "le groupe allemand X", "la compagnia petrolifera X": nationality and
                           sector adjectives between a generic noun and the name it describes
``comparison_words``       "up 18% from 2024": a period after these is a base, not the claim's
``comparison_phrases``     the same, whole ("rispetto al"): "al" alone opens a period of its own;
                           each also followed by a ``same_period_phrases`` entry ("sullo stesso
                           periodo del 2024": the base year), and each of those alone ("un 3% más
                           que en el mismo periodo de 2024": no figure's own period)
``year_comparison_words``  "on" in "up 14% on 2023": a comparison word before a year only ("on 12
                           January" is a date)
``other_organization_nouns`` "the subsidiary, which employs 600": not the organization in focus
``not_names``              capitalized words that never name an entity ("KI", "PDG")
``name_infixes``           "Keurig Dr Pepper": a title word of ``not_names`` that, between two name
                           words, is part of the name (as written)
``capitalized_nouns``      true where every noun is capitalized (German)
``passive_auxiliaries``    "X was acquired": an acquisition word after these is passive, so its
                           target may stand before it
``gerund_endings``         "-ing", "-ando": a word ending so is no participle ("X is acquiring Y":
                           active, whatever auxiliary stands before it)
``increment_words``        "applied to buy more": right after an acquisition word, more shares,
                           not control
``qualifier_period_words`` "cars produced between 2011 and 2016", "classe 2003", "born in 2003": a
                           period after these describes the things or the person, not the
                           claim's time
``attributions``           key -> nouns (lemmas) a figure is attributed to ("selon la police")
``separable_particles``    German: a particle ending its clause joins the verb before it
                           ("baut ... ab" = abbauen), matched against the entries by lemma
``named_event_nouns``      "la tempête Ilvar ... 12 morts": a count beside "<noun> <Name>" is
                           that named event's
``generic_deals``          "mergers and acquisitions": deal words inside name a trade, not a deal
``other_senses``           "capital increase", "closing price": slot words inside mean something
                           else (a share issue, a market price), no figure of that slot
``combination_words``      "X, together with Y, won 31.5%": the figure is X's and Y's combined
``anaphoric_counts``       "208 of them": the count word of the sentence before gives the slot
``kinship_words``          "Familie", "family": never part of a name ("Familie Norvik" is Norvik)
``restrictive_words``      "que" in "ne … que": after a negation, "only", no negation
``country_anaphora``       "en ese país", "in that country", "in his province": a figure of a
                           country or region named before (in its clause, before or after it)
``mostly_words``           "mostly", "in gran parte", "vor allem": a place right after them is
                           where most of a figure falls, not its scope
``contrast_conjunctions``  "while", "mentre", "tandis": a clause after them has its own subject
``adversatives``           "but", "pero", "aber": what follows sets itself against what came before
``list_joiners``          "while", "ahead", "obtient", "seguido": words that may stand between the
                           members of a list of results ("X won 131 seats, while Y took 117")
``count_verbs``            "La UST a revendiqué 2 millions": a source before these owns the figure
``subgroup_words``         "four children among the dead", "dont 57 000": a part of a total
``restatement_words``      "$47 a share, or $12.3bn", "47 dollari ad azione, cioè 12,3 miliardi":
                           the total a per-share price comes to (phrases)
``equivalence_words``      "5 % de ses effectifs, soit près de 3 600 salariés": after a share of the
                           staff cut, the heads it comes to — the layoffs, no workforce (phrases)
``of_which_words``         "$9bn, of which $2bn", "de los cuales 2.000 millones": an amount part of
                           the one before it (phrases)
``rank_suffixes``          "9th", "9e", "9º", "9.": a rank before a count word is that count
``exactly_one``            "the only survivor": right before a singular count word, the count 1
``cleft_openers``          "c'est le", "it was on": a period right after these (at the head of
                           its clause) and before a ``cleft_joiners`` word dates the verb that
                           follows ("C'est le 4 mai que X a annoncé")
``cleft_joiners``          "que", "that", "cuando": the word that ends a cleft's focus
``named_kinds``            kinds whose noun is often a name itself ("the Greens"): such a noun
                           refers only to a name that shows its kind, never to another antecedent
``anaphora_kinds``         kind -> generic nouns (lemmas, also ``anaphora``) that name an
                           organization of that kind ("bank": banco, Bank, banque)
``kind_name_parts``        kind -> parts of names that show it ("bank": Norvikbank, Banco X); the
                           parts of every language count
``pro_verbs``              "lo hizo", "l'a fait", "did so": a figure after these takes the slot of
                           the figure before it in the clause
``staff_shares``           "de la plantilla", "of its workforce": ``workforce_cut`` triggers that
                           only say "of the staff"; beside a ``strike_words`` word (and no cut word)
                           the share is a strike rate ("paró el 28% de la plantilla")
``strike_words``           lemmas that say a strike took place
``affecting_verbs``        "the measure affects about 5,000 workers", "a medida atinge 5.000
                           trabalhadores": in an article about layoffs, the staff a cut reaches
``organization_prepositions`` "à Norvik", "en la empresa Norvik": a story figure (a strike rate) for
                           the organization these place it at
``earlier_event_phrases``  "its previous round", "a year earlier": beside a figure, they make it an
                           earlier event's (lowercase tokens, spaced as the tokenizer splits them)
``pluperfect_auxiliaries`` "had", "aveva", "hatte": before a participle ("had announced"), they set
                           a figure in an earlier event than the article's
``participle_endings``     endings of the participle after such an auxiliary ("-ed", "-ato")
``participle_infix``       what a participle holds inside (German "ge": "angekündigt"), if anything
``vehicle_kinds``          kind -> nouns of a vehicle ("avión", "Hubschrauber"): "64 people on
                           board" counts everyone on the vehicle named nearest, never another's
``change_object_prepositions`` "in", "en", "de": after a change figure ("a 7% cut in fares"),
                           the noun they lead to is what changed, when no slot names it
``whole_group_words``      "gesamten", "whole", "ensemble": beside "the group" they mean the whole
                           of the article's organization, not the unit named before
``net_words``              "net", "líquidas", "netto": beside a revenue word, revenue less excise or
                           discounts ("net revenue"), a measure of its own
``clock_articles``         "las", "alle", "às": before "17.30" they make it a time of day
``change_bases``           "year", "tasa", "Vorjahr": after a change figure and its preposition, the
                           basis of the change ("on the year"), never what changed
``occupant_nouns``         "67 Insassen", "cerca de 70 ocupantes": a count of them is everyone on
                           board (passengers and crew), never the passengers alone
``carrying_words``         "carry", "transportar": before a count of people, a vehicle named near,
                           they say everyone on board ("the boat was carrying 137 people")
``addition_words``         "plus", "più", "s'ajoutent": before a bonus word after a fee, they make
                           the fee the fixed part ("£100m plus £16m in add-ons")
``base_fee_words``         "fixed", "fijos", "Sockel": the fixed part of a fee
``whole_words``            "sur", "su", "von": "152 sièges sur 630": the figure after it is the
                           whole the first is counted out of, no claim of its own
``total_phrases``          "su un totale di 489", "von insgesamt 489": a whole named as a total
``retro_when_words``       "when", "cuando", "als" after "since 2001,": the figures of that clause
                           are the earlier event's
``other_event_words``      "another", "précédent", "anterior": beside an event noun ("un autre
                           séisme qui avait fait 40 morts") they make a count after it another
                           event's
``anaphoric_openers``      "il", "it", "dabei": a sentence they open goes on with the event the
                           one before ended on ("… le précédent séisme. Il avait fait 40 morts")
``election_rounds``        round number -> phrases ("first round", "second tour", "Stichwahl"): an
                           election result of one round is compared only with that round's
``requirement_words``      "needed", "nécessaires", "absolute majority": a figure they stand beside
                           is a bar to reach ("the 301 seats needed"), no figure reached
``priced_deal_nouns``      "deal", "takeover": right after an amount ("a $14.9 billion deal") they
                           make it the deal's price (none where the amount follows the noun)
``amounts_before_nouns``   true where an amount stands before the noun it is of ("a €2 billion share
                           buyback"): a slot word right after an amount is its own
``seat_share_joiners``      "with", "avec", "mit": "7 seats with 6.3%" — a bare percentage they join
                           to a seat count is that party's share of the vote
``party_prepositions``     "between", "entre", "zwischen": "the merger between X and Y" names both
                           parties, so no one of them nor anyone before is the deal's subject
``partitive_phrases``      "of the", "de las", "des", "der": alone between a count and its trigger,
                           they make it a part of the group ("three of the victims died")
``locative_prepositions``  "in", "em", "à" (also read by the gazetteer): "Em Vila Nova do Sarrado,
                           quatro feridos": a fronted place no gazetteer knows scopes the count too
``result_prepositions``    "for", "pour", "für": "contre 34 % pour Y": an election result right
                           before one of these and a name is that name's, not the first party's
``affected_words``         "concernés", "affected", "betroffenen": staff so described in an article
                           about layoffs are the people laid off, not the headcount
``relative_pronouns``      "which", "den", "que": a clause they open between two commas stands
                           aside ("Den Schaden, den X angerichtet hat, beziffert Y auf N")
``event_name_links``       "de", "di", "d'": between an event noun and its name ("l'incendie
                           d'Eaton")
``until_words``            "until", "até", "bis": before a year, the end of a term (a contract's)
``past_state_words``       "had", "tinha", "ursprünglich": in a contract's clause, the contract held
                           before (``portion:previous``), not the one signed
``still_words``            "noch", "still", "ainda": a few words before a contract's end, the
                           contract held now (``portion:previous``), not the one signed
``leave_verbs``            "leaves", "quitte", "verlässt" (lemmas): a contract named before one of
                           them in its sentence, by no signing word, is the one left
                           (``portion:previous``)
``signing_participles``    "signed", "prolongé", "verlängert": right after a past-state word, that
                           word is an auxiliary ("had extended"), no contract held before
``number_of_phrases``      "number of", "nombre de": before a count, the noun after them says what
                           it counts ("the number of plants to 10")
``tranche_words``          "another", "otros", "weitere" right before an amount: a tranche added to
                           one given before, not a total (``tranche_words_after``: after it,
                           "supplémentaires")
``bonus_words``            "più bonus", "plus add-ons": after a difference word, an addition to the
                           figure, not a difference
``fraction_of_previous``   "of that", "di questa": after a fraction, they make it a share of a
                           figure already given ("half of that holding"), no claim of its own
``inverted_conditions``    condition words that open a condition only at the head of a clause
                           ("Should the deal fail", "Sollte X scheitern", "De no concretarse")
``backward_conditions``    condition words that point back ("otherwise", "andernfalls"): the
                           scenario is the opposite of the one written before
``negative_conditions``    condition words that negate their clause ("unless", "de no", "faute de")
``deal_nouns``             generic deal nouns (lemmas: deal, acuerdo, Übernahme...) that, with the
                           ``deal_types`` words, make a condition about the deal
``signing_words``          "la llegada de X", "contratou o meia" (lemmas): a signing, whose
                           announcement date is the story's; never a price's deal word
``agreement_nouns``        "acuerdo", "accord", "Vereinbarung" (lemmas): right beside a completion
                           word ("ha cerrado un acuerdo") an agreement struck, not a deal completed
``failure_words``          lemmas that say a deal fails (fail, scheitern, échouer, fracasar)
``success_words``          lemmas or phrases that say it goes through (close, aboutir, concretar)
``other_sense_objects``    right after an acquisition word, a post or people ("Leitung", "talents",
                           "engineers"): another sense, no acquisition (lemmas)
``role_conjunctions``      "as", "als", "comme": at once after an acquisition word, a post taken
``months_to_date``         months -> phrases ("first nine months", "neuf premiers mois"): a period
                           figure of a year's first months, compared only with the same months
``portions``               portion key -> phrases ("outside", "on board", "au sol"): beside a count,
                           a portion of the story's total, compared only with the same portion
``workforce_parts``        part key -> phrases ("non-union", "non syndiqués", "Führungskräfte"): a
                           share of a workforce they qualify is that part's, not the whole's
``source_prepositions``    "an investment from X": X is the investor
``modifier_suffixes``      "-backed", "-owned": "X-backed Y" names Y, qualified by X
``light_verbs``            slot -> "verb + particle": "put + into" makes "put $2bn into X" an
                           investment, "mettre + sur la table" an outlay (the particle right after
                           the amount, lowercase tokens)
``recall_words``           lowercase words of a recall ("recall", "rappel", "stop drive"): vehicle
                           counts are recalled units only in an article that holds one
``rate_phrases``           "every year", "par an", "al día": beside a count, a statistic per period
                           (lowercase tokens, spaced)
``possessives``            "its", "su", "sa", "seine": a slot word after one is owned by the
                           organization named before it, not one named after
``sale_words``            "sale", "venta", "Verkauf": "X's sale of its unit to Y for $3.9bn" sells
                           what X owns, so the price is X's deal, not Y's
``thing_nouns``            "records", "registros", "Datensätze": between a count and a people word
                           after it, the count counts these things, not the people (lemmas)
``measure_units``          "hectares", "kilómetros", "Meter": right after a number, it measures a
                           stretch of land or distance and counts no one (lemmas)
``interim_words``          "so far", "finora", "bisher": an evolving count still rising, a floor
``existing_words``         "existing", "bisherigen", "actuelle": before a stake, one held before
                           the deal (as "already" before or after it: "qu'il détient déjà")
``agreement_terms``        "under the terms of the deal", "aux termes de l'accord": the
                           conditional after them ("X would pay $120 a share") states an agreed
                           deal's terms, no hypothesis
``move_verbs``             "joins", "transféré", "passa", "kommt": in a transfer story, the
                           amount a player moves for (as with ``leave_verbs``: "the club X left
                           for £19.5m") is the fee
``move_prepositions``      "for", "pour", "à": the preposition right before that amount
``each_words``             "15 mortos cada", "15 morts chacun": after a count and its noun, a
                           figure for each of several, never one total
``each_words_before``      "je 15 Tote", "jeweils 15": the same, right before the count
``tally_nouns``            "cifra", "número", "bilan": "subió a 174 la cifra de fallecidos" — a
                           tally phrase between a count and its slot word links them (lemmas)
``that_clause_openers``    "figures show that", "indicano che": a name after them, before the
                           figure, is the subject of the clause that holds it (not one before)
``per_share_determiners``  "each", "every", "cada": "$210 for every outstanding X common share"
                           is a price per share, whatever few words stand before the share noun
``abandon_phrases``        "walked away from", "a renoncé à", "kündigte": the deal they govern was
                           given up, and its price is no price of the story's deal
``job_nouns``              "jobs", "postos", "Stellen": a reduction word before a count of them
                           ("una reducción de 7.500 empleos") names job cuts
``other_vote_nouns``       "referendum", "Volksabstimmung" (lemmas): named before a share or a
                           turnout in its sentence, in an article whose title and first sentence
                           name none, they make the figure another vote's
``workforce_nouns``        "headcount", "plantilla", "Zahl der Stellen": beside one of these and
                           a ``staff_cut_words`` entry ("cut", "senken", lemmas), a percentage is
                           the share of the staff cut ("cutting its headcount by 10%")
``clock_suffixes``         "p.m.", "Uhr", "h": written after an hour only: "20 Uhr", "22h20",
                           "10.20 pm" are a time of day (``clock_time``)
``clock_hour_nouns``       "horas", "heures": after an hour a time of day as well, but also a
                           duration; with ``clock_suffixes`` they make ``clock_words``, the words
                           that make the number right before them an hour
``fronting_prepositions``  "With 37% of the vote, the alliance...": a sentence opening with one
                           gives the opening phrase to the name that follows it
``deal_price_words``       "the deal is worth", "l'operazione costa", "agreed to pay X for the 25%
                           stake": before an amount, with a deal or stake word, the deal's price
``zero_words``             "No one was injured", "nessuno è rimasto ferito": a toll of zero
                           when a toll word follows within a few words
``conversion_words``       "In dollars, that price comes to", "Umgerechnet entspricht das": a
                           sentence that converts the money figure of the one before
``adjusted_words``         "adjusted operating income": an adjusted measure is another portion
``recurring_words``        "recorrente", "recurring": beside a net profit (not an operating one),
                           an adjusted measure
``as_of_prepositions``     "by 5 p.m.", "bis 17 Uhr": before a clock time, the time a count was
                           made at: an interim count, a floor for later ones
``dative_prepositions``    "une amende de 798 millions à X": who receives a fine
``pay_verbs``              "paid", "pagan", "zahlt": in a transfer story, what a club pays for
                           the player it signs is the player's fee, not the club's spending
``loan_words``             "loan", "cesión", "Leihe": a player lent, whose fee and payments are a
                           loan's, never a transfer's
``person_deal_words``      "transfer fee", "fichaje", "Ablöse": a deal whose price is a person's
                           (a player's transfer), told by the person, not by either club
``player_nouns``           "the striker", "la jugadora", "der Stürmer": an age they carry, in an
                           article about one person, is that person's
``arrival_nouns``          "arrival", "llegada", "Verpflichtung": what a cost verb after them costs
                           is a transfer fee ("La llegada de X le ha costado 35 millones")
``denominator_words``      "the only survivors out of 181 passengers": a total others are part of,
                           counted by its own noun, not by the event of the clause
``stake_prepositions``     "participación en X", "Anteil an X": a share held in a named company
``compound_nouns``         true where nouns compound (de): a capitalized word ending with a
                           one-word slot entry of five letters or more is that slot's word
``threshold_words``        "the 30% threshold", "la meta de 50%": a percentage set as a bar
``reduction_words``        "shrink its workforce by 9,000", "prescindirá de 18.000 empleados",
                           "18mila dipendenti in uscita": staff counted out are laid off
``level_to_words``         "from 23,000 to 14,000", "de 23 mil para 14 mil": between two levels;
                           right after a change verb ("fell to 4.4%") a rate's level, no change
``option_words``           "per Option bis 2029", "con opción hasta 2031": a contract's end an
                           option would give, not the one agreed
``crowd_nouns``            "Menschen", "personnes", "people": after a count a source gives in a
                           protest story, the protesters
``gathering_nouns``        "Kundgebung", "rally", "manifestación": a crowd counted right before one
                           gathered at a protest, its protesters, whoever counted it
``loss_words``             "net loss", "pérdidas", "Verlust", "prejuízo": a result word that makes
                           its amount negative, so a loss and a profit of one period clash
``exclusion_words``        "if one-off items are excluded", "si se excluyen": an if-clause that
                           defines an adjusted measure, no hypothesis
``change_comparatives``   "3.412 millones, un 2,7 % más", "5,2 Mrd. Euro, ein Prozent mehr": right
                           after a percentage that follows a period's amount, that amount's change
``upper_house_words``      "Senate", "Senado": a seat count or vote share of the upper house,
                           another count than the lower house's
``cost_verbs``             "the winger cost €48m", "a jogadora custou": with a player noun
                           as its subject, the figure is the player's transfer fee
``player_objects``         "por él", "pour lui", "for him": after a price preposition in a transfer
                           story, the player a sum is paid for
``venue_prepositions``     "an der Kolberger Allee", "at Norvik Park": a name after them is a place,
                           never someone else a figure could belong to
``name_articles``          "el", "del", "le", "au", "il", "o", "do": masculine articles; a name
                           written twice right after one is a club's or a company's, no person's
``contract_length_nouns``  "a three-year contract", "un contrato de tres años": the nouns whose
                           length in years, counted from the article's date, is a contract's end
``contract_length_units``  "years", "temporadas": the units of a contract's length
``contract_length_joiners`` "of", "d' une durée de": between a contract noun and its length
``contract_length_words``  years -> words of that length: "Dreijahresvertrag", "triennale"
``share_price_nouns``      "the shares fell 5%", "as ações valorizaram": a share price's change
``owner_phrases``          "the owner of X", "propietaria de marcas como X": X is not who acts
``segment_nouns``          "No segmento espacial", "in its defence division": a segment's figure
``counting_words``         "with 98% of the vote counted": after a share a fronting preposition
                           opens, how far a count has got, no share of anyone's
``counting_nouns``         "escrutinio del 98%", "Auszählung von 98 Prozent": the same, before it
``pending_phrases``        "seats yet to be allocated", "restant à attribuer": after a figure, one
                           still to be decided (hypothetical)
``update_phrases``         "two more seats, bringing its total to 60": a total after a change the
                           sentence reports, compared only with totals so updated
``indefinite_articles``    "a takeover", "eine Übernahme": a deal word with one names deals in
                           general, no deal of the story
``change_verbs``           "lost 17 seats", "perderam 23 mandatos": a verb of change right before a
                           count makes it a change (compared only with changes), not a level
``remainder_words``        "the remaining 15%", "el 15% restante": the figure is what is left of a
                           whole, a part (lemmas)
``unit_nouns``             people nouns (lemmas) that count people but name no event: the event
                           word of the clause decides the slot ("31 protesters were arrested")

A trained spaCy pipeline is never needed: ``spacy.blank(lang)`` tokenizes and splits sentences.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.lang import load
from claimcheck.lemmas import lemma, set_lemmas
from claimcheck.slots import SLOTS

if TYPE_CHECKING:  # spaCy is imported when a language is first needed, not with claimcheck
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

#: Categories whose entries go into the PhraseMatcher, as "category:label" match keys.
_MATCHED = ("slots", "deal_types", "modality", "anaphora", "roles", "relations", "stake_words",
            "relation_nouns", "relation_verbs", "generic_deals", "other_senses",
            "combination_words")
#: Categories also matched by lemma. Modality cues stay surface forms: their tense is their
#: meaning ("would", "expected to"), and a lemma would merge "said" with "says".
_LEMMATIZED = ("slots", "deal_types", "anaphora", "roles", "relations", "stake_words",
               "relation_nouns", "relation_verbs")


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    nlp: Language
    matcher: PhraseMatcher
    #: The same entries matched by lemma: "licenciés" meets "licencier", "Toten" meets "Tote".
    lemma_matcher: PhraseMatcher
    agent_prepositions: frozenset[str]
    non_target_prepositions: frozenset[str]
    count_nouns: frozenset[str]
    difference_words: frozenset[str]
    backshift: frozenset[str]
    conditional_endings: tuple[str, ...]
    conditional_exceptions: frozenset[str]
    conditional_singular_endings: tuple[str, ...]
    idle_negations: tuple[str, ...]
    place_anaphora: frozenset[str]
    quarter_anaphora: tuple[tuple[str, ...], ...]
    margin_nouns: frozenset[str]
    possessive_relatives: frozenset[str]
    volume_words: frozenset[str]
    new_business_phrases: tuple[str, ...]
    share_nouns: frozenset[str]
    cost_nouns: frozenset[str]
    other_measure_nouns: frozenset[str]
    passage_phrases: tuple[str, ...]
    change_amount_phrases: tuple[tuple[str, ...], ...]
    announced_other_objects: frozenset[str]
    recording_verbs: tuple[tuple[str, ...], ...]
    event_nouns: frozenset[str]
    from_to_words: tuple[tuple[str, str], ...]
    parent_nouns: frozenset[str]
    ratio_nouns: frozenset[str]
    agent_phrases: tuple[tuple[str, ...], ...]
    special_words: frozenset[str]
    abstention_words: frozenset[str]
    sequential_phrases: tuple[str, ...]
    constant_currency_phrases: tuple[str, ...]
    current_currency_phrases: tuple[str, ...]
    interest_words: frozenset[str]
    depreciation_words: frozenset[str]
    subgroup_nouns: frozenset[str]
    place_relatives: frozenset[str]
    capitalizes_nouns: bool
    verb_final_subordinators: frozenset[str]
    result_with_words: frozenset[str]
    result_verbs: frozenset[str]
    night_words: frozenset[str]
    occurrence_verbs: tuple[str, ...]
    arrival_verbs: tuple[str, ...]
    start_verbs: tuple[str, ...]
    several_words: frozenset[str]
    origin_phrases: tuple[str, ...]
    since_words: frozenset[str]
    age_moment_words: tuple[str, ...]
    age_moment_after_words: tuple[str, ...]
    partial_count_phrases: tuple[str, ...]
    #: Pattern of ``count_ongoing_phrases``, whole words ("" when the language has none).
    count_ongoing: str
    poll_phrases: tuple[str, ...]
    abroad_phrases: tuple[str, ...]
    #: Pattern of the vote_share slot words and ``election_words``, whole words (an article about
    #: a vote holds two of them).
    vote_words: str
    noun_prepositions: frozenset[str]
    price_prepositions: frozenset[str]
    sale_verbs: frozenset[str]
    cash_words: tuple[str, ...]
    sold_unit_nouns: frozenset[str]
    conjunctions: frozenset[str]
    definite_articles: frozenset[str]
    descriptor_adjectives: frozenset[str]
    comparison_words: frozenset[str]
    comparison_phrases: tuple[tuple[str, ...], ...]
    year_comparison_words: frozenset[str]
    other_organization_nouns: frozenset[str]
    linking_words: frozenset[str]
    genitive_prepositions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    gerund_endings: tuple[str, ...]
    increment_words: frozenset[str]
    unit_nouns: frozenset[str]
    qualifier_period_words: frozenset[str]
    subgroup_words: tuple[str, ...]
    of_which_words: tuple[str, ...]
    restatement_words: tuple[str, ...]
    equivalence_words: tuple[str, ...]
    #: lemma of an attribution noun -> its key ("policía" -> "police").
    attributions: dict[str, str]
    count_verbs: frozenset[str]
    separable_particles: frozenset[str]
    named_event_nouns: frozenset[str]
    #: first words of "of them", "de ellos", "davon" (the rest is checked on the text)
    anaphoric_counts: tuple[str, ...]
    list_joiners: frozenset[str]
    contrast_conjunctions: frozenset[str]
    adversatives: frozenset[str]
    mostly_words: tuple[str, ...]
    kinship_words: frozenset[str]
    restrictive_words: frozenset[str]
    country_anaphora: tuple[str, ...]
    #: lemma of a one-word entry that starts with a separable particle -> (category, label).
    separable_entries: dict[str, tuple[str, str]]
    #: "9th death", "9. Todesopfer": digits + one of the language's rank suffixes.
    rank: re.Pattern[str] | None
    exactly_one: frozenset[str]
    determiners: frozenset[str]
    remainder_words: frozenset[str]
    change_verbs: frozenset[str]
    zero_words: frozenset[str]
    deal_price_words: tuple[str, ...]
    conversion_words: tuple[str, ...]
    adjusted_words: frozenset[str]
    recurring_words: frozenset[str]
    dative_prepositions: frozenset[str]
    person_deal_words: frozenset[str]
    player_nouns: frozenset[str]
    pay_verbs: frozenset[str]
    loan_words: frozenset[str]
    arrival_nouns: frozenset[str]
    denominator_words: tuple[str, ...]
    stake_prepositions: frozenset[str]
    threshold_words: frozenset[str]
    counting_words: frozenset[str]
    segment_nouns: frozenset[str]
    share_price_nouns: frozenset[str]
    owner_phrases: tuple[str, ...]
    reduction_words: tuple[str, ...]
    level_to_words: frozenset[str]
    venue_prepositions: frozenset[str]
    name_articles: frozenset[str]
    name_infixes: frozenset[str]
    cost_verbs: frozenset[str]
    upper_house_words: tuple[str, ...]
    option_words: frozenset[str]
    change_comparatives: tuple[str, ...]
    exclusion_words: tuple[str, ...]
    loss_words: frozenset[str]
    crowd_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    player_objects: frozenset[str]
    contract_length_nouns: frozenset[str]
    contract_length_units: frozenset[str]
    contract_length_joiners: tuple[tuple[str, ...], ...]
    contract_length_words: dict[str, int]
    counting_nouns: frozenset[str]
    pending_phrases: tuple[str, ...]
    update_phrases: tuple[str, ...]
    indefinite_articles: frozenset[str]
    #: German compounds end with their head: "Sockelablöse" is an "Ablöse", "Rekordumsatz" an
    #: "Umsatz" (head noun -> (category, label); empty where ``compound_nouns`` is off).
    compound_heads: dict[str, tuple[str, str]]
    #: "by 5 p.m.", "bis 17 Uhr", "à 17 h": a time of day a count was made at (see
    #: ``as_of_prepositions``, ``clock_suffixes`` and ``clock_hour_nouns``).
    as_of_time: re.Pattern[str] | None
    fronting_prepositions: frozenset[str]
    interim_words: tuple[str, ...]
    existing_words: frozenset[str]
    agreement_terms: tuple[str, ...]
    move_verbs: frozenset[str]
    move_prepositions: frozenset[str]
    each_words: tuple[str, ...]
    each_words_before: frozenset[str]
    tally_nouns: frozenset[str]
    that_clause_openers: tuple[tuple[str, ...], ...]
    per_share_determiners: frozenset[str]
    abandon_phrases: tuple[str, ...]
    job_nouns: frozenset[str]
    workforce_nouns: tuple[str, ...]
    other_vote_nouns: frozenset[str]
    staff_cut_words: frozenset[str]
    clock_words: frozenset[str]
    #: "22h20", "20 Uhr", "22:20": a time of day (from ``clock_suffixes``).
    clock_time: re.Pattern[str]
    thing_nouns: frozenset[str]
    measure_units: frozenset[str]
    leave_verbs: frozenset[str]
    possessives: frozenset[str]
    sale_words: frozenset[str]
    recall_words: tuple[str, ...]
    rate_phrases: tuple[str, ...]
    #: (verb lemma, particle, slot) of every light verb.
    light_verbs: tuple[tuple[str, str, str], ...]
    source_prepositions: frozenset[str]
    modifier_suffixes: tuple[str, ...]
    #: (phrase, key) of every portion phrase, longest first.
    portions: tuple[tuple[str, str], ...]
    workforce_parts: tuple[tuple[str, str], ...]
    months_to_date: tuple[tuple[str, str], ...]
    other_sense_objects: frozenset[str]
    role_conjunctions: frozenset[str]
    inverted_conditions: frozenset[str]
    backward_conditions: frozenset[str]
    negative_conditions: frozenset[str]
    negation_words: frozenset[str]
    deal_nouns: frozenset[str]
    signing_words: frozenset[str]
    agreement_nouns: frozenset[str]
    failure_words: frozenset[str]
    success_words: frozenset[str]
    earlier_event_phrases: tuple[str, ...]
    pluperfect_auxiliaries: frozenset[str]
    participle_endings: tuple[str, ...]
    participle_infix: tuple[str, ...]
    fraction_of_previous: tuple[str, ...]
    bonus_words: frozenset[str]
    tranche_words: frozenset[str]
    number_of_phrases: tuple[str, ...]
    until_words: frozenset[str]
    event_name_links: frozenset[str]
    retro_when_words: frozenset[str]
    other_event_words: frozenset[str]
    anaphoric_openers: frozenset[str]
    relative_pronouns: frozenset[str]
    affected_words: frozenset[str]
    result_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    partitive_phrases: frozenset[str]
    party_prepositions: frozenset[str]
    seat_share_joiners: frozenset[str]
    priced_deal_nouns: frozenset[str]
    amounts_before_nouns: bool
    requirement_words: tuple[str, ...]
    election_rounds: tuple[tuple[str, str], ...]
    whole_words: frozenset[str]
    total_phrases: tuple[str, ...]
    past_state_words: frozenset[str]
    still_words: frozenset[str]
    signing_participles: frozenset[str]
    tranche_words_after: frozenset[str]
    addition_words: frozenset[str]
    carrying_words: frozenset[str]
    occupant_nouns: frozenset[str]
    change_bases: frozenset[str]
    net_words: frozenset[str]
    whole_group_words: frozenset[str]
    clock_articles: frozenset[str]
    change_object_prepositions: frozenset[str]
    base_fee_words: frozenset[str]
    vehicle_kinds: dict[str, str]
    organization_prepositions: frozenset[str]
    staff_shares: frozenset[str]
    strike_words: frozenset[str]
    affecting_verbs: frozenset[str]
    pro_verbs: tuple[str, ...]
    #: lemma of a generic noun of a kind -> the kind ("banco" -> "bank").
    anaphora_kinds: dict[str, str]
    named_kinds: frozenset[str]
    #: lowercased name words -> language-neutral concept ("die linke" -> "left").
    name_concepts: dict[str, str]
    name_generic_words: frozenset[str]
    cleft_openers: frozenset[str]
    cleft_joiners: frozenset[str]
    stop_words: frozenset[str]
    #: Lowercased words that are never (part of) a name: cue words of every kind.
    cue_words: frozenset[str]
    capitalized_nouns: bool

    def holds(self, words: frozenset[str], token: str) -> bool:
        """Whether a lowercased token, as written or by its lemma, is one of ``words`` (a set
        built with the entries' lemmas, so "licenciés" meets "licencier"); where nouns compound,
        also a compound ending with one ("sockelablöse" meets "ablöse")."""
        if token in words or lemma(token, self.lang) in words:
            return True
        return bool(self.compound_heads) and len(token) >= 8 and any(
            token.endswith(word) and len(word) >= 5 for word in words)


def _compound_heads(data: dict) -> dict[str, tuple[str, str]]:
    """One-word slot entries of five letters or more: the heads a compound may end with (a
    compound is a capitalized word, a noun, so a verb entry rarely ends one)."""
    heads: dict[str, tuple[str, str]] = {}
    for label, entries in sorted((data.get("slots") or {}).items()):
        for entry in entries or ():
            word = str(entry).lower()
            if " " not in word and len(word) >= 5:
                heads.setdefault(word, ("slots", label))
    for entry in data.get("anaphora") or ():  # "Großbank", "Modekonzern": a kind of company
        word = str(entry).lower()
        if " " not in word and len(word) >= 4:
            heads.setdefault(word, ("anaphora", "all"))
    return heads


def _as_of_time(prepositions, clocks) -> re.Pattern[str] | None:
    """"by 5 p.m.", "à 17 h", "à 17h30", "bis 17 Uhr"."""
    if not prepositions or not clocks:
        return None
    before = "|".join(re.escape(p) for p in sorted(prepositions, key=len, reverse=True))
    after = "|".join(re.escape(c) for c in sorted(clocks, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{before})\s+(?:\d{{1,2}}h\d{{2}}|"
                      rf"\d{{1,2}}(?:[:.h]\d{{2}})?\s*(?:{after}))(?!\w)", re.IGNORECASE)


def _clock_time(suffixes) -> re.Pattern[str]:
    """"22:20" anywhere; "22h20", "20 Uhr", "10.20 pm" where the language writes an hour so:
    a time of day, never a duration ("24 horas")."""
    hour = r"(?:[01]?\d|2[0-3])"
    forms = [rf"{hour}:[0-5]\d"]
    if "h" in suffixes:
        forms.append(rf"{hour}h[0-5]\d")  # ("à 18 h" alone may be a closing hour, as before)
    words = [c for c in suffixes if c != "h"]
    if words:
        after = "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True))
        forms.append(rf"{hour}(?:[:.][0-5]\d)?\s?(?:{after})(?!\w)")
    return re.compile(rf"(?<![\w.,])(?:{'|'.join(forms)})", re.IGNORECASE)


def _rank_pattern(suffixes) -> re.Pattern[str] | None:
    if not suffixes:
        return None
    alternation = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(\d{{1,4}})(?:{alternation})(?![\w\d])")


#: Set to 1 to let an installed trained spaCy pipeline parse the articles of its language: its
#: dependency parse then ranks the slot word a figure hangs on first. The rule path (a blank
#: pipeline) stays the default and needs no model.
TRAINED_PIPELINES_ENV = "CLAIMCHECK_TRAINED_PIPELINES"
#: Trained pipelines tried per language, best first.
TRAINED_PIPELINES = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"), "de": ("de_core_news_md", "de_core_news_sm"),
    "es": ("es_core_news_md", "es_core_news_sm"), "it": ("it_core_news_md", "it_core_news_sm"),
    "pt": ("pt_core_news_md", "pt_core_news_sm"), "en": ("en_core_web_md", "en_core_web_sm"),
}


@cache
def trained_pipeline(lang: str) -> str | None:
    """The name of the trained pipeline used for ``lang``: only when asked for (the
    environment variable above) and installed."""
    import os
    from importlib.util import find_spec

    if os.environ.get(TRAINED_PIPELINES_ENV, "").lower() not in ("1", "true", "yes"):
        return None
    return next((name for name in TRAINED_PIPELINES.get(lang, ()) if find_spec(name)), None)


@cache
def nlp_for(lang: str) -> Language:
    """The pipeline of a language, built once per process and only when an article needs it:
    blank with a sentencizer, or the trained pipeline asked for (its parser splits sentences)."""
    import spacy

    trained = trained_pipeline(lang)
    if trained is not None:
        return spacy.load(trained, exclude=["ner", "lemmatizer"])
    _register_number_ends()
    nlp = _french() if lang == "fr" else spacy.blank(lang)
    if _sentence_openers(lang):
        nlp.add_pipe(_NUMBER_ENDS)
    nlp.add_pipe("sentencizer")
    return nlp


_NUMBER_ENDS = "claimcheck_number_ends"
_ORDINAL = re.compile(r"\d(?:[\d.,]*\d)?\.")
_YEAR_ORDINAL = re.compile(r"(?:1[89]|20)\d\d\.")


@cache
def _sentence_openers(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load(lang, "numbers").get("sentence_openers") or ())


def _split_number_ends(doc):
    """"Vertrag bis 2033. Danach …": a figure's full stop before a sentence's first word
    ends the sentence, though the tokenizer kept it as an ordinal's ("am 31. Mai" stays)."""
    openers = _sentence_openers(doc.lang_)
    ends = [token for token in doc[:-1]
            if _ORDINAL.fullmatch(token.text) and token.whitespace_
            and doc[token.i + 1].text[:1].isupper()
            and (doc[token.i + 1].lower_ in openers or _YEAR_ORDINAL.fullmatch(token.text))]
    if ends:
        with doc.retokenize() as retokenizer:
            for token in ends:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
    return doc


def _register_number_ends() -> None:
    from spacy.language import Language

    if not Language.has_factory(_NUMBER_ENDS):
        Language.component(_NUMBER_ENDS, func=_split_number_ends)


# spaCy's French tokenizer exceptions compile, at import, one case-insensitive regex of some 400
# alternatives over Unicode letter classes: about 2 s, more than the rest of start-up together.
# All it does is keep listed hyphenated compounds whole ("porte-parole", "Saint-Germain"). Its
# compilation is deferred to a first use that never comes, and the tokenizer keeps every
# all-letter hyphenated word whole instead, except a verb with its enclitic pronoun ("dit-il",
# "est-ce"), which spaCy's French suffix rules split off. On the French articles of the curated
# corpora both give the same claims, and every French example passes.

#: Enclitic pronouns spaCy's French suffix rules split off ("a-t-il" → "a", "-t", "-il").
_FRENCH_ENCLITICS = ("ce", "clés", "elle", "en", "il", "ils", "je", "là", "moi", "nous", "on",
                     "t", "vous")


def _french() -> Language:
    """spaCy's blank French, with the compound rule below in place of its exceptions regex."""
    with _deferred_compile("spacy.lang.fr.tokenizer_exceptions"):
        from spacy.lang.fr import French
    from spacy.lang.char_classes import ALPHA, HYPHENS

    enclitics = "|".join(_FRENCH_ENCLITICS)
    hyphen = f"(?:{HYPHENS})"
    compound = re.compile(rf"^(?!.*{hyphen}(?:{enclitics})$)[{ALPHA}]+(?:{hyphen}[{ALPHA}]+)+$")

    class CompoundDefaults(French.Defaults):
        token_match = compound.match

    class CompoundFrench(French):
        Defaults = CompoundDefaults

    return CompoundFrench()


_REAL_COMPILE = re.compile


class _DeferredPattern:
    """A regular expression compiled on first use rather than where it is written."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._pattern: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = _REAL_COMPILE(*self._source)
        return self._pattern

    def match(self, *args, **kwargs):
        return self._compiled().match(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._compiled(), name)


@contextmanager
def _deferred_compile(module: str) -> Iterator[None]:
    """While ``module`` is imported, its own ``re.compile`` calls return patterns compiled on
    first use; every other caller gets ``re.compile`` unchanged."""
    if module in sys.modules:
        yield
        return

    def compile_(pattern, flags=0):
        if sys._getframe(1).f_globals.get("__name__") == module:
            return _DeferredPattern(pattern, flags)
        return _REAL_COMPILE(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = _REAL_COMPILE


@cache
def lexicon(lang: str) -> Lexicon:
    from spacy.matcher import PhraseMatcher

    data = load(lang, "claims")
    nlp = nlp_for(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
    cue_words: set[str] = set()
    surface_only = set(data.get("surface_only") or ())
    for category in _MATCHED:
        section = data.get(category) or {}
        if isinstance(section, list):
            section = {"all": section}
        for label, words in sorted(section.items()):
            if category == "slots" and label not in SLOTS:
                raise ValueError(f"{lang}/claims.yaml: unknown slot {label!r}")
            patterns = [nlp.make_doc(word) for word in sorted(set(words or []))]
            if patterns:
                matcher.add(f"{category}:{label}", patterns)
                lemmatized = sorted(set(words) - surface_only)
                if category in _LEMMATIZED and lemmatized:
                    lemma_matcher.add(f"{category}:{label}", [
                        set_lemmas(nlp.make_doc(word), lang) for word in lemmatized])
            for word in words or []:
                cue_words.update(word.split())
    cue_words.update(w.lower() for w in data.get("not_names") or ())
    particles = tuple(data.get("separable_particles") or ())
    separable: dict[str, tuple[str, str]] = {}
    for category in _LEMMATIZED:
        section = data.get(category) or {}
        if isinstance(section, list):
            section = {"all": section}
        for label, words in sorted(section.items()):
            for word in words or ():
                if " " not in word and any(word.startswith(p) and len(word) > len(p) + 2
                                           for p in particles):
                    separable.setdefault(lemma(word, lang), (category, label))
    # spaCy's stop lists hold some nouns ("città", "días", "Jahre"): a figure before one counts it
    stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words) - frozenset(
        w.lower() for w in data.get("not_stop_words") or ())
    def words(key: str) -> frozenset[str]:
        return frozenset(data.get(key) or ())

    def lemmatized(entries) -> frozenset[str]:
        """Entries as written and as lemmas: a token's lemma meets either."""
        return frozenset(form for w in entries for form in (w.lower(), lemma(w, lang)))

    def lowered(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in words(key))

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(data.get(key) or ())

    def token_phrases(key: str) -> tuple[tuple[str, ...], ...]:
        """The entries as lowercased token tuples, for ``ends_with_phrase``."""
        return tuple(sorted({tuple(str(w).lower().split()) for w in data.get(key) or ()}))

    def keyed_phrases(key: str) -> tuple[tuple[str, str], ...]:
        """(phrase, key) pairs of a key -> phrases table, longest phrase first."""
        pairs = ((phrase.lower(), str(label)) for label, entries in (data.get(key) or {}).items()
                 for phrase in entries)
        return tuple(sorted(pairs, key=lambda item: (-len(item[0]), item)))

    return Lexicon(
        lang=lang,
        nlp=nlp,
        matcher=matcher,
        lemma_matcher=lemma_matcher,
        agent_prepositions=frozenset(data.get("agent_prepositions") or ()),
        non_target_prepositions=frozenset(
            [*(data.get("agent_prepositions") or ()), *(data.get("non_target_prepositions") or ())]
        ),
        count_nouns=frozenset(data.get("count_nouns") or ()),
        difference_words=frozenset(data.get("difference_words") or ()),
        backshift=frozenset(data.get("backshift") or ()),
        conditional_endings=tuple(data.get("conditional_endings") or ()),
        conditional_exceptions=frozenset(data.get("conditional_exceptions") or ()),
        conditional_singular_endings=tuple(data.get("conditional_singular_endings") or ()),
        idle_negations=tuple(str(p).lower() for p in data.get("idle_negations") or ()),
        place_anaphora=lowered("place_anaphora"),
        quarter_anaphora=token_phrases("quarter_anaphora"),
        margin_nouns=lowered("margin_nouns"),
        possessive_relatives=lowered("possessive_relatives"),
        volume_words=lowered("volume_words"),
        new_business_phrases=tuple(w.lower() for w in phrases("new_business_phrases")),
        share_nouns=lowered("share_nouns"),
        cost_nouns=lemmatized(words("cost_nouns")),
        other_measure_nouns=lemmatized(words("other_measure_nouns")),
        passage_phrases=tuple(str(p).lower() for p in data.get("passage_phrases") or ()),
        change_amount_phrases=token_phrases("change_amount_phrases"),
        announced_other_objects=lowered("announced_other_objects"),
        recording_verbs=token_phrases("recording_verbs"),
        event_nouns=lowered("event_nouns") | frozenset(data.get("named_event_nouns") or ()),
        from_to_words=tuple(sorted(tuple(str(pair).lower().split(maxsplit=1))  # "from to"
                                   for pair in data.get("from_to_words") or ())),
        parent_nouns=lowered("parent_nouns"),
        ratio_nouns=lowered("ratio_nouns"),
        agent_phrases=token_phrases("agent_phrases"),
        special_words=lowered("special_words"),
        abstention_words=lowered("abstention_words"),
        sequential_phrases=phrases("sequential_phrases"),
        constant_currency_phrases=phrases("constant_currency_phrases"),
        current_currency_phrases=phrases("current_currency_phrases"),
        interest_words=lowered("interest_words"),
        depreciation_words=lowered("depreciation_words"),
        subgroup_nouns=lowered("subgroup_nouns"),
        place_relatives=lowered("place_relatives"),
        capitalizes_nouns=bool(data.get("capitalizes_nouns")),
        verb_final_subordinators=lowered("verb_final_subordinators"),
        result_with_words=lowered("result_with_words"),
        result_verbs=lowered("result_verbs"),
        night_words=lowered("night_words"),
        # arrivals and starts say nothing of what happened either: they are occurrence verbs
        occurrence_verbs=tuple(dict.fromkeys(
            str(p).lower() for key in ("occurrence_verbs", "arrival_verbs", "start_verbs")
            for p in data.get(key) or ())),
        arrival_verbs=tuple(str(p).lower() for p in data.get("arrival_verbs") or ()),
        start_verbs=tuple(str(p).lower() for p in data.get("start_verbs") or ()),
        several_words=lowered("several_words"),
        origin_phrases=tuple(str(p).lower() for p in data.get("origin_phrases") or ()),
        since_words=lowered("since_words"),
        age_moment_words=tuple(str(p).lower() for p in data.get("age_moment_words") or ()),
        age_moment_after_words=tuple(
            str(p).lower() for p in data.get("age_moment_after_words") or ()),
        partial_count_phrases=tuple(
            str(p).lower() for p in data.get("partial_count_phrases") or ()),
        count_ongoing=_whole_words(data.get("count_ongoing_phrases") or ()),
        poll_phrases=tuple(str(p).lower() for p in data.get("poll_phrases") or ()),
        abroad_phrases=tuple(str(p).lower() for p in data.get("abroad_phrases") or ()),
        vote_words=_whole_words([*((data.get("slots") or {}).get("vote_share") or ()),
                                 *(data.get("election_words") or ())]),
        noun_prepositions=lowered("noun_prepositions"),
        price_prepositions=frozenset(data.get("price_prepositions") or ()),
        sale_verbs=lowered("sale_verbs"),
        cash_words=tuple(str(w).lower() for w in data.get("cash_words") or ()),
        sold_unit_nouns=lowered("sold_unit_nouns"),
        conjunctions=frozenset(data.get("conjunctions") or ()),
        definite_articles=frozenset(data.get("definite_articles") or ()),
        descriptor_adjectives=lowered("descriptor_adjectives"),
        comparison_words=frozenset(w.split()[-1] for w in data.get("comparison_words") or ()),
        comparison_phrases=tuple(sorted(
            {*token_phrases("comparison_words"), *token_phrases("same_period_phrases"),
             *(word + same for word in token_phrases("comparison_words")
               for same in token_phrases("same_period_phrases"))})),
        year_comparison_words=lowered("year_comparison_words"),
        other_organization_nouns=frozenset(data.get("other_organization_nouns") or ()),
        linking_words=frozenset(data.get("linking_words") or ()),
        genitive_prepositions=frozenset(data.get("genitive_prepositions") or ()),
        passive_auxiliaries=frozenset(data.get("passive_auxiliaries") or ()),
        gerund_endings=tuple(str(e).lower() for e in data.get("gerund_endings") or ()),
        increment_words=frozenset(data.get("increment_words") or ()),
        unit_nouns=lemmatized(words("unit_nouns")),
        qualifier_period_words=frozenset(data.get("qualifier_period_words") or ()),
        subgroup_words=tuple(w.lower() for w in phrases("subgroup_words")),
        restatement_words=tuple(w.lower() for w in phrases("restatement_words")),
        equivalence_words=tuple(w.lower() for w in phrases("equivalence_words")),
        of_which_words=tuple(w.lower() for w in phrases("of_which_words")),
        count_verbs=frozenset(data.get("count_verbs") or ()),
        separable_particles=frozenset(particles),
        named_event_nouns=frozenset(data.get("named_event_nouns") or ()),
        anaphoric_counts=tuple(data.get("anaphoric_counts") or ()),
        list_joiners=lowered("list_joiners"),
        contrast_conjunctions=lowered("contrast_conjunctions"),
        adversatives=lowered("adversatives"),
        mostly_words=tuple(str(p).lower() for p in data.get("mostly_words") or ()),
        kinship_words=frozenset(str(w).lower() for w in data.get("kinship_words") or ()),
        restrictive_words=frozenset(str(w).lower() for w in data.get("restrictive_words") or ()),
        country_anaphora=tuple(str(p).lower() for p in data.get("country_anaphora") or ()),
        separable_entries=separable,
        attributions={lemma(word.split()[-1], lang): key
                      for key, words in sorted((data.get("attributions") or {}).items())
                      for word in words},
        rank=_rank_pattern(data.get("rank_suffixes") or ()),
        exactly_one=words("exactly_one"),
        name_concepts={word.casefold(): key
                       for key, words in sorted((data.get("name_concepts") or {}).items())
                       for word in words},
        name_generic_words=frozenset(w.casefold() for w in data.get("name_generic_words") or ()),
        named_kinds=words("named_kinds"),
        anaphora_kinds={lemma(word.split()[-1], lang): kind
                        for kind, words in sorted((data.get("anaphora_kinds") or {}).items())
                        for word in words},
        pro_verbs=phrases("pro_verbs"),
        staff_shares=lowered("staff_shares"),
        strike_words=lemmatized(words("strike_words")),
        affecting_verbs=lemmatized(words("affecting_verbs")),
        organization_prepositions=words("organization_prepositions"),
        earlier_event_phrases=phrases("earlier_event_phrases"),
        pluperfect_auxiliaries=words("pluperfect_auxiliaries"),
        participle_endings=phrases("participle_endings"),
        participle_infix=phrases("participle_infix"),
        fraction_of_previous=phrases("fraction_of_previous"),
        bonus_words=lowered("bonus_words"),
        tranche_words=lowered("tranche_words"),
        number_of_phrases=phrases("number_of_phrases"),
        until_words=lowered("until_words"),
        event_name_links=lowered("event_name_links"),
        retro_when_words=lowered("retro_when_words"),
        other_event_words=lowered("other_event_words"),
        anaphoric_openers=lowered("anaphoric_openers"),
        relative_pronouns=lowered("relative_pronouns"),
        affected_words=lowered("affected_words"),
        result_prepositions=lowered("result_prepositions"),
        locative_prepositions=lowered("locative_prepositions"),
        partitive_phrases=lowered("partitive_phrases"),
        party_prepositions=lowered("party_prepositions"),
        seat_share_joiners=lowered("seat_share_joiners"),
        priced_deal_nouns=lowered("priced_deal_nouns"),
        amounts_before_nouns=bool(data.get("amounts_before_nouns")),
        requirement_words=tuple(w.lower() for w in phrases("requirement_words")),
        election_rounds=keyed_phrases("election_rounds"),
        whole_words=lowered("whole_words"),
        total_phrases=tuple(w.lower() for w in phrases("total_phrases")),
        past_state_words=lowered("past_state_words"),
        still_words=lowered("still_words"),
        signing_participles=lowered("signing_participles"),
        tranche_words_after=lowered("tranche_words_after"),
        addition_words=lowered("addition_words"),
        carrying_words=lemmatized(words("carrying_words")),
        occupant_nouns=lowered("occupant_nouns"),
        change_bases=lemmatized(words("change_bases")),
        net_words=lowered("net_words"),
        whole_group_words=lowered("whole_group_words"),
        clock_articles=lowered("clock_articles"),
        change_object_prepositions=lowered("change_object_prepositions"),
        base_fee_words=lemmatized(words("base_fee_words")),
        vehicle_kinds={form: kind
                       for kind, nouns in sorted((data.get("vehicle_kinds") or {}).items())
                       for noun in nouns for form in (noun.lower(), lemma(noun, lang))},
        inverted_conditions=words("inverted_conditions"),
        backward_conditions=words("backward_conditions"),
        negative_conditions=words("negative_conditions"),
        negation_words=frozenset(w for w in (data.get("modality") or {}).get("negation") or ()
                                 if " " not in w),
        deal_nouns=lemmatized([*words("deal_nouns"),
                               *(w for ws in (data.get("deal_types") or {}).values() for w in ws)]),
        signing_words=lemmatized(words("signing_words")),
        agreement_nouns=lemmatized(words("agreement_nouns")),
        failure_words=lemmatized(words("failure_words")),
        success_words=lemmatized(words("success_words")),
        other_sense_objects=lemmatized(words("other_sense_objects")),
        change_verbs=lemmatized(words("change_verbs")),
        zero_words=words("zero_words"),
        deal_price_words=phrases("deal_price_words"),
        conversion_words=phrases("conversion_words"),
        adjusted_words=lemmatized(words("adjusted_words")),
        recurring_words=lemmatized(words("recurring_words")),
        dative_prepositions=words("dative_prepositions"),
        person_deal_words=lemmatized(words("person_deal_words")),
        player_nouns=lowered("player_nouns"),
        pay_verbs=lemmatized(words("pay_verbs")),
        loan_words=lemmatized(words("loan_words")),
        arrival_nouns=lowered("arrival_nouns"),
        denominator_words=phrases("denominator_words"),
        stake_prepositions=words("stake_prepositions"),
        threshold_words=lemmatized(words("threshold_words")),
        counting_words=lemmatized(words("counting_words")),
        segment_nouns=lemmatized(words("segment_nouns")),
        share_price_nouns=lemmatized(words("share_price_nouns")),
        owner_phrases=tuple(w.lower() for w in phrases("owner_phrases")),
        reduction_words=tuple(w.lower() for w in phrases("reduction_words")),
        level_to_words=lowered("level_to_words"),
        venue_prepositions=lowered("venue_prepositions"),
        name_articles=lowered("name_articles"),
        name_infixes=frozenset(str(w) for w in data.get("name_infixes") or ()),
        cost_verbs=lemmatized(words("cost_verbs")),
        upper_house_words=tuple(w.lower() for w in phrases("upper_house_words")),
        option_words=lowered("option_words"),
        change_comparatives=tuple(w.lower() for w in phrases("change_comparatives")),
        exclusion_words=tuple(w.lower() for w in phrases("exclusion_words")),
        loss_words=lemmatized(words("loss_words")),
        crowd_nouns=lowered("crowd_nouns"),
        gathering_nouns=lowered("gathering_nouns"),
        player_objects=lowered("player_objects"),
        contract_length_nouns=lemmatized(words("contract_length_nouns")),
        contract_length_units=lowered("contract_length_units"),
        contract_length_joiners=token_phrases("contract_length_joiners"),
        contract_length_words={str(w).lower(): int(n) for n, entries in sorted(
            (data.get("contract_length_words") or {}).items()) for w in entries},
        counting_nouns=lemmatized(words("counting_nouns")),
        pending_phrases=phrases("pending_phrases"),
        update_phrases=phrases("update_phrases"),  # single words: "bringing", "damit"
        indefinite_articles=words("indefinite_articles"),
        compound_heads=_compound_heads(data) if data.get("compound_nouns") else {},
        as_of_time=_as_of_time(data.get("as_of_prepositions") or (),
                               sorted(words("clock_suffixes") | words("clock_hour_nouns"))),
        fronting_prepositions=words("fronting_prepositions"),
        role_conjunctions=words("role_conjunctions"),
        portions=keyed_phrases("portions"),
        workforce_parts=keyed_phrases("workforce_parts"),
        months_to_date=keyed_phrases("months_to_date"),
        source_prepositions=words("source_prepositions"),
        modifier_suffixes=phrases("modifier_suffixes"),
        light_verbs=tuple((lemma(pair.split(" + ")[0], lang), pair.split(" + ")[1], slot)
                          for slot, pairs in sorted((data.get("light_verbs") or {}).items())
                          for pair in pairs),
        recall_words=phrases("recall_words"),
        rate_phrases=phrases("rate_phrases"),
        possessives=words("possessives"),
        sale_words=words("sale_words"),
        thing_nouns=lemmatized(words("thing_nouns")),
        measure_units=lemmatized(words("measure_units")),
        leave_verbs=lemmatized(words("leave_verbs")),
        interim_words=phrases("interim_words"),
        existing_words=lowered("existing_words"),
        agreement_terms=phrases("agreement_terms"),
        move_verbs=lemmatized(words("move_verbs")),
        move_prepositions=words("move_prepositions"),
        each_words=phrases("each_words"),
        each_words_before=lowered("each_words_before"),
        tally_nouns=lemmatized(words("tally_nouns")),
        that_clause_openers=token_phrases("that_clause_openers"),
        per_share_determiners=lowered("per_share_determiners"),
        abandon_phrases=phrases("abandon_phrases"),
        job_nouns=lowered("job_nouns"),
        workforce_nouns=tuple(w.lower() for w in phrases("workforce_nouns")),
        other_vote_nouns=lemmatized(words("other_vote_nouns")),
        staff_cut_words=lemmatized(words("staff_cut_words")),
        clock_words=words("clock_suffixes") | words("clock_hour_nouns"),
        clock_time=_clock_time(lowered("clock_suffixes")),
        remainder_words=lemmatized(words("remainder_words")),
        determiners=words("definite_articles") | words("determiners"),
        cleft_openers=words("cleft_openers"),
        cleft_joiners=words("cleft_joiners"),
        stop_words=stop_words,
        cue_words=frozenset(cue_words),
        capitalized_nouns=bool(data.get("capitalized_nouns", False)),
    )


@cache
def kind_name_parts(kind: str) -> frozenset[str]:
    """The name parts that show an organization's kind, in every supported language: a name in
    one language is often read in an article in another."""
    from claimcheck.lang import SUPPORTED

    return frozenset(str(part).casefold() for lang in SUPPORTED
                     for part in (load(lang, "claims").get("kind_name_parts") or {}).get(kind, ()))


@cache
def organization_name_words() -> frozenset[str]:
    """Words that only organizations' names hold ("League", "Partido", "Gruppe"), in every
    supported language: a name holding one is never a person's."""
    from claimcheck.lang import SUPPORTED

    return frozenset(str(word).casefold() for lang in SUPPORTED
                     for word in load(lang, "claims").get("organization_name_words") or ())


@cache
def name_infix_words() -> frozenset[str]:
    """Title words that, inside a name, are part of it ("Keurig Dr Pepper"), in every supported
    language: a name holding one after its first word is a company's, never a person's."""
    from claimcheck.lang import SUPPORTED

    return frozenset(str(word) for lang in SUPPORTED
                     for word in load(lang, "claims").get("name_infixes") or ())


@cache
def named_event_words() -> frozenset[str]:
    """Nouns that name an event with a name after them ("Storm", "Hurrikan", "tormenta"), in
    every supported language: "Storm Ilvar" is no person."""
    from claimcheck.lang import SUPPORTED

    return frozenset(str(word).casefold() for lang in SUPPORTED
                     for word in load(lang, "claims").get("named_event_nouns") or ())


def _whole_words(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases`` as whole words ("" when there is none)."""
    alternatives = sorted({re.escape(str(p).lower()) for p in phrases}, key=len, reverse=True)
    return rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)" if alternatives else ""


def phrase_spans(tokens: Sequence[tuple[int, int, str]],
                 phrases: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) offsets of every phrase of one or more lowercase words that ``tokens``
    ((start, end, lowercased word), in text order) hold: "ao passo que", "no obstante"."""
    words = [word for _s, _e, word in tokens]
    split = [phrase.split() for phrase in phrases]
    spans = []
    for index, (start, _end, _word) in enumerate(tokens):
        for parts in split:
            if parts and words[index:index + len(parts)] == parts:
                spans.append((start, tokens[index + len(parts) - 1][1]))
                break
    return spans


def speaks_of_a_transfer(lex: Lexicon, words: Iterable[str]) -> bool:
    """Whether an article's words name a player and a transfer ("winger", "fee") or a loan
    ("l'ailier", "prêt"): then a fee the article gives is most likely a player's."""
    words = set(words)
    return bool(words & lex.player_nouns) and any(
        lex.holds(lex.person_deal_words, w) or lex.holds(lex.loan_words, w) for w in words)


def ends_with_phrase(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether ``words`` end with one of ``phrases`` (token tuples), whole."""
    return any(len(words) >= len(p) and tuple(words[len(words) - len(p):]) == p
               for p in phrases)


def holds_phrase(words: list[str], phrases: Iterable[str]) -> bool:
    """Whether ``words`` hold one of ``phrases`` as whole tokens ("pre - money" = "pre-money")."""
    text = f" {' '.join(words)} ".replace(" - ", "-")
    return any(f" {phrase} " in text for phrase in phrases)
