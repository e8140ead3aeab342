"""The pipeline's benchmark: speed per core, both cores, the cache, memory, growth, start-up.

    python scripts/bench_pipeline.py [--sizes 50,1000,5000] [--work DIR] [--skip-quadratic]

It builds archives of 50, 1,000 and 5,000 articles from the curated stories (the written corpora
and the development split, never the blind one): each story is copied as many times as needed,
each copy in its own folder with its figures perturbed, so that no two documents are alike and
every copy still reads as the story it came from. Then, in one run, it prints:

* **pipeline / tokenizer**: the CPU time of a whole run (one process, no cache), less the loading
  of the six languages, against the CPU time of spaCy's blank tokenizers alone on the same
  lines; and words per CPU second (per core). CPU time, unlike wall time, hardly moves when
  other work shares the machine; wall times are printed beside it;
* **--jobs 2 speed-up** on 1,000 articles, and the CPU time of each run against its wall time;
* **cache re-run speed-up** on 1,000 articles: an unchanged archive read again;
* **peak memory** of the main process at each size (one process, no cache);
* **growth exponent**: the slope of log(steady CPU time) against log(articles);
* **start-up**: ``claimcheck --help`` and a one-article report, each in a fresh interpreter;
* where the time goes at 1,000 articles (read, extract, group, link, compare), and the two
  loops that grow faster than the archive (linking and comparing every article with every other:
  ``--group-by none``), up to a time limit;
* story grouping of the archive (its copies of one story should come back as one group).

Each measurement runs in its own interpreter (``--measure``), so that no run warms another. The
goals of issue 11 are printed last, met or not. It takes some minutes: run it in the background.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
#: Seconds a run that grows faster than the archive may take before larger sizes are skipped.
QUADRATIC_LIMIT = 300
#: The goals of issue 11.
GOAL_RATIO = 5.0  # pipeline time / blank tokenizer time, at most
GOAL_JOBS = 0.65  # --jobs 2 wall time / --jobs 1 wall time, at most
GOAL_CACHE = 10.0  # first run / unchanged re-run, at least
GOAL_MEMORY_MB = 400  # peak at the largest size, at most
GOAL_HELP = 0.3  # seconds for claimcheck --help, under
GOAL_ONE = 2.0  # seconds for a one-article report, cold, under


# -- building archives ----------------------------------------------------------------------

def story_folders() -> list[Path]:
    """The written corpora and the development stories; never the blind split."""
    written = [p for p in sorted(CORPORA.iterdir())
               if p.is_dir() and p.name not in {"blind", "real"}
               and (p / "expected.yaml").is_file()]
    real = [p for p in sorted((CORPORA / "real").iterdir()) if (p / "expected.yaml").is_file()]
    return written + real


_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")


def perturbed(text: str, rng: random.Random) -> str:
    """``text`` with about half its figures changed in their last digit (years kept, so that
    each copy still tells its story in its time)."""
    def change(match: re.Match[str]) -> str:
        digits = match.group()
        if _YEAR.fullmatch(digits) or rng.random() < 0.5:
            return digits
        last = (int(digits[-1]) + rng.randint(1, 9)) % 10
        return digits[:-1] + str(last)

    return _NUMBER.sub(change, text)


def build_archive(size: int, folder: Path) -> Path:
    """``size`` articles, one folder per copy of a story, figures perturbed per copy."""
    stamp = folder / ".built"
    if stamp.is_file() and stamp.read_text() == str(size):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    articles = [(story, path) for story in story_folders()
                for path in sorted(story.iterdir())
                if path.suffix in {".md", ".txt", ".html"}]
    written = 0
    copy = 0
    while written < size:
        for story, path in articles:
            if written >= size:
                break
            rng = random.Random(f"{size}/{copy}/{story.name}/{path.name}")
            text = path.read_text(encoding="utf-8")
            head, body = _front_matter(text)
            target = folder / f"{story.name}-{copy:03d}" / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(head + perturbed(body, rng), encoding="utf-8")
            written += 1
        copy += 1
    stamp.write_text(str(size))
    return folder


def _front_matter(text: str) -> tuple[str, str]:
    """The YAML front matter (kept as written) and the body of a Markdown article."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            end = text.index("\n", end + 1) + 1 if "\n" in text[end + 1:] else len(text)
            return text[:end], text[end:]
    return "", text


