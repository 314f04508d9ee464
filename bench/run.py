"""The benchmark: `python -m bench [--sizes 1000,10000] [--work DIR]` prints, per corpus size,
normalisation throughput (one process, all cores) and peak memory, spaCy's rate on the same texts,
cold load from the cache, the dashboard's server-side times and adding one release to the library.

Corpora and caches are generated under --work (default /tmp/accord-bench), never in the repo.
Each measurement runs in its own process (`bench.phases`). Single-process and spaCy rates are
measured on the first --single-limit / --spacy-limit releases of each corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from bench.generate import generate

ROOT = Path(__file__).resolve().parents[1]


def phase(name: str, *args) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ACCORD_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-m", "bench.phases", name, *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        return {"failed": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def run(size: int, work: Path, single_limit: int, spacy_limit: int) -> dict:
    data = generate(work / f"gen-{size}", size)
    cache = work / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    result = {"size": size}
    result["normalise"] = phase("normalise", data, min(size, single_limit))
    result["parallel"] = phase("parallel", data, cache)
    result["spacy"] = phase("spacy", data, min(size, spacy_limit))
    result["dashboard"] = phase("dashboard", data, cache)
    result["add_one"] = phase("add_one", data, cache)
    return result


def replicated(work: Path, source: int, size: int) -> dict:
    out = work / f"replicated-{size}"
    shutil.rmtree(out, ignore_errors=True)
    phase("replicate", work / f"cache-{source}", out, size)
    return {"size": size, "note": f"frames of {source:,} releases repeated", "dashboard": phase("dashboard", out, out)}


def report(r: dict) -> str:
    n, p, s, d, a = (r.get(k, {}) for k in ("normalise", "parallel", "spacy", "dashboard", "add_one"))
    lines = [f"== {r['size']:,} releases" + (f" ({r['note']}: dashboard only)" if "note" in r else "")]
    if "rate" in n:
        lines.append(
            f"normalise, 1 process   {n['rate']:8.0f} releases/s  (median of {len(n['rates'])} passes over "
            f"{n['releases']:,}, {n['seconds']:.1f} s each; the first, with the vocabulary's first use, "
            f"{n['first_rate']:.0f}/s; peak {n['peak_mb']:.0f} MB)"
        )
    if "rate" in p:
        lines.append(
            f"normalise, {p['workers']} processes {p['rate']:8.0f} releases/s  (into the cache, "
            f"{p['seconds']:.1f} s, peak {p['peak_mb_worker']:.0f} MB per worker)"
        )
    if "rate" in s:
        ratio = n.get("rate", 0) / s["rate"]
        lines.append(
            f"spaCy en_core_web_sm    {s['rate']:8.1f} releases/s  (NER on {s['releases']:,}); Accord is {ratio:.0f}x"
        )
    elif "note" not in r:
        lines.append(f"spaCy en_core_web_sm    skipped: {s.get('skipped') or s.get('failed')}")
    if "load_s" in d:
        pages = ", ".join(f"{k[5:-2]} {v * 1000:.0f} ms" for k, v in d.items() if k.startswith("page_"))
        lines += [
            f"cold load from cache    {d['load_s']:8.2f} s",
            f"dashboard first page    {d['first_page_s']:8.2f} s   (AppTest: load from the cache + overview, server side)",
            f"filter change           {d['filter_s'] * 1000:8.0f} ms  (year slider, overview)",
            f"page switch             {pages}",
            f"dashboard peak memory   {d['peak_mb']:8.0f} MB",
        ]
        if d["exception"]:
            lines.append(f"dashboard exceptions: {d['exception']}")
    else:
        lines.append(f"dashboard failed: {d.get('failed')}")
    if "add_s" in a:
        lines.append(
            f"add one release         {a['warm_add_s'] * 1000:8.0f} ms  (core.add to a loaded {a['before']:,}-release "
            f"library; the first add in a process {a['add_s'] * 1000:.0f} ms; a full reload with the cache "
            f"{a['reload_with_it_s']:.2f} s)"
        )
    elif "note" not in r:
        lines.append(f"add one release failed: {a.get('failed')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated, e.g. 1000,10000,100000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/accord-bench"))
    parser.add_argument("--single-limit", type=int, default=10000)
    parser.add_argument("--spacy-limit", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument(
        "--replicate",
        type=int,
        help="then time the dashboard on this many releases (the "
        "largest size's frames repeated with new ids), without normalising them",
    )
    args = parser.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.append(run(size, args.work, args.single_limit, args.spacy_limit))
        print(report(results[-1]), flush=True)
    if args.replicate:
        results.append(replicated(args.work, max(r["size"] for r in results), args.replicate))
        print(report(results[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": results}, indent=1))


if __name__ == "__main__":
    main()
