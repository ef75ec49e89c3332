"""Generate a synthetic, deterministic corpus of Chinese policy documents for benchmarking.

Why synthetic: the five sample documents are far too few to show how the pipeline
behaves at 10,000 documents, and no larger licensed corpus is available offline.
Why built from the samples: the extractor's cost depends on real sentence shapes
(long clauses, lists of agencies, quoted titles), which random text would not have.

How: the sample documents in ``../shared/seeds`` are read at run time (their text is
never stored in the repository), split into blank-line separated chunks, and runs
of consecutive chunks from different samples are recombined under a generated
header (issuer, 文号, title, addressees, date). Institution names found by a simple
pattern (two characters before 医院/大学/研究所/…) are renamed to generated
syllables drawn from a heavy-tailed distribution, so the number of distinct
entities keeps growing with corpus size (roughly like Heaps' law) instead of
saturating at the samples' vocabulary. Every document has its own RNG keyed by
(seed, index), so documents can be regenerated one at a time: that is how
``--mutate-percent`` rewrites a few documents and :func:`restore` puts them back.

A few percent of the files are written as GB18030 and a few in Traditional script,
to keep encoding detection and script conversion on the measured path.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

GENERATOR_VERSION = 4
"""Bump when the output for a given (docs, seed) changes, so cached corpora are rebuilt."""

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
MANIFEST = "corpus.json"
SHARD = 1000
"""Files per sub-folder: real collections are foldered, and it keeps directory listings short."""

GB18030_RATE = 0.03
TRADITIONAL_RATE = 0.02
RENAME_RATE = 0.7
ZIPF_ALPHA = 0.75
"""Tail exponent of generated-name popularity: smaller → more distinct names per document."""

# ---------------------------------------------------------------- vocabularies (generic, not from the samples)

SYLLABLES = (
    "华康瑞泰安德信诚恒远博济仁和明达睿智新元启航正源海润天禾嘉鼎晟昊宇辰景盛"
    "金汇通联益生泽宏凯鸿越峰岳川岚晨曦松柏兰芝馨卓越立成合众同方"
)
SYLLABLES = "".join(dict.fromkeys(SYLLABLES))  # unique, order kept
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力春晓海燕鹏宇志斌俊峰琳晨雪颖凯"
ORG_SUFFIXES = ("有限公司", "研究所", "研究院", "实验室", "医院", "大学", "中心", "平台", "公司")
STOP_CHARS = set("的和与及等在为是了各该本我市区省国对将把从向以其之或并也都")
TOPICS = (
    "生物医药产业高质量发展",
    "创新药械研发转化",
    "细胞与基因治疗产业",
    "高端医疗器械创新",
    "临床研究体系建设",
    "医学科技成果转化",
    "生物医药研发经济",
    "合成生物学创新",
    "人工智能辅助药物研发",
    "生物医药国际合作",
    "跨境医疗数据流动",
    "中医药传承创新",
)
CITY = {"上海": "上海市", "深圳": "深圳市", "香港": "香港特别行政区"}

# Issuers with their 文号 prefixes: official full names are public facts.
REPLY_ISSUERS = {
    "上海": (
        ("上海市科学技术委员会", "沪科提复"),
        ("上海市科学技术委员会", "沪科建复"),
        ("上海市经济和信息化委员会", "沪经信提复"),
        ("上海市卫生健康委员会", "沪卫健提复"),
        ("上海市药品监督管理局", "沪药监建复"),
    ),
    "深圳": (
        ("深圳市科技创新委员会", "深科技创新提复"),
        ("深圳市卫生健康委员会", "深卫健提复"),
        ("深圳市发展和改革委员会", "深发改建复"),
    ),
}
POLICY_ISSUERS = {
    "上海": (("上海市人民政府办公厅", "沪府办规"), ("上海市人民政府", "沪府规"), ("上海市科学技术委员会", "沪科规")),
    "深圳": (("深圳市人民政府办公厅", "深府办规"), ("深圳市人民政府", "深府规")),
}
RESPONSIBLE = {
    "上海": (
        "市科委",
        "市发展改革委",
        "市经济信息化委",
        "市财政局",
        "市卫生健康委",
        "市药品监管局",
        "市教委",
        "市人力资源社会保障局",
        "市商务委",
        "市知识产权局",
        "市医保局",
        "市国资委",
        "市市场监管局",
        "上海海关",
        "申康医院发展中心",
        "各区政府",
    ),
    "深圳": (
        "市科技创新委",
        "市发展改革委",
        "市工业和信息化局",
        "市财政局",
        "市卫生健康委",
        "市市场监管局",
        "市商务局",
        "市医保局",
        "市人力资源社会保障局",
        "各区政府",
    ),
}
REPORT_AUTHORS = (
    "创新科技及工业局",
    "香港生产力促进局",
    "香港贸易发展局",
    "深圳市科技创新委员会",
    "上海市科学技术委员会",
)
CN_NUM = "一二三四五六七八九十"
HEADER_NOISE = re.compile(r"[〔\[［【]\s*[12０-９0-9]{4}\s*[〕\]］】]|(委员|代表)\s*[：:]\s*$|^[#\-\s*]*$|答复\s*$")


@dataclass
class CorpusSpec:
    docs: int
    seed: int
    version: int = GENERATOR_VERSION

    def matches(self, other: dict) -> bool:
        return (
            other.get("docs") == self.docs and other.get("seed") == self.seed and other.get("version") == self.version
        )


@dataclass
class CorpusStats:
    """What was written; stored in corpus.json next to the files."""

    docs: int = 0
    seed: int = 0
    version: int = GENERATOR_VERSION
    bytes: int = 0
    gb18030: int = 0
    traditional: int = 0
    doc_types: dict[str, int] = field(default_factory=dict)
    distinct_generated_names: int = 0
    seconds: float = 0.0


@dataclass
class GeneratedDoc:
    rel_path: str
    text: str
    encoding: str
    traditional: bool
    doc_type: str
    names: set[str]


# ---------------------------------------------------------------- seed material


@lru_cache(maxsize=4)
def load_chunks(seeds_dir: Path = DEFAULT_SEEDS) -> tuple[tuple[str, ...], ...]:
    """Blank-line separated chunks of each sample, header lines dropped.

    Chunks are the unit of recombination because the samples are hard-wrapped: a
    chunk is a line or a short paragraph, and runs of consecutive chunks keep
    sentences intact.
    """
    files = sorted(Path(seeds_dir).glob("*.txt"))
    if not files:
        raise SystemExit(
            f"no sample documents in {seeds_dir}: put the shared folder beside the repository "
            "(../shared/seeds/*.txt) or pass --seeds DIR"
        )
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        chunks = [c.strip() for c in re.split(r"\n\s*\n", text)]
        body = tuple(c for c in chunks if len(c) >= 8 and not HEADER_NOISE.search(c))
        if body:
            out.append(body)
    return tuple(out)


# ---------------------------------------------------------------- generators


def zipf_index(rng: random.Random) -> int:
    """Heavy-tailed rank: a few names are everywhere, most are rare, new ones keep appearing."""
    cap = len(SYLLABLES) ** 3
    return min(cap - 1, int(rng.paretovariate(ZIPF_ALPHA)) - 1)


def syllables_for(index: int, salt: int) -> str:
    """Two (or, for rarer ranks, three) characters, deterministic in (rank, suffix)."""
    n = len(SYLLABLES)
    k = (index * 7919 + salt * 104729) % (n**3)
    a, b, c = SYLLABLES[k % n], SYLLABLES[(k // n) % n], SYLLABLES[(k // (n * n)) % n]
    return a + b + (c if index >= n * n // 4 else "")


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def cn_ordinal(n: int) -> str:
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    return CN_NUM[n // 10 - 1] + "十" + (CN_NUM[n % 10 - 1] if n % 10 else "")


def rename_orgs(text: str, rng: random.Random, names: set[str]) -> str:
    """Replace the two characters before an institution suffix with generated syllables.

    One mapping per document, so a renamed institution is consistent within the
    document (as a real one would be) and differs across documents.
    """
    mapping: dict[str, str] = {}
    pieces: list[str] = []
    last = 0
    for m in _SUFFIX_RE.finditer(text):
        start = m.start()
        if start < 2:
            continue
        stem = text[start - 2 : start]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in stem) or any(ch in STOP_CHARS for ch in stem):
            continue
        key = stem + m.group(0)
        if key not in mapping:
            if rng.random() < RENAME_RATE:
                idx = zipf_index(rng)
                mapping[key] = syllables_for(idx, ORG_SUFFIXES.index(m.group(0)))
            else:
                mapping[key] = stem
        new = mapping[key]
        if new != stem:
            names.add(new + m.group(0))
            pieces.append(text[last : start - 2])
            pieces.append(new)
            last = start
    pieces.append(text[last:])
    return "".join(pieces)


_SUFFIX_RE = re.compile("|".join(ORG_SUFFIXES))


def body_chunks(
    rng: random.Random, target_bytes: int, chunks: tuple[tuple[str, ...], ...], names: set[str]
) -> list[str]:
    """Runs of consecutive chunks from randomly chosen samples until the target size is reached,
    with institutions renamed (headers and 责任单位 lists are added afterwards and keep real agency names)."""
    out: list[str] = []
    size = 0
    while size < target_bytes:
        source = rng.choice(chunks)
        start = rng.randrange(len(source))
        for c in source[start : start + rng.randint(3, 12)]:
            out.append(c)
            size += len(c.encode("utf-8")) + 2
            if size >= target_bytes:
                break
    return rename_orgs("\n\n".join(out), rng, names).split("\n\n")


def policy_title(rng: random.Random, region: str) -> str:
    city = CITY.get(region, "")
    form = rng.choice(
        (
            "关于促进{t}的若干政策措施",
            "{c}加快推进{t}的实施方案",
            "{c}支持{t}的若干措施",
            "{c}{t}行动计划（{y}—{y2}年）",
            "关于进一步推动{t}的实施意见",
        )
    )
    y = rng.randint(2018, 2025)
    return form.format(t=rng.choice(TOPICS), c=city, y=y, y2=y + rng.choice((2, 3, 5)))


def date_cn(rng: random.Random, year: int) -> str:
    return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def sprinkle_titles(parts: list[str], rng: random.Random, region: str) -> None:
    """Add citations of generated policy titles, which the extractor turns into Policy nodes and REFERS_TO."""
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(parts))
        parts[i] = parts[i] + f"根据《{policy_title(rng, region)}》有关要求，相关工作正在有序推进。"


def make_reply(rng: random.Random, region: str, chunks, target: int, names: set[str]) -> list[str]:
    issuer, prefix = rng.choice(REPLY_ISSUERS[region])
    year = rng.randint(2018, 2025)
    number = f"{prefix}〔{year}〕{rng.randint(1, 300)}号"
    session = f"十{cn_ordinal(rng.randint(1, 6))}届{cn_ordinal(rng.randint(1, 5))}次会议"
    if rng.random() < 0.5:
        title = f"对市政协{session}第{rng.randint(1, 1200):04d}号提案的答复"
        addressee = "、".join(person(rng) for _ in range(rng.randint(1, 4))) + "委员："
    else:
        title = f"对市{session[:-2]}人大{session[-4:-2]}会议第{rng.randint(1, 1200):04d}号代表建议的答复"
        addressee = person(rng) + "代表："
    opening = f"你们提出的“关于{rng.choice(TOPICS)}的建议”收悉。经认真研究，现答复如下："
    body = body_chunks(rng, target, chunks, names)
    sprinkle_titles(body, rng, region)
    return [issuer, number, title, addressee, opening, *body, issuer, date_cn(rng, year)]


def make_policy(rng: random.Random, region: str, chunks, target: int, names: set[str]) -> list[str]:
    issuer, prefix = rng.choice(POLICY_ISSUERS[region])
    year = rng.randint(2018, 2025)
    number = f"{prefix}〔{year}〕{rng.randint(1, 60)}号"
    inner = policy_title(rng, region)
    lines = [
        issuer + "文件",
        number,
        f"{issuer}关于印发《{inner}》的通知",
        "各区人民政府，市政府各委、办、局：",
        f"现将《{inner}》印发你们，请结合实际抓好落实。",
        date_cn(rng, year),
        inner,
    ]
    body = body_chunks(rng, target, chunks, names)
    sprinkle_titles(body, rng, region)
    pool = RESPONSIBLE[region]
    for i in range(rng.randint(0, 2), len(body), rng.randint(2, 4)):
        units = rng.sample(pool, rng.randint(1, 4))
        body[i] = body[i] + f"（责任单位：{'、'.join(units)}）"
    return lines + body


def make_report(rng: random.Random, region: str, chunks, target: int, names: set[str]) -> list[str]:
    title = f"{CITY.get(region, '')}{rng.choice(TOPICS)}研究报告"
    author = rng.choice(REPORT_AUTHORS)
    body = body_chunks(rng, target, chunks, names)
    sprinkle_titles(body, rng, region)
    return [title, author, *body]


def doc_path(index: int) -> str:
    return f"{index // SHARD:03d}/doc-{index:06d}.txt"


def generate_doc(seed: int, index: int, variant: str = "", chunks=None) -> GeneratedDoc:
    """Document ``index`` of the corpus with ``seed``; ``variant`` gives a different body (mutation).

    The encoding and script depend only on (seed, index), so a mutated document keeps them.
    """
    chunks = chunks or load_chunks()
    form_rng = random.Random(f"{seed}:{index}:form")
    encoding = "gb18030" if form_rng.random() < GB18030_RATE else "utf-8"
    traditional = form_rng.random() < TRADITIONAL_RATE
    rng = random.Random(f"{seed}:{index}:{variant}")
    region = rng.choices(("上海", "深圳", "香港"), weights=(6, 3, 1))[0]
    target = int(rng.uniform(6000, 12000))
    kind = rng.choices(("reply", "policy", "report"), weights=(5, 3, 2))[0]
    if region == "香港":
        kind = "report"
    maker = {"reply": make_reply, "policy": make_policy, "report": make_report}[kind]
    names: set[str] = set()
    text = "\n\n".join(maker(rng, region, chunks, target, names)) + "\n"
    if traditional:
        text = _to_traditional(text)
    return GeneratedDoc(doc_path(index), text, encoding, traditional, kind, names)


@lru_cache(maxsize=1)
def _converter():
    try:
        from opencc import OpenCC
    except ImportError:  # the dev environment has it; without it the corpus just has no Traditional files
        return None
    return OpenCC("s2t")


def _to_traditional(text: str) -> str:
    conv = _converter()
    return conv.convert(text) if conv else text


def write_doc(out: Path, doc: GeneratedDoc) -> int:
    path = out / doc.rel_path
    path.parent.mkdir(parents=True, exist_ok=True)
    data = doc.text.encode(doc.encoding)
    path.write_bytes(data)
    return len(data)


# ---------------------------------------------------------------- corpus operations


def read_manifest(out: Path) -> dict | None:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def make_corpus(
    docs: int, seed: int, out: Path, *, seeds_dir: Path = DEFAULT_SEEDS, progress: bool = False
) -> CorpusStats:
    """Write ``docs`` documents under ``out`` (replacing any earlier corpus there) and a manifest."""
    started = time.perf_counter()
    chunks = load_chunks(seeds_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)
    for old in out.glob("*/doc-*.txt"):
        old.unlink()
    stats = CorpusStats(docs=docs, seed=seed)
    names: set[str] = set()
    for i in range(docs):
        doc = generate_doc(seed, i, chunks=chunks)
        stats.bytes += write_doc(out, doc)
        stats.gb18030 += doc.encoding != "utf-8"
        stats.traditional += doc.traditional
        stats.doc_types[doc.doc_type] = stats.doc_types.get(doc.doc_type, 0) + 1
        names |= doc.names
        if progress and (i + 1) % 1000 == 0:
            print(f"  generated {i + 1}/{docs} documents", file=sys.stderr)
    stats.distinct_generated_names = len(names)
    stats.seconds = round(time.perf_counter() - started, 2)
    (out / MANIFEST).write_text(json.dumps(asdict(stats), ensure_ascii=False, indent=2), encoding="utf-8")
    return stats


def ensure_corpus(docs: int, seed: int, out: Path, **kw) -> tuple[CorpusStats, bool]:
    """Reuse the corpus in ``out`` if its manifest says it was made with these parameters."""
    found = read_manifest(out)
    if found and CorpusSpec(docs, seed).matches(found) and not found.get("mutated"):
        return CorpusStats(**{k: v for k, v in found.items() if k in CorpusStats.__dataclass_fields__}), True
    return make_corpus(docs, seed, out, **kw), False


def mutation_targets(docs: int, percent: float, mutate_seed: int) -> list[int]:
    count = max(1, math.ceil(docs * percent / 100))
    return sorted(random.Random(f"mutate:{mutate_seed}").sample(range(docs), min(count, docs)))


def _set_mutated(out: Path, value: bool) -> None:
    found = read_manifest(out)
    if found is None:
        return
    found["mutated"] = value
    (out / MANIFEST).write_text(json.dumps(found, ensure_ascii=False, indent=2), encoding="utf-8")


def mutate(out: Path, percent: float, mutate_seed: int, *, seeds_dir: Path = DEFAULT_SEEDS) -> list[str]:
    """Rewrite ``percent`` % of the documents in place with new bodies; returns their relative paths.

    The manifest is flagged so a later benchmark regenerates (or :func:`restore` is called).
    """
    manifest = read_manifest(out)
    if manifest is None:
        raise SystemExit(f"{out} has no {MANIFEST}: generate the corpus first (--docs N --seed S --out DIR)")
    chunks = load_chunks(seeds_dir)
    changed = []
    _set_mutated(out, True)
    for i in mutation_targets(manifest["docs"], percent, mutate_seed):
        doc = generate_doc(manifest["seed"], i, variant=f"m{mutate_seed}", chunks=chunks)
        write_doc(out, doc)
        changed.append(doc.rel_path)
    return changed


def restore(out: Path, percent: float, mutate_seed: int, *, seeds_dir: Path = DEFAULT_SEEDS) -> list[str]:
    """Undo :func:`mutate`: regenerate the original versions of the mutated documents."""
    manifest = read_manifest(out)
    if manifest is None:
        return []
    chunks = load_chunks(seeds_dir)
    restored = []
    for i in mutation_targets(manifest["docs"], percent, mutate_seed):
        doc = generate_doc(manifest["seed"], i, chunks=chunks)
        write_doc(out, doc)
        restored.append(doc.rel_path)
    _set_mutated(out, False)
    return restored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10000, help="number of documents (default 10000)")
    ap.add_argument("--seed", type=int, default=42, help="corpus seed (default 42)")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of sample .txt documents")
    ap.add_argument(
        "--mutate-percent",
        type=float,
        default=None,
        help="instead of generating, rewrite this percentage of an existing corpus in place",
    )
    ap.add_argument("--mutate-seed", type=int, default=1, help="which documents / new bodies (default 1)")
    ap.add_argument("--restore", action="store_true", help="with --mutate-percent: undo that mutation")
    args = ap.parse_args(argv)
    if args.mutate_percent is not None:
        fn = restore if args.restore else mutate
        changed = fn(args.out, args.mutate_percent, args.mutate_seed, seeds_dir=args.seeds)
        print(f"{'restored' if args.restore else 'mutated'} {len(changed)} documents in {args.out}")
        return 0
    stats = make_corpus(args.docs, args.seed, args.out, seeds_dir=args.seeds, progress=True)
    print(json.dumps(asdict(stats), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