# -- one measurement, in its own interpreter ------------------------------------------------

def measure(folder: str, jobs: int, cache_dir: str | None, group_by: str,
            stages: bool) -> dict:
    """Run the pipeline once over ``folder``; wall and CPU time, peak memory, counts."""
    started = time.perf_counter()
    from claimcheck.api import RunOptions, check

    options = RunOptions(jobs=jobs, cache_dir=cache_dir, group_by=group_by)
    if stages:
        result = _stage_times(folder, options)
    else:
        report = check([folder], options=options)
        result = {"documents": len(report.documents), "claims": len(report.claims),
                  "conflicts": len(report.conflicts), "groups": len(report.groups)}
    wall = time.perf_counter() - started
    own, children = (resource.getrusage(resource.RUSAGE_SELF),
                     resource.getrusage(resource.RUSAGE_CHILDREN))
    result.update(
        wall=wall,
        cpu=own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
        cpu_main=own.ru_utime + own.ru_stime,
        peak_mb=own.ru_maxrss / 1024,
        worker_peak_mb=children.ru_maxrss / 1024,
    )
    return result


def _stage_times(folder: str, options) -> dict:
    """The stages of ``check``, one after the other in this process, each timed."""
    from claimcheck import api
    from claimcheck.config import Config
    from claimcheck.ingest import find_articles
    from claimcheck.model import Skipped
    from claimcheck.stories import group_documents

    times: dict[str, float] = {}

    def timed(name, function, *args):
        started = time.perf_counter()
        value = function(*args)
        times[name] = times.get(name, 0.0) + time.perf_counter() - started
        return value

    files, _ = timed("find", find_articles, [folder])
    read = timed("read", lambda: [api.read_document(f) for f in files])
    documents = sorted((d for d in read if not isinstance(d, Skipped)), key=lambda d: d.id)
    groups = timed("group", group_documents, documents, options.group_by)
    by_id = {d.id: d for d in documents}
    from claimcheck import budgets, link

    claims = conflicts = 0
    for group in groups:
        docs = [by_id[i] for i in group.documents]
        analyses = timed("extract", lambda docs=docs: [api.extract_document(d) for d in docs])
        kept, analyses, _ = budgets.within_claim_budget(docs, analyses)
        found = timed("link", link.link, kept, analyses, Config())
        conflicts += len(timed("compare", budgets.compare_repeats_once, found, kept))
        claims += len(found)
    return {"documents": len(documents), "claims": claims, "conflicts": conflicts,
            "groups": len(groups), "stages": times}


def run_measure(folder: Path, jobs: int = 1, cache_dir: Path | None = None,
                group_by: str = "folder", stages: bool = False,
                timeout: float | None = None) -> dict | None:
    """``measure`` in a fresh interpreter; None when it ran out of time."""
    command = [sys.executable, __file__, "--measure", str(folder), "--jobs", str(jobs),
               "--group-by", group_by]
    if cache_dir is not None:
        command += ["--cache-dir", str(cache_dir)]
    if stages:
        command.append("--stages")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- baselines and start-up -----------------------------------------------------------------

def best_of(times: int, run) -> dict:
    """The fastest of ``times`` runs: other work on the machine only ever slows a run down."""
    return min((run() for _ in range(max(1, times))), key=lambda result: result["wall"])


