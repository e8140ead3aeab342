"""How long ``claimcheck --version`` and ``-h`` take, cold processes, median of N runs.

    python scripts/bench_cli.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = (["--version"], ["-h"], ["report", "-h"], ["check", "-h"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    for args in COMMANDS:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "from claimcheck.cli import main; main()",
                            *args], capture_output=True, check=True)
            times.append(time.perf_counter() - started)
        print(f"claimcheck {' '.join(args):12} median {statistics.median(times) * 1000:5.0f} ms"
              f"  (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {runs} runs)")


if __name__ == "__main__":
    main()
