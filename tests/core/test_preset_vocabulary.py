"""The shipped presets' keywords find their theme in notes as people write them at Swedish regional
dialogue meetings, in Swedish and English, and stay quiet on notes about other things (issue 17).

Each theme has example notes that must get it among their suggestions; some themes also have near
misses (a word that only looks like a keyword: "workshop" is no "work", "utvecklar" no "utvecklare")
that must not; and every preset has off-topic notes that get none of its themes. The presets are
copied into a real project, so the keywords are matched exactly as a project holds them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from dialog_app.core.text_match import normalise, stem, tokens

FRAMEWORKS = Path(__file__).parents[2] / "resources" / "frameworks"

FOUND = {
    "se-digital-2017": {
        "1": ["Många äldre behöver hjälp att komma igång med mobilen, biblioteket har startat kurser",
              "Lärarna saknar fortbildning i programmering",
              "Digital literacy courses for newly arrived adults at the library"],
        "2": ["Pensionärer blir lurade av bedragare i telefon och på nätet",
              "Kommunen måste stärka informationssäkerheten efter cyberattacken",
              "Many residents do not trust how their personal data is handled"],
        "3": ["Vi vill ha en testbädd för AI i vården tillsammans med universitetet",
              "Uppstartsbolagen saknar riskkapital i regionen",
              "Open data could feed new business models for local start-ups"],
        "4": ["Det saknas samverkan och en gemensam styrning av digitaliseringen mellan kommunerna",
              "Politikerna behöver prioritera resurser för digitalisering i budgeten",
              "Shared e-services would give small municipalities better governance"],
        "5": ["Fiberutbyggnaden på landsbygden har stannat av",
              "Mobiltäckningen är dålig längs E4:an och i fjällen",
              "Rural households still lack fast broadband"],
    },
    "eu-digital-decade": {
        "1": ["Regionen behöver ett kompetenslyft i digitala färdigheter för anställda i vården",
              "Yrkeshögskolan borde starta fler utbildningar inom it",
              "We need upskilling and reskilling for workers whose jobs change",
              "Omskolning till nya yrken behövs när jobben automatiseras"],
        "1.1": ["Företagen har svårt att hitta systemutvecklare och it-specialister",
                "Kvinnor i it är fortfarande för få, vi vill locka fler tjejer till it-utbildningarna",
                "The region has a shortage of ICT specialists and programmers",
                "It-branschen i länet skriker efter folk med datavetenskap i bagaget"],
        "1.2": ["Många seniorer saknar grundläggande digitala färdigheter",
                "Digitala ombud på biblioteket hjälper pensionärer att använda mobilen",
                "Digital exclusion hits older people who never learnt to use e-services",
                "Studiecirklar för nybörjare på surfplatta har varit fullsatta"],
        "2": ["Den digitala infrastrukturen måste vara robust och säker",
              "Bredband och 5G är grunden för allt annat vi gör",
              "Connectivity and secure data centres are part of our resilience",
              "Cybersäkerheten i den digitala infrastrukturen måste stärkas"],
        "2.1": ["Alla hushåll borde ha gigabit senast 2030",
                "Fiberföreningen i byn har inte fått bredbandsstöd",
                "Households outside the villages still wait for full fibre",
                "Kopparnätet läggs ner och byanätet har inte kommit igång"],
        "2.2": ["Vi tappar täckningen så fort vi lämnar tätorten",
                "Operatörerna borde bygga ut 5G även i glesbygd, det behövs fler master",
                "Mobile coverage along the coast is poor in summer",
                "Basstationen vid sjön räcker inte, mobilnätet är överbelastat på sommaren"],
        "2.3": ["Chipbristen stoppade produktionen hos underleverantörerna",
                "EU satsar på halvledarindustri och mikroelektronik i Europa",
                "The chip shortage showed how fragile the supply chain is",
                "Mikrochip från Asien har blivit en sårbar länk i försörjningskedjan"],
        "2.4": ["Vi vill ha ett datacenter i regionen som drivs med förnybar el",
                "Edge computing ger låg latens för industrins sensorer",
                "Local edge nodes could keep data close to the municipalities",
                "Serverhallen i kommunen kan bli en kantnod för lokal lagring"],
        "2.5": ["Universitetet vill bygga upp kvantteknik och samarbeta kring kvantdatorer",
                "Forskarna behöver tillgång till superdatorer och högpresterande datorer",
                "Quantum computing will change how we protect encrypted data",
                "Kvantkommunikation kan ge säkrare överföring mellan myndigheter"],
        "3": ["Näringslivets digitalisering går för långsamt i de små och medelstora företagen",
              "Digitaliseringscheckar har hjälpt företagen att automatisera",
              "The digital innovation hubs support SMEs in their digital transformation",
              "Industri 4.0 kräver att verkstäderna börjar använda sakernas internet"],
        "3.1": ["Få företag använder molntjänster eller AI i sin verksamhet",
                "Företagen vill lära sig dataanalys och maskininlärning",
                "Big data and artificial intelligence could help the tourism companies",
                "Generativ AI och språkmodeller kan avlasta företagens kundtjänst"],
        "3.2": ["Regionen saknar riskkapital för att uppstartsbolag ska kunna växa",
                "Vi behöver fler snabbväxande tillväxtföretag, kanske en enhörning någon gång",
                "Start-ups leave the region when they look for venture capital",
                "Affärsänglar och investerare finns i Stockholm, inte här"],
        "3.3": ["Småföretagare har ingen tid att digitalisera, många saknar ens en webbutik",
                "Den digitala mognaden i små och medelstora företag är låg",
                "Most SMEs here have a low digital intensity",
                "Mikroföretagen har inte ens ett affärssystem eller kassasystem"],
        "4": ["Offentliga tjänster ska finnas digitalt men också på papper",
              "Medborgarna vill sköta ärenden på Mina sidor med BankID",
              "Public services online must work for everyone",
              "Digitalt först får inte betyda att de som saknar dator lämnas utan service"],
        "4.1": ["Kommunens e-tjänster är svåra att hitta, man får fortfarande skriva ut blanketter",
                "Bygglov borde gå att söka helt digitalt med digital ansökan",
                "Residents want self-service instead of queueing at the office",
                "Med livshändelser som utgångspunkt ska medborgaren bara behöva en väg in"],
        "4.2": ["Patienterna vill kunna läsa sin journal via nätet på 1177",
                "Vårdens journalsystem pratar inte med varandra",
                "Electronic health records should follow the patient between regions",
                "E-recept och provsvar finns redan men läkemedelslistan är inte nationell"],
        "4.3": ["De som inte har BankID kan inte logga in på myndigheternas tjänster",
                "EU:s digitala plånbok kan ersätta id-kortet",
                "A digital identity for everyone, also for those without a Swedish bank",
                "Freja och andra e-legitimationer behöver accepteras av alla kommuner"],
    },
    "agenda-2030": {
        "1": ["Fler barnfamiljer lever i ekonomisk utsatthet och söker försörjningsstöd",
              "Hemlösheten har ökat i centralorten",
              "Poverty is hidden in the small villages, people cannot afford broadband",
              "Allt fler hamnar hos Kronofogden och har inte råd med hyran"],
        "2": ["Livsmedelsberedskapen i regionen är svag om transporterna stoppas",
              "Lantbrukarna vill sälja närproducerad mat direkt till skolorna",
              "Food security depends on farming in the north",
              "Självförsörjningsgraden på livsmedel är låg i Sverige"],
        "3": ["Psykisk ohälsa bland unga ökar och vårdcentralerna hinner inte med",
              "Distansvård och digitala vårdbesök sparar långa resor för patienterna",
              "Public health and mental health must be part of the strategy",
              "Trafiksäkerheten och den fysiska aktiviteten bland barn ska förbättras"],
        "4": ["Eleverna på gymnasiet behöver bättre stöd för att fullfölja studierna",
              "Folkbildningen och studieförbunden når vuxna som inte går till komvux",
              "Lifelong learning and adult education for everyone",
              "Läsförståelsen har sjunkit och skolresultaten skiljer sig mellan skolorna"],
        "5": ["Jämställdheten i styrelserna är dålig, bara två kvinnor av tolv",
              "Mäns våld mot kvinnor måste synas i trygghetsarbetet",
              "Girls choose tech less often, gender stereotypes start early",
              "Löneskillnaderna mellan kvinnor och män finns kvar även inom it"],
        "6": ["Dricksvattnet i byn är förorenat och avloppen är gamla",
              "Kommunen behöver sensorer som hittar vattenläckorna i VA-nätet",
              "Wastewater treatment and clean water need investment",
              "Dagvattnet vid kraftiga regn belastar reningsverket"],
        "7": ["Elpriset och effektbristen hindrar nya etableringar",
              "Vi vill ha fler solceller på kommunens tak och mer vindkraft",
              "Renewable energy and energy efficiency in public buildings",
              "Laddinfrastrukturen för elbilar är för gles och elnätet räcker inte till"],
        "8": ["Ungdomsarbetslösheten är hög och det behövs nya jobb på orten",
              "Besöksnäringen är viktig för sysselsättningen på sommaren",
              "Decent work and working conditions in the platform economy",
              "Arbetsmiljön och arbetsvillkoren inom hemtjänsten är tuffa"],
        "9": ["Industrin behöver testbäddar och forskning för att klara omställningen",
              "Utbyggnaden av bredband och järnväg håller ihop regionen",
              "Innovation and manufacturing need resilient infrastructure",
              "Klustret för batteritillverkning behöver forskare och testbäddar"],
        "10": ["Det digitala utanförskapet drabbar personer med funktionsnedsättning",
               "Segregationen och klyftorna mellan stadsdelarna växer",
               "Equal opportunities for migrants and people with disabilities",
               "Utrikes födda kvinnor har svårare att få jobb, diskrimineringen finns"],
        "11": ["Kollektivtrafiken på landsbygden måste hänga ihop med pendlingen till staden",
               "Bostadsbristen gör att unga flyttar, samhällsplaneringen måste tänka om",
               "Smart cities and public transport for sustainable communities",
               "Översiktsplanen måste ge plats för bostäder och grönområden"],
        "12": ["Vi vill ha mer återbruk av datorer och mindre e-avfall",
               "Matsvinnet i skolköken ska halveras och förpackningarna minska",
               "A circular economy with repair and reuse of products",
               "Kommunen ställer miljökrav i upphandlingen och köper begagnade möbler"],
        "13": ["Klimatförändringarna ger fler skyfall och översvämningar",
               "Utsläppen från transporterna måste minska, vi vill bli fossilfria",
               "Climate change adaptation and lower emissions",
               "Kolsänkan i skogen behövs för att nå nettonoll"],
        "14": ["Övergödningen i Östersjön drabbar fisket längs kusten",
               "Havet och skärgården behöver en havsplanering som skyddar miljön",
               "Marine litter and microplastics in the Baltic Sea",
               "Algblomningen i skärgården var värre än någonsin"],
        "15": ["Den biologiska mångfalden i skogen hotas av kalhyggen",
               "Rennäringen och markanvändningen i fjällen krockar med vindkraften",
               "Protected areas and biodiversity loss on land",
               "Pollinatörerna minskar när ängarna växer igen, naturvården behöver resurser"],
        "16": ["Hot och hat mot förtroendevalda skadar demokratin",
               "Korruption och brist på insyn minskar tilliten till institutionerna",
               "Transparency, the rule of law and trust in public institutions",
               "Desinformation och påverkan hotar demokratin inför valet"],
        "17": ["Vi bygger partnerskap med akademin och näringslivet i en triple helix",
               "Interreg gör gränsöverskridande samarbete möjligt med Norge",
               "International cooperation and policy coherence for the global goals",
               "Ett idéburet offentligt partnerskap med föreningarna kan bära verksamheten"],
    },
}

# Notes that only look like a theme's: each must not get that theme.
NOT_FOUND = {
    "eu-digital-decade": {
        "1.1": ["Kommunen vill utveckla sina tjänster vidare", "Vi utvecklar förslaget till nästa möte",
                "Regionen har rekryterat en ny projektledare"],
        "2.3": ["Industrin i regionen går bra", "Tillverkningen flyttas till en ny fabrik"],
        "2.4": ["Regionen ska bli klimatneutral till 2045"],
        "3": ["Handläggningen av bygglov ska automatiseras"],
        "3.2": ["Vi vill skala upp piloten till fler kommuner"],
        "3.3": ["Skolan vill använda fler digitala verktyg"],
        "2.5": ["Forskningen vid universitetet är stark", "En kvantitativ analys av enkäten"],
        "4.1": ["Vi har skickat in en ansökan om projektmedel", "Mötet hölls online"],
        "4.2": ["En journalist från lokaltidningen var med"],
    },
    "agenda-2030": {
        "1": ["Kommunstyrelsen fattar beslut i juni", "Det fattas pengar till projektet"],
        "3": ["Vi behöver en gemensam plattform för kommunerna"],
        "6": ["Ett läckage av personuppgifter har anmälts"],
        "8": ["Vi jobbar vidare med det i workshopen", "Arbetet med strategin fortsätter",
              "Sammanställningen skickas till alla företagen"],
        "12": ["Problemen försvinner inte av sig själva"],
        "11": ["Stadsnätet ska byggas ut till alla byar"],
        "14": ["Frågan hamnar mellan stolarna", "Nätfisket riktar sig mot äldre"],
        "15": ["Naturligtvis ska alla samverkansparter vara med", "Innovationsekosystemet i regionen"],
        "16": ["Strömavbrottet slog ut mobilnätet"],
        "17": ["Vi behöver mer samverkan mellan förvaltningarna", "De globala målen ska genomsyra strategin"],
    },
}

# About nothing any preset covers: no theme of any preset.
OFF_TOPIC = [
    "Nästa möte blir i mars, vi bokar samma lokal",
    "Deltagarna tyckte att dialogen var givande och vill ses igen",
    "Workshopen fortsätter efter lunch med gruppdiskussioner",
    "Ordföranden hälsade välkommen och presenterade dagordningen",
    "The minutes will be sent out next week",
]


@pytest.fixture(scope="module")
def matchers(tmp_path_factory):
    """Each preset's themes, code -> id, and its matcher, from a project that copied all three."""
    path = tmp_path_factory.mktemp("vocabulary") / "presets.dialog"
    with Project.create(path, frameworks=list(FOUND), user="anna") as project:
        found = {}
        for framework in project.frameworks.frameworks():
            codes = {theme.code: theme.id for theme in project.frameworks.themes(framework.id)}
            found[framework.preset_id] = (codes, project.suggestions.matcher(framework.id))
        yield found