def build_six_languages(folder: Path) -> Path:
    """One short article per language, so that a run over it costs the loading of all six."""
    from claimcheck.ingest import ingest

    if folder.is_dir() and len(list(folder.iterdir())) == 6:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    documents, _ = ingest(story_folders())
    chosen: dict[str, str] = {}
    for document in documents:
        chosen.setdefault(document.language, document.text.split("\n\n")[0][:400])
    for language, text in sorted(chosen.items()):
        (folder / f"{language}.md").write_text(f"---\nlanguage: {language}\n---\n{text}\n",
                                               encoding="utf-8")
    return folder


def tokenizer_baseline(folder: Path) -> tuple[float, int]:
    """CPU seconds spaCy's blank tokenizers take over the archive's lines (pipelines built
    first, not timed), and the words in them."""
    from claimcheck.ingest import ingest
    from claimcheck.lexicon import nlp_for

    documents, _ = ingest([folder])
    lines = [(d.language, line) for d in documents for line in d.text.split("\n") if line.strip()]
    tokenizers = {lang: nlp_for(lang).tokenizer for lang in {lang for lang, _ in lines}}
    started = time.process_time()
    for lang, line in lines:
        tokenizers[lang](line)
    elapsed = time.process_time() - started
    words = sum(len(line.split()) for _, line in lines)
    return elapsed, words


