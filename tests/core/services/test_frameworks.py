"""Theme frameworks: the shipped presets are copied into the project; one framework is active."""

from __future__ import annotations

import uuid

import pytest

from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.project import Project

ALL_PRESETS = ["se-digital-2017", "eu-digital-decade", "agenda-2030"]

# The national digitalisation strategy's five sub-goals, with the official goal texts
# (shared/frameworks.md, from N2017/03643/D).
NATIONAL_GOALS = [
    ("1", "Digital kompetens", "I Sverige ska alla kunna utveckla och använda sin digitala kompetens."),
    ("2", "Digital trygghet", "I Sverige ska det finnas de bästa förutsättningarna för alla att på ett "
     "säkert sätt ta del av, ta ansvar för samt ha tillit till det digitala samhället."),
    ("3", "Digital innovation", "I Sverige ska det finnas de bästa förutsättningarna för att digitalt "
     "drivna innovationer ska utvecklas, spridas och användas."),
    ("4", "Digital ledning", "I Sverige ska relevant, målmedveten och rättssäker effektivisering och "
     "kvalitetsutveckling ske genom digitalisering."),
    ("5", "Digital infrastruktur", "Hela Sverige bör ha tillgång till infrastruktur som medger snabbt "
     "bredband, stabila mobila tjänster och som stöder digitalisering."),
]

EU_POINTS = [
    ("1", "Kompetens"),
    ("2", "Säker och hållbar digital infrastruktur"),
    ("3", "Digital omställning av näringslivet"),
    ("4", "Digitalisering av offentlig service"),
]

GLOBAL_GOALS = [
    "Ingen fattigdom", "Ingen hunger", "God hälsa och välbefinnande", "God utbildning för alla",
    "Jämställdhet", "Rent vatten och sanitet för alla", "Hållbar energi för alla",
    "Anständiga arbetsvillkor och ekonomisk tillväxt", "Hållbar industri, innovationer och infrastruktur",
    "Minskad ojämlikhet", "Hållbara städer och samhällen", "Hållbar konsumtion och produktion",
    "Bekämpa klimatförändringarna", "Hav och marina resurser", "Ekosystem och biologisk mångfald",
    "Fredliga och inkluderande samhällen", "Genomförande och globalt partnerskap",
]


@pytest.fixture
def all_frameworks(project_path):
    project = Project.create(project_path("frameworks"), frameworks=ALL_PRESETS)
    yield project
    project.close()


def framework_by_preset(project, preset_id):
    return next(f for f in project.frameworks.frameworks() if f.preset_id == preset_id)


def test_a_new_project_has_the_national_strategy_with_its_official_goals(empty_project):
    # when
    (national,) = empty_project.frameworks.frameworks()
    themes = empty_project.frameworks.themes(national.id)
    # then
    assert national.preset_id == "se-digital-2017"
    assert national.name == "För ett hållbart digitaliserat Sverige – en digitaliseringsstrategi"
    assert national.source == "N2017/03643/D" and national.version == "2017"
    assert [(t.code, t.name, t.description) for t in themes] == NATIONAL_GOALS
    assert all(t.parent_id is None for t in themes)
    assert empty_project.frameworks.active_framework().id == national.id


def test_the_eu_digital_compass_has_four_points_each_with_targets(all_frameworks):
    # given
    eu = framework_by_preset(all_frameworks, "eu-digital-decade")
    # when
    themes = all_frameworks.frameworks.themes(eu.id)
    # then
    points = [t for t in themes if t.parent_id is None]
    assert [(t.code, t.name) for t in points] == EU_POINTS
    for point in points:
        children = [t for t in themes if t.parent_id == point.id]
        assert children, f"{point.name} has no targets"
        assert all(c.code.startswith(point.code + ".") for c in children)


def test_themes_come_in_reading_order_each_followed_by_its_sub_themes(all_frameworks):
    # given
    eu = framework_by_preset(all_frameworks, "eu-digital-decade")
    # when
    codes = [t.code for t in all_frameworks.frameworks.themes(eu.id)]
    # then
    assert codes[0] == "1"
    assert codes.index("2") > codes.index("1.1")
    assert codes == sorted(codes, key=lambda c: [int(part) for part in c.split(".")])


def test_agenda_2030_has_the_seventeen_global_goals(all_frameworks):
    # given
    agenda = framework_by_preset(all_frameworks, "agenda-2030")
    # when
    themes = all_frameworks.frameworks.themes(agenda.id)
    # then
    assert [t.name for t in themes] == GLOBAL_GOALS
    assert [t.code for t in themes] == [str(n) for n in range(1, 18)]


