"""A group seen as a journalist reads it: the rows of its scope ladder, the sums that are
checked, the pairs coverage confuses and the misframings collapsed per figure.

Shared by the text, Markdown and HTML renderers of `r1claims.render.conflicts` so that every
format has the same structure. Everything here is derived from a `Group`; nothing is typed per
group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from r1claims.reconciler.report import ConflictReport, Finding, Group, Member
from r1claims.record.humanize import BASIS_SHORT

__all__ = [
    "HEADLINE_GROUPS",
    "GroupView",
    "Row",
    "group_view",
    "headline_groups",
    "member_name",
    "overview",
]

#: Fields a "confused in coverage" sentence names, in this order, at most two.
_CONFUSED_FIELDS = ("subject", "phase", "basis")
#: Groups listed in the report's opening summary.
HEADLINE_GROUPS = 5


@dataclass
class Row:
    """One figure on the ladder."""

    member: Member
    who: str
    status: str
    use: str


@dataclass
class GroupView:
    """What a renderer shows of one group."""

    group: Group
    rows: list[Row]
    hidden: int
    sums: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    confused: list[str] = field(default_factory=list)
    clashes: list[Finding] = field(default_factory=list)
    misframed: list[str] = field(default_factory=list)
    #: the same with every framing coverage gave (the text view names only the first)
    misframed_all: list[str] = field(default_factory=list)
    pairs: list[Finding] = field(default_factory=list)


def headline_groups(groups: list[Group]) -> list[Group]:
    """The groups that matter most: disputed ones, the most disputed first (at most five)."""
    return [g for g in groups if g.dispute and (g.dispute[0] or g.dispute[1])][:HEADLINE_GROUPS]


def _use(m: Member) -> str:
    if not (m.used_right or m.used_wrong):
        return "not cited by coverage"
    parts = []
    if m.used_right:
        parts.append(f"{m.used_right} right")
    if m.used_wrong:
        parts.append(f"{m.used_wrong} misframed")
    return ", ".join(parts)


def _row(m: Member) -> Row:
    who = f"{m.estimator}, {BASIS_SHORT.get(m.basis, m.basis)}"
    if m.basis == "derived":
        who = "computed"
    status = m.status if m.status != "established" else ""
    return Row(member=m, who=who, status=status, use=_use(m))


def _shown(g: Group, detail: bool) -> list[Member]:
    if detail:
        return list(g.members)
    clash_ids = {
        i for f in g.findings if f.kind in ("conflict", "estimates_disagree") for i in f.members
    }
    restated = {i for f in g.findings if f.kind == "restated" for i in f.members[1:]}
    named = {m.claim_id for m in g.members if m.used_wrong} | set(g.circulating)
    keep = (named - restated) | clash_ids
    # a recorded sum of shown figures is shown too ("~$5.87M = $5.576M + $294K")
    for f in g.findings:
        if f.kind == "derived" and len(f.members) > 2 and set(f.members[1:]) <= keep:
            keep.add(f.members[0])
    if not keep:
        keep = {g.members[0].claim_id}
    return [m for m in g.members if m.claim_id in keep]


#: A value longer than this (a statement) is named by its label.
MAX_VALUE_NAME = 32


def member_name(m: Member) -> str:
    """The value, or the label when the value is a sentence."""
    return m.value if len(m.value) <= MAX_VALUE_NAME else m.label


def _value(g: Group, claim_id: str) -> str:
    return next((member_name(m) for m in g.members if m.claim_id == claim_id), claim_id)


def _variant(g: Group, original: str, claim_id: str) -> str:
    """A restatement's value, or its label when it writes the same value (R1's 671B)."""
    value = _value(g, claim_id)
    if value != _value(g, original):
        return f"given as {value}"
    return next((m.label for m in g.members if m.claim_id == claim_id), claim_id)


def _sum_tree(g: Group, ids: set[str], detail: bool) -> list[str]:
    """Derivations and part-of links as a small tree: the sums inside the group whose result
    is shown, each followed (indented) by the sums of its parts; rates and links implied by a
    sum only with ``detail``."""
    members = {m.claim_id for m in g.members}
    sums = {
        f.members[0]: f
        for f in g.findings
        if f.kind == "derived" and len(f.members) > 2 and set(f.members[1:]) <= members
    }
    out: list[str] = []

    def mark(f: Finding) -> str:
        if f.kind == "part_of" or f.holds:
            return "checked"
        return "does not hold, per the source" if f.per_source else "DOES NOT HOLD"

    def walk(target: str, depth: int, seen: set[str]) -> None:
        f = sums[target]
        out.append("  " * depth + f"{f.short} ({mark(f)})")
        for ref in f.members[1:]:
            if ref in sums and ref not in seen:
                walk(ref, depth + 1, seen | {ref})

    parts = {r for f in sums.values() for r in f.members[1:]}
    for target in sums:
        if target in ids and target not in parts:
            walk(target, 0, {target})
    implied = {(f.members[0], r) for f in sums.values() for r in f.members[1:]}
    for f in g.findings:
        if f.kind == "derived" and f.members[0] not in sums and detail and f.short:
            out.append(f"{f.short} ({mark(f)})")
        linked = f.kind == "part_of" and tuple(f.members[:2]) not in implied and f.short
        if linked and (detail or set(f.members[:2]) <= ids):
            out.append(f"{f.short} ({mark(f)})")
    return out


def _misframed(g: Group, said_at_most: int | None = None) -> list[str]:
    """One line per misframed figure: what coverage called it (the first ``said_at_most``
    framings), how often, why, and the correction."""
    out = []
    by_claim: dict[str, list[int]] = {}
    for i, mf in enumerate(g.misframed):
        by_claim.setdefault(mf.claim_id, []).append(i)
    for claim_id, idx in by_claim.items():
        items = [g.misframed[i] for i in idx]
        every = list(dict.fromkeys(f"'{m.said}'" for m in items if m.said))
        said = every[:said_at_most]
        if len(every) > len(said):
            said.append(f"{len(every) - len(said)} other framing{'s' if len(every) > 2 else ''}")
        sources = list(dict.fromkeys(m.source_title for m in items))
        reasons = list(dict.fromkeys(r.replace("_", " ") for m in items for r in m.reasons))
        called = (
            f" as {', '.join(said[:-1]) + ' or ' + said[-1] if len(said) > 1 else said[0]}"
            if said
            else ""
        )
        n = len(items)
        count = f"{n} citations, {len(sources)} sources; " if n > 1 else ""
        out.append(
            f"{_value(g, claim_id)}{called} ({count}{', '.join(reasons)}). {items[0].correction}"
        )
    return out


def _confused(g: Group, pairs: list[Finding]) -> list[str]:
    """One sentence per figure that coverage confuses with others: with which, how often, and
    the one or two fields (subject, phase, basis) that tell them apart."""
    by_first: dict[str, list[Finding]] = {}
    for f in pairs:
        by_first.setdefault(f.members[0], []).append(f)
    out = []
    for first, found in by_first.items():
        items, fields = [], []
        for f in found:
            named = [x for x in _CONFUSED_FIELDS if x in f.differs_in][:2] or f.differs_in[:2]
            fields += [x for x in named if x not in fields]
            n = f.confused
            items.append(f"{_value(g, f.members[1])} ({n} citation{'s' if n > 1 else ''})")
        listed = ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]
        differ = " and ".join(x.replace("_", " ") for x in fields[:2]) or "scope"
        out.append(f"{_value(g, first)} is confused with {listed}; they differ in {differ}.")
    return out


def group_view(g: Group, *, detail: bool = False) -> GroupView:
    """The ladder, sums, variants, confused pairs and misframings of one group."""
    shown = _shown(g, detail)
    ids = {m.claim_id for m in shown}
    view = GroupView(group=g, rows=[_row(m) for m in shown], hidden=len(g.members) - len(shown))
    view.sums = _sum_tree(g, ids, detail)
    recorded: dict[str, list[Finding]] = {}
    for f in g.findings:
        if f.kind == "restated" and len(f.members) == 2 and f.short and not detail:
            if f.members[0] in ids:
                recorded.setdefault(f.members[0], []).append(f)
        elif f.kind == "restated" and (detail or f.members[0] in ids):
            view.variants.append(f.explanation)
        elif f.kind in ("conflict", "estimates_disagree"):
            view.clashes.append(f)
        elif f.kind == "different_scope":
            view.pairs.append(f)
    # restatements recorded in the data: one line per original, each variant with its reason
    view.variants[:0] = [
        f"{_value(g, original)} is also "
        + "; ".join(f"{_variant(g, original, f.members[1])} ({f.short.rstrip('.')})" for f in found)
        + "."
        for original, found in recorded.items()
    ]
    view.confused = _confused(g, [f for f in view.pairs if f.confused])
    view.misframed = _misframed(g, 1)
    view.misframed_all = _misframed(g)
    return view


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def overview(report: ConflictReport) -> list[str]:
    """The opening lines: counts, then the most disputed groups one line each."""
    lines = [
        f"{_plural(len(report.groups), 'group')} of figures; "
        f"{_plural(len(report.conflicts), 'unexplained conflict')}; "
        f"{_plural(len(report.disagreements), 'pair')} of estimates that disagree; "
        f"{_plural(len(report.misframed), 'misframed citation')}."
    ]
    top = headline_groups(report.groups)
    if top:
        lines.append("Most disputed:")
        lines.extend(f"{i}. {g.headline}" for i, g in enumerate(top, 1))
    return lines