def _cases(table):
    return [(preset, code, text) for preset, themes in table.items() for code, texts in themes.items()
            for text in texts]


@pytest.mark.parametrize(("preset", "code", "text"), _cases(FOUND))
def test_an_example_note_gets_its_theme(matchers, preset, code, text):
    # given
    codes, matcher = matchers[preset]
    # when
    found = matcher.match(text)
    # then
    assert codes[code] in found, {c: found[i] for c, i in codes.items() if i in found}


@pytest.mark.parametrize(("preset", "code", "text"), _cases(NOT_FOUND))
def test_a_note_that_only_looks_like_a_theme_s_does_not_get_it(matchers, preset, code, text):
    codes, matcher = matchers[preset]
    found = matcher.match(text)
    assert codes[code] not in found, found[codes[code]]


@pytest.mark.parametrize("preset", list(FOUND))
def test_off_topic_notes_get_no_theme(matchers, preset):
    _codes, matcher = matchers[preset]
    assert {text: matcher.match(text) for text in OFF_TOPIC if matcher.match(text)} == {}


@pytest.mark.parametrize("preset", list(FOUND))
def test_every_theme_has_at_least_three_examples(matchers, preset):
    codes, _matcher = matchers[preset]
    assert set(FOUND[preset]) == set(codes)
    assert all(len(texts) >= 3 for texts in FOUND[preset].values())


def _themes(themes):
    for theme in themes:
        yield theme
        yield from _themes(theme["children"])


@pytest.mark.parametrize("preset", list(FOUND))
def test_every_keyword_has_a_stem_and_none_is_listed_twice_in_a_theme(preset):
    data = json.loads((FRAMEWORKS / f"{preset}.json").read_text(encoding="utf-8"))
    for theme in _themes(data["themes"]):
        for language, keywords in theme["keywords"].items():
            where = f"{preset} {theme['code']} {language}"
            assert keywords, where
            for keyword in keywords:
                words = tokens(keyword)
                assert words and all(stem(word) for word in words), (where, keyword)
                assert keyword == keyword.strip() and not re.search(r"\s{2}", keyword), (where, keyword)
            spellings = [normalise(keyword) for keyword in keywords]
            assert len(spellings) == len(set(spellings)), (where, sorted(s for s in spellings
                                                                       if spellings.count(s) > 1))