def start_up(one_article: Path) -> tuple[float, float]:
    """Median wall seconds of ``claimcheck --help`` and of a cold one-article report."""
    claimcheck = shutil.which("claimcheck") or "claimcheck"

    def wall(arguments: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run([claimcheck, *arguments], capture_output=True, check=True)
        return time.perf_counter() - started

    help_times = [wall(["--help"]) for _ in range(5)]
    report_times = [wall(["report", str(one_article), "--no-cache", "-q"]) for _ in range(3)]
    return statistics.median(help_times), statistics.median(report_times)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        memory = float("nan")
    return (f"{model}, {os.cpu_count()} cores, {memory:.0f} GB, Python "
            f"{platform.python_version()}, {platform.system()}")


def growth_exponent(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of log(seconds) against log(articles)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
            / sum((x - mean_x) ** 2 for x in xs))


def grouping_scores(folder: Path) -> tuple[float, float, int, int, float]:
    """Purity and completeness of ``--group-by story`` on an archive, against the story each
    copy came from; groups, stories, seconds."""
    from collections import Counter

    from claimcheck.ingest import ingest
    from claimcheck.stories import cluster

    documents, _ = ingest([folder])
    truth = {d.id: Path(d.path).parent.name.rsplit("-", 1)[0] for d in documents}
    started = time.perf_counter()
    groups = cluster(documents)
    elapsed = time.perf_counter() - started
    purity = sum(Counter(truth[i] for i in g).most_common(1)[0][1] for g in groups)
    largest: Counter[str] = Counter()
    for group in groups:
        for story, n in Counter(truth[i] for i in group).items():
            largest[story] = max(largest[story], n)
    total = len(documents)
    return (purity / total, sum(largest.values()) / total, len(groups),
            len(set(truth.values())), elapsed)


# -- the benchmark --------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,1000,5000")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "claimcheck-bench")
    parser.add_argument("--repeats", type=int, default=2,
                        help="Runs of each measurement up to 1,000 articles; the best counts.")
    parser.add_argument("--skip-quadratic", action="store_true",
                        help="Do not time linking and comparing all articles as one group.")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    parser.add_argument("--group-by", default="folder", help=argparse.SUPPRESS)
    parser.add_argument("--stages", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.jobs, args.cache_dir, args.group_by,
                                 args.stages)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    middle = 1000 if 1000 in sizes else sizes[len(sizes) // 2]
    print(f"claimcheck pipeline benchmark, {date.today().isoformat()}")
    print(f"machine: {machine()}; load average at start "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} (other work competes for the cores)")
    archives = {n: build_archive(n, args.work / f"archive-{n}") for n in sizes}
    print(f"archives: {', '.join(f'{n:,}' for n in sizes)} articles from "
          f"{len(story_folders())} curated stories, figures perturbed per copy ({args.work})\n")

    help_seconds, one_seconds = start_up(next(story_folders()[0].glob("*.md")))
    print(f"start-up: claimcheck --help {help_seconds:.2f} s; one-article report, cold "
          f"{one_seconds:.2f} s")
    six = build_six_languages(args.work / "six-languages")
    loading = best_of(args.repeats, lambda: run_measure(six, jobs=1))
    print(f"loading six languages (a run over one short article in each): "
          f"{loading['cpu']:.1f} s CPU, {loading['wall']:.1f} s wall, {loading['peak_mb']:.0f} MB")

    runs: dict[int, dict] = {}
    print(f"\none process, no cache (--jobs 1 --no-cache; best of {args.repeats} up to "
          f"{middle:,}); steady = less the loading above; ratio = steady CPU / tokenizer CPU:")
    print(f"  {'articles':>8} {'words':>9} {'wall s':>7} {'cpu s':>6} {'steady':>6} "
          f"{'words/cpu s':>11} {'tokenizer':>9} {'ratio':>6} {'peak MB':>7} {'claims':>7} "
          f"{'conflicts':>9}")
    for n in sizes:
        run = best_of(args.repeats if n <= middle else 1, lambda n=n: run_measure(archives[n]))
        tokenizer_seconds, words = tokenizer_baseline(archives[n])
        steady = max(run["cpu"] - loading["cpu"], 1e-3)
        run.update(words=words, tokenizer=tokenizer_seconds, steady=steady)
        runs[n] = run
        print(f"  {n:>8,} {words:>9,} {run['wall']:>7.1f} {run['cpu']:>6.1f} {steady:>6.1f} "
              f"{words / steady:>11,.0f} {tokenizer_seconds:>9.2f} "
              f"{steady / tokenizer_seconds:>6.1f} {run['peak_mb']:>7.0f} {run['claims']:>7,} "
              f"{run['conflicts']:>9,}")
    large = [n for n in sizes if n >= middle] if len([n for n in sizes if n >= middle]) > 1 \
        else sizes
    exponent = growth_exponent([(n, runs[n]["steady"]) for n in large]) if len(large) > 1 else 0

    base = runs[middle]
    pairs = [(run_measure(archives[middle], jobs=1), run_measure(archives[middle], jobs=2))
             for _ in range(args.repeats)]  # interleaved, so that both meet the same load
    one = min((pair[0] for pair in pairs), key=lambda run: run["wall"])
    both = min((pair[1] for pair in pairs), key=lambda run: run["wall"])
    base = one if one["wall"] < base["wall"] else base
    print(f"\n--jobs 2 on {middle:,} articles (runs interleaved with --jobs 1, best of "
          f"{args.repeats}): {both['wall']:.1f} s against {base['wall']:.1f} s with --jobs 1 "
          f"({both['wall'] / base['wall']:.2f}×); CPU {both['cpu']:.1f} s "
          f"({both['cpu_main']:.1f} s in the main process) against {base['cpu']:.1f} s, CPU/wall "
          f"{both['cpu'] / both['wall']:.2f} against {base['cpu'] / base['wall']:.2f}; "
          f"main process {both['peak_mb']:.0f} MB, largest worker {both['worker_peak_mb']:.0f} MB "
          "(shared pages counted in each)")

    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-cache-") as cache_dir:
        cold = run_measure(archives[middle], jobs=1, cache_dir=Path(cache_dir))
        warm = best_of(args.repeats, lambda: run_measure(archives[middle], jobs=1,
                                                         cache_dir=Path(cache_dir)))
        changed = _change_one_article(archives[middle])
        one_changed = run_measure(archives[middle], jobs=1, cache_dir=Path(cache_dir))
        _restore(changed)
    print(f"cache on {middle:,} articles: first run {cold['wall']:.1f} s (no cache: "
          f"{base['wall']:.1f} s), unchanged re-run {warm['wall']:.2f} s "
          f"({cold['wall'] / warm['wall']:.1f}× faster than the first, "
          f"{base['wall'] / warm['wall']:.1f}× faster than no cache), one article changed "
          f"{one_changed['wall']:.2f} s")

    stages = run_measure(archives[middle], jobs=1, stages=True)
    total = sum(stages["stages"].values())
    print(f"\nwhere the time goes, {middle:,} articles, one process (grouped by folder): "
          + ", ".join(f"{name} {seconds:.1f} s ({seconds / total:.0%})"
                      for name, seconds in sorted(stages["stages"].items(),
                                                  key=lambda item: -item[1])))
    if not args.skip_quadratic:
        print("linking and comparing every article with every other (--group-by none):")
        for n in sizes:
            flat = run_measure(archives[n], jobs=1, group_by="none", stages=True,
                               timeout=QUADRATIC_LIMIT * 2)
            if flat is None:
                print(f"  {n:>8,} articles: over {QUADRATIC_LIMIT * 2} s, stopped")
                break
            times = flat["stages"]
            print(f"  {n:>8,} articles: link {times.get('link', 0):.1f} s, compare "
                  f"{times.get('compare', 0):.1f} s, {flat['claims']:,} claims, "
                  f"{flat['conflicts']:,} conflicts")
            if times.get("link", 0) + times.get("compare", 0) > QUADRATIC_LIMIT:
                print(f"  (larger sizes skipped: over {QUADRATIC_LIMIT} s)")
                break

    purity, completeness, groups, stories, seconds = grouping_scores(archives[middle])
    print(f"\n--group-by story on {middle:,} articles ({stories} stories, each copied into "
          f"several folders): {groups} groups, purity {purity:.3f}, completeness "
          f"{completeness:.3f}, {seconds:.1f} s")

    largest = sizes[-1]
    ratio = runs[middle]["steady"] / runs[middle]["tokenizer"]
    goals = [
        (f"pipeline / tokenizer, steady, {middle:,}", f"≤ {GOAL_RATIO:.0f}×", f"{ratio:.1f}×",
         ratio <= GOAL_RATIO),
        (f"--jobs 2 / --jobs 1, {middle:,} articles", f"≤ {GOAL_JOBS}",
         f"{both['wall'] / base['wall']:.2f}", both["wall"] / base["wall"] <= GOAL_JOBS),
        (f"cache re-run speed-up, {middle:,} articles", f"≥ {GOAL_CACHE:.0f}×",
         f"{cold['wall'] / warm['wall']:.1f}×", cold["wall"] / warm["wall"] >= GOAL_CACHE),
        (f"peak memory, {largest:,} articles", f"≤ {GOAL_MEMORY_MB} MB",
         f"{runs[largest]['peak_mb']:.0f} MB", runs[largest]["peak_mb"] <= GOAL_MEMORY_MB),
        ("claimcheck --help", f"< {GOAL_HELP} s", f"{help_seconds:.2f} s",
         help_seconds < GOAL_HELP),
        ("one-article report, cold", f"< {GOAL_ONE} s", f"{one_seconds:.2f} s",
         one_seconds < GOAL_ONE),
    ]
    print(f"\ngrowth exponent (steady time ∝ articles^k, {large[0]:,}–{large[-1]:,}): "
          f"k = {exponent:.2f}; "
          f"load average at the end {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("\ngoals of issue 11:")
    for name, goal, measured, met in goals:
        print(f"  {name:<40} {goal:>10} {measured:>10}  {'met' if met else 'MISSED'}")
    return 0


def _change_one_article(folder: Path) -> tuple[Path, str]:
    path = sorted(folder.rglob("*.md"))[0]
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nUna frase in più, con 1.234 persone.\n", encoding="utf-8")
    return path, original


def _restore(changed: tuple[Path, str]) -> None:
    path, original = changed
    path.write_text(original, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
