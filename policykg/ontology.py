"""The one place that defines what the graph may contain.

Entity types, relation types, their display colours, Chinese labels and RDF
terms live here so that the extractor, the stores (labels and relationship
types), the RDF exporter, the maps and the CLI can never disagree. Anything that
needs "the list of types" imports it from this module instead of repeating it.

Labels and relationship types are interpolated into Cypher text only from these
tables (never from user input), because Cypher cannot take a label as a
parameter; :func:`checked_label` and :func:`checked_relation` guard that.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PKG = "https://policykg.org/ontology#"
"""Namespace for terms no standard vocabulary covers (relation types, rule names)."""


@dataclass(frozen=True)
class EntityType:
    """One node type: its Neo4j label, how people read it, how it is drawn and typed in RDF."""

    name: str
    label_zh: str
    colour: str
    rdf_class: str
    description: str
    is_actor: bool = True
    """Actors are organisations that act (agencies, firms, universities…), as opposed to
    documents, places, products and events they act on. Path search and "top actors" use it."""


@dataclass(frozen=True)
class RelationType:
    """One relationship type, with direction semantics and its RDF predicate."""

    name: str
    label_zh: str
    colour: str
    rdf_property: str
    description: str
    symmetric: bool = False


ENTITY_TYPES: dict[str, EntityType] = {
    t.name: t
    for t in (
        EntityType(
            "Agency",
            "政府机构",
            "#d62728",
            SCHEMA + "GovernmentOrganization",
            "government bodies, legislatures, regulators, their offices and sub-centres",
        ),
        EntityType("Hospital", "医院", "#e377c2", SCHEMA + "Hospital", "hospitals and clinical institutions"),
        EntityType(
            "University", "高校", "#1f77b4", SCHEMA + "CollegeOrUniversity", "universities and their branch campuses"
        ),
        EntityType(
            "ResearchInstitute",
            "科研院所",
            "#17becf",
            SCHEMA + "ResearchOrganization",
            "research institutes, academies, scientific research centres",
        ),
        EntityType("Lab", "实验室", "#9467bd", SCHEMA + "ResearchOrganization", "laboratories, joint labs, key labs"),
        EntityType(
            "Company", "企业", "#ff7f0e", SCHEMA + "Corporation", "enterprises, groups, listed and investment companies"
        ),
        EntityType(
            "Platform",
            "平台",
            "#2ca02c",
            ORG + "Organization",
            "service / innovation / transfer platforms, incubators, exchanges, facilities",
        ),
        EntityType(
            "Park",
            "园区",
            "#8c564b",
            SCHEMA + "Place",
            "parks, zones, science cities, industrial bases",
            is_actor=False,
        ),
        EntityType(
            "Association", "协会联盟", "#bcbd22", SCHEMA + "NGO", "associations, alliances, societies, promotion bodies"
        ),
        EntityType(
            "Policy",
            "政策文件",
            "#393b79",
            SCHEMA + "Legislation",
            "named policy documents, laws, regulations, plans",
            is_actor=False,
        ),
        EntityType(
            "Program",
            "计划项目",
            "#637939",
            SCHEMA + "Project",
            "funding programmes, projects, schemes",
            is_actor=False,
        ),
        EntityType(
            "Event", "活动", "#e7969c", SCHEMA + "Event", "forums, conferences, competitions, expos", is_actor=False
        ),
        EntityType("Person", "人物", "#7f7f7f", SCHEMA + "Person", "named people", is_actor=False),
        EntityType(
            "Region",
            "地区",
            "#aec7e8",
            SCHEMA + "AdministrativeArea",
            "cities, districts, countries, special regions",
            is_actor=False,
        ),
        EntityType("Product", "产品", "#ffbb78", SCHEMA + "Product", "drugs, devices, products", is_actor=False),
    )
}

RELATION_TYPES: dict[str, RelationType] = {
    t.name: t
    for t in (
        RelationType("ISSUED", "发布", "#d62728", PKG + "issued", "agency issues a policy or programme"),
        RelationType(
            "RESPONSIBLE_FOR", "责任单位", "#ff9896", PKG + "responsibleFor", "agency named responsible for a measure"
        ),
        RelationType(
            "COOPERATES_WITH", "合作", "#1f77b4", PKG + "cooperatesWith", "cooperation between actors", symmetric=True
        ),
        RelationType("FOUNDED", "设立", "#2ca02c", PKG + "founded", "actor founded or set up another"),
        RelationType("INVESTED_IN", "投资", "#ff7f0e", PKG + "investedIn", "actor invests in another"),
        RelationType("PART_OF", "隶属", "#8c564b", PKG + "partOf", "unit belongs to a parent"),
        RelationType("LOCATED_IN", "位于", "#c49c94", PKG + "locatedIn", "actor is located in a park or region"),
        RelationType("SUPPORTS", "支持", "#9467bd", PKG + "supports", "funding, subsidy or recognition"),
        RelationType("ORGANIZES", "举办", "#e377c2", PKG + "organizes", "actor organises an event"),
        RelationType("RELIES_ON", "依托", "#17becf", PKG + "reliesOn", "platform built on an actor"),
        RelationType("DEVELOPED", "研发", "#bcbd22", PKG + "developed", "actor developed or makes a product"),
        RelationType("MEMBER_OF", "成员", "#7f7f7f", PKG + "memberOf", "actor belongs to an alliance or programme"),
        RelationType("REFERS_TO", "依据", "#393b79", PKG + "refersTo", "one policy cites another"),
    )
}

ACTOR_TYPES = frozenset(n for n, t in ENTITY_TYPES.items() if t.is_actor)
"""Organisations that act: the usual heads of a relation."""
_ANY_ORG = ACTOR_TYPES | {"Region", "Park"}
"""Places act as governments (香港 issued a plan, 深圳 cooperates with 香港), and parks as the bodies that run
them: a science city or a cyberport is a partner in its own right (a commerce bureau works with 张江 and 临港 on
investment drives; a cyberport runs a lab with a consulting firm and backs start-ups), so both are annotated and
extracted as actors."""

RELATION_SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ISSUED": (_ANY_ORG | {"Person"}, frozenset({"Policy", "Program"})),
    "RESPONSIBLE_FOR": (
        frozenset({"Agency", "Company", "Association", "ResearchInstitute", "University"}),
        frozenset({"Policy", "Program"}),
    ),
    "COOPERATES_WITH": (_ANY_ORG, _ANY_ORG),
    "FOUNDED": (_ANY_ORG | {"Person"}, ACTOR_TYPES | {"Park", "Program", "Event"}),
    "INVESTED_IN": (_ANY_ORG | {"Person"}, ACTOR_TYPES | {"Park", "Program"}),
    "PART_OF": (
        ACTOR_TYPES | {"Region", "Park", "Program", "Policy", "Event"},
        ACTOR_TYPES | {"Region", "Park", "Program", "Policy", "Event"},
    ),
    "LOCATED_IN": (ACTOR_TYPES | {"Park", "Event"}, frozenset({"Park", "Region"})),
    "SUPPORTS": (
        # a person gives money as a foundation does (Y获X先生捐助N元); only the donation rules name a person
        _ANY_ORG | {"Policy", "Program", "Person"},
        ACTOR_TYPES | {"Program", "Policy", "Product", "Park", "Event", "Person"},
    ),
    "ORGANIZES": (_ANY_ORG, frozenset({"Event", "Program"})),
    "RELIES_ON": (ACTOR_TYPES | {"Park", "Program"}, _ANY_ORG),
    "DEVELOPED": (ACTOR_TYPES | {"Person"}, frozenset({"Product", "Platform"})),
    "MEMBER_OF": (_ANY_ORG | {"Person"}, ACTOR_TYPES | {"Program", "Event"}),
    "REFERS_TO": (frozenset({"Policy", "Program"}), frozenset({"Policy"})),
}
"""Which head and tail types each relation allows: every relation rule is checked against it."""


def allows(relation: str, head_type: str, tail_type: str) -> bool:
    """Whether ``head_type -relation-> tail_type`` is a well-typed edge."""
    heads, tails = RELATION_SIGNATURES[relation]
    return head_type in heads and tail_type in tails


DOCUMENT_LABEL = "Document"
ENTITY_LABEL = "Entity"
"""Every entity node carries this label plus its type label, so one index serves all types."""

MENTIONS = "MENTIONS"
"""Document → Entity: the entity occurs in the document (aliases seen there on the edge)."""
ADDRESSED_TO = "ADDRESSED_TO"
"""Document → Person: the addressees of a reply."""
DOCUMENT_ISSUED = "ISSUED"
"""Agency → Document: the issuer in the document header (a document-level edge, not extracted from a sentence)."""

DOC_TYPES = ("reply", "policy", "report", "other")

DOCUMENT_RDF_CLASS = SCHEMA + "DigitalDocument"
MENTIONS_RDF = SCHEMA + "mentions"
ADDRESSED_TO_RDF = SCHEMA + "recipient"
DOCUMENT_ISSUED_RDF = SCHEMA + "publisher"

DOCUMENT_COLOUR = "#c7c7c7"


def checked_label(name: str) -> str:
    """Return an entity type name that is safe to splice into Cypher, or raise."""
    if name not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {name!r}; known: {', '.join(ENTITY_TYPES)}")
    return name


def checked_relation(name: str) -> str:
    """Return a relation type name that is safe to splice into Cypher, or raise."""
    if name not in RELATION_TYPES and name not in (MENTIONS, ADDRESSED_TO, DOCUMENT_ISSUED):
        raise ValueError(f"unknown relation type {name!r}; known: {', '.join(RELATION_TYPES)}")
    return name


def colour_of(type_name: str) -> str:
    """Colour of an entity type, or of documents; grey for anything unknown."""
    if type_name == DOCUMENT_LABEL:
        return DOCUMENT_COLOUR
    t = ENTITY_TYPES.get(type_name)
    return t.colour if t else "#999999"