def test_the_first_framework_stays_active_until_another_is_chosen(all_frameworks):
    # given
    national = framework_by_preset(all_frameworks, "se-digital-2017")
    agenda = framework_by_preset(all_frameworks, "agenda-2030")
    assert all_frameworks.frameworks.active_framework().id == national.id
    # when
    all_frameworks.frameworks.set_active(agenda.id)
    # then
    assert all_frameworks.frameworks.active_framework().id == agenda.id
    with pytest.raises(NotFoundError):
        all_frameworks.frameworks.set_active(uuid.uuid4())
    assert all_frameworks.frameworks.active_framework().id == agenda.id


def test_the_active_framework_is_kept_in_the_file(all_frameworks):
    # given
    eu = framework_by_preset(all_frameworks, "eu-digital-decade")
    all_frameworks.frameworks.set_active(eu.id)
    path = all_frameworks.path
    all_frameworks.close()
    # when
    with Project.open(path) as reopened:
        active = reopened.frameworks.active_framework()
    # then
    assert active.id == eu.id


def test_presets_are_copied_into_the_file_with_keywords_and_aliases(all_frameworks):
    # given
    national = framework_by_preset(all_frameworks, "se-digital-2017")
    # when
    skills = all_frameworks.frameworks.find_theme(national.id, "1")
    # then
    assert "bibliotek" in skills.keywords
    assert skills.aliases == ["D-kompetens"]
    assert all_frameworks.summary()["themes"] == 5 + 4 + 13 + 17


@pytest.mark.parametrize("key", ["4", "Digital ledning", "DIGITAL LEDNING", "digitalt ledarskap", "D-ledning"])
def test_a_theme_is_found_by_code_name_or_alias_in_any_case(empty_project, key):
    # given
    national = empty_project.frameworks.active_framework()
    # when
    theme = empty_project.frameworks.find_theme(national.id, key)
    # then
    assert theme.code == "4"


def test_an_unknown_theme_or_preset_is_reported(empty_project):
    # given
    national = empty_project.frameworks.active_framework()
    # when / then
    with pytest.raises(NotFoundError):
        empty_project.frameworks.find_theme(national.id, "Digital magi")
    with pytest.raises(NotFoundError):
        empty_project.frameworks.add_preset("no-such-preset")
    assert len(empty_project.frameworks.frameworks()) == 1


def test_an_english_project_gets_english_names(project_path):
    # when
    with Project.create(project_path("english"), language="en") as project:
        national = project.frameworks.active_framework()
        names = [t.name for t in project.frameworks.themes(national.id)]
        groups = [g.name for g in project.participation.groups()]
    # then
    assert names == ["Digital skills", "Digital security and trust", "Digital innovation",
                     "Digital leadership", "Digital infrastructure"]
    assert groups[0] == "Civil society"


def test_a_region_builds_its_own_framework(empty_project):
    # given
    national = empty_project.frameworks.active_framework()
    # when
    own = empty_project.frameworks.create("Regional digital agenda", description="Äldre områden")
    care = empty_project.frameworks.add_theme(own.id, "Vård och omsorg", code="A", keywords=["e-hälsa"])
    home = empty_project.frameworks.add_theme(own.id, "Hemtjänst", parent_id=care.id, code="A.1")
    school = empty_project.frameworks.add_theme(own.id, "Utbildning", code="B")
    # then
    assert [f.id for f in empty_project.frameworks.frameworks()] == [national.id, own.id]
    assert [t.id for t in empty_project.frameworks.themes(own.id)] == [care.id, home.id, school.id]
    assert (care.position, school.position, home.position) == (0, 1, 0)
    assert empty_project.frameworks.theme(care.id).keywords == ["e-hälsa"]
    assert empty_project.frameworks.active_framework().id == national.id


def test_a_sub_theme_must_stay_in_its_parents_framework(empty_project):
    # given
    national = empty_project.frameworks.active_framework()
    skills = empty_project.frameworks.find_theme(national.id, "1")
    own = empty_project.frameworks.create("Eget")
    # when / then
    with pytest.raises(InvalidValueError):
        empty_project.frameworks.add_theme(own.id, "Vilse", parent_id=skills.id)
    with pytest.raises(InvalidValueError):
        empty_project.frameworks.add_theme(own.id, "")
    with pytest.raises(InvalidValueError):
        empty_project.frameworks.create(" ")
    with pytest.raises(NotFoundError):
        empty_project.frameworks.add_theme(uuid.uuid4(), "Föräldralös")
    assert empty_project.frameworks.themes(own.id) == []
