#!/usr/bin/env python3
"""Times `cambrian uncertainty` on one thread against the same model written in NumPy, in one run.

The NumPy side is written here from what cambrian itself says about the backend (`explain --format
json`: the parameters in force and the derivation's constants), so both compute the same figures:
it samples the backend's uncertain parameters (triangular over their ranges in force, as cambrian
does), computes time, energy and cost per sample with the absolute kit's formulas, and carbon and water
with the environment's factors (grid intensity, device embodied carbon, lifetime, on-site WUE, off-site
water, each triangular over its range, read from `estimate --format json`), as `uncertainty` does by
default, then P10/P50/P90 and the mean of each figure and Spearman's rho of every sampled parameter
against time over the first 100,000 samples. Before timing, it checks that its formulas give cambrian's nominal figures to
1e-9 and, after, that its percentiles agree with cambrian's within sampling error (1%).

Both are timed end to end as processes: cambrian as a user runs it (JVM start, plugin loading,
sampling, reduction, JSON output) with --threads 1; the NumPy program, which this script writes to a
temporary file, likewise (Python start, NumPy import, one thread). Both are run several times,
alternating; the medians of wall time and of CPU time (user + system, every thread of the process)
are compared. The machine may be shared: CPU time is then the fairer measure. Each sample count is
timed and reported on its own (by default 1M and 10M): the fixed costs (a JVM and eleven plugins
against a Python and NumPy) weigh on the small one, the per-sample work on the large one.

Usage: platform/benchmarks/numpy-compare.py [--samples N[,N...]] [--rounds R] [--backend ID] [--launcher PATH]
Exit status 0 when cambrian is at least 1.5x NumPy's speed by both measures at every sample count, 1 otherwise.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(HERE, "..", "..", "distribution", "target", "cambrian", "cambrian", "bin", "cambrian")
TARGET = 1.5
SENSITIVITY_SAMPLES = 100_000


def cambrian(launcher, *args):
    """Runs cambrian and returns (stdout, wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([launcher, *args], check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, wall, cpu


class Model:
    """The absolute kit's time, energy and cost for one backend, with its constants read from `explain`."""

    def __init__(self, explained, estimated):
        result = explained["results"][0]
        env = estimated["environment"]
        footprint = estimated["results"][0]["environment"]
        embodied = footprint["embodied"]
        if len(embodied) != 1:
            sys.exit("this comparison covers a backend with one device kind")
        self.factors = {name: (f["low"], f["nominal"], f["high"]) for name, f in (
            ("intensity", env["gridKgCo2ePerKwh"]), ("lifetime", env["lifetimeYears"]), ("wue", env["onsiteWueLitresPerKwh"]),
            ("offsite", env["offsiteWaterLitresPerKwh"]), ("embodied", embodied[0]["perDeviceKgCo2e"]))}
        self.expected_footprint = (footprint["totalKgCo2e"]["nominal"], footprint["waterLitres"]["nominal"])
        self.parameters = {p["name"]: p["value"] for p in result["parameters"]}
        steps = {d["quantity"]: d["value"] for d in result["derivation"]}
        self.flop = explained["workload"]["trainingFlop"]
        self.electricity = explained["scenario"]["economics"]["electricityUsdPerKwh"]
        self.devices = self.nominal("devices")
        self.peak = self.nominal("peak-flops")
        self.fitted = steps["fitted utilization"]
        self.scaling = steps["weak-scaling efficiency"]
        self.useful = steps.get("useful fraction", 1.0)
        self.expected = (steps["training time"], steps["energy"], steps["total cost"])
        if self.nominal("utilization") > 0 or self.nominal("precision-bits") != 16 or self.nominal("plan-mode") >= 1:
            sys.exit("this comparison covers the fitted-utilization model at 16 bits; the scenario sets otherwise")

    def nominal(self, name):
        return self.parameters[name]["nominal"]

    def uncertain(self):
        return [n for n, v in self.parameters.items() if v["low"] != v["high"]]

    def constants(self):
        """What the generated NumPy program reads: the constants and each uncertain parameter's range."""
        return {"flop": self.flop, "devices": self.devices, "peak": self.peak, "fitted": self.fitted, "scaling": self.scaling,
                "useful": self.useful, "electricity": self.electricity, "factors": self.factors,
                "nominal": {n: v["nominal"] for n, v in self.parameters.items()},
                "uncertain": {n: (self.parameters[n]["low"], self.parameters[n]["nominal"], self.parameters[n]["high"])
                              for n in self.uncertain()}}

    def check_nominal(self, program):
        """The generated program at the nominal point must give cambrian's nominal figures: the same model."""
        out = subprocess.run([sys.executable, program, json.dumps(self.constants()), "nominal", "0"], check=True,
                             capture_output=True, text=True).stdout
        for name, g, e in zip(("time", "energy", "cost", "carbon", "water"), json.loads(out),
                              self.expected + self.expected_footprint):
            if abs(g - e) > 1e-9 * abs(e):
                sys.exit(f"the NumPy model's nominal {name} {g} differs from cambrian's {e}: not the same model")


NUMPY_PROGRAM = """
import json, os, sys
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np

C = json.loads(sys.argv[1])
nominal = sys.argv[2] == "nominal"  # the nominal point only: the check that this is cambrian's model
samples, seed = 0 if nominal else int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(seed)
p = dict(C["nominal"])
for name, (low, mode, high) in C["uncertain"].items():
    p[name] = p[name] if nominal else rng.triangular(low, mode, high, samples)
utilization = np.minimum(1.0, C["fitted"] * p["mfu-residual"])
seconds = C["flop"] / (C["devices"] * C["peak"] * utilization * C["scaling"] * C["useful"])
joules = C["devices"] * p["power-watts"] * seconds * p["pue"]
device_hours = C["devices"] * seconds / 3600.0
usd = (device_hours * p["price-per-device-hour"] + device_hours * p["operations-per-device-hour"]
       + joules / 3.6e6 * C["electricity"])
# carbon and water (docs/environment.md), each factor drawn over its range, nominal at the nominal point
f = {n: (mode if nominal else rng.triangular(low, mode, high, samples)) for n, (low, mode, high) in C["factors"].items()}
kwh = joules / 3.6e6
carbon = kwh * f["intensity"] + f["embodied"] * device_hours / (f["lifetime"] * 8760.0)
water = kwh / p["pue"] * f["wue"] + kwh * f["offsite"]
if nominal:
    print(json.dumps([float(seconds), float(joules), float(usd), float(carbon), float(water)]))
    sys.exit(0)
out = {}
for key, column in (("trainingTimeSeconds", seconds), ("energyJoules", joules), ("costUsd", usd), ("totalKgCo2e", carbon),
                    ("waterLitres", water)):
    p10, p50, p90 = np.percentile(column, [10, 50, 90])
    out[key] = {"p10": p10, "p50": p50, "p90": p90, "mean": column.mean()}

def ranks(x):
    r = np.empty(len(x))
    r[np.argsort(x, kind="stable")] = np.arange(len(x))
    return r

k = min(samples, 100_000)
t = ranks(seconds[:k])
out["spearman"] = {n: np.corrcoef(ranks(p[n][:k]), t)[0, 1] for n in C["uncertain"]}
print(json.dumps(out))
"""


def numpy_run(program, constants, samples, seed):
    """The NumPy side as a process, end to end like cambrian: returns (stats, wall, cpu)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, program, json.dumps(constants), str(samples), str(seed)], check=True,
                         capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return json.loads(out), wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(a, model, program, samples):
    """Times both sides at one sample count; returns whether cambrian met the target there by both measures."""
    args = ["uncertainty", "-b", a.backend, "--samples", str(samples), "--threads", "1", "--format", "json"]
    cambrian(a.launcher, *args)  # warms the file cache (the first run of all also records the class-data archive)
    numpy_run(program, model.constants(), samples, 0)  # likewise for NumPy
    runs = {"cambrian": [], "numpy": []}
    for r in range(a.rounds):
        out, wall, cpu = cambrian(a.launcher, *args)
        runs["cambrian"].append((wall, cpu))
        stats, nwall, ncpu = numpy_run(program, model.constants(), samples, r + 1)
        runs["numpy"].append((nwall, ncpu))
    ours = json.loads(out)["results"][0]
    for key in ("trainingTimeSeconds", "energyJoules", "costUsd", "totalKgCo2e", "waterLitres"):
        for q in ("p10", "p50", "p90"):
            c, n = ours[key][q], stats[key][q]
            if abs(c - n) > 0.01 * abs(c):
                sys.exit(f"{key} {q}: cambrian {c:.6g}, NumPy {n:.6g}: more apart than sampling error allows")
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in runs.items()}
    rate = {k: (samples / w, samples / c) for k, (w, c) in med.items()}
    wall_ratio = med["numpy"][0] / med["cambrian"][0]
    cpu_ratio = med["numpy"][1] / med["cambrian"][1]
    load = os.getloadavg()[0]
    print(f"{a.backend}, {samples:,} samples, {len(model.uncertain())} uncertain parameters, {a.rounds} rounds,"
          f" load average {load:.1f} on {os.cpu_count()} processors")
    print(f"{'':10} {'wall s':>8} {'CPU s':>8} {'samples/s (wall)':>17} {'samples/s (CPU)':>16}")
    for k in ("cambrian", "numpy"):
        print(f"{k:10} {med[k][0]:8.2f} {med[k][1]:8.2f} {rate[k][0]:17,.0f} {rate[k][1]:16,.0f}")
    met = wall_ratio >= TARGET and cpu_ratio >= TARGET
    print(f"cambrian / NumPy speed: {wall_ratio:.2f}x by wall time, {cpu_ratio:.2f}x by CPU time (target {TARGET}x):"
          f" {'met' if met else 'missed'}")
    print("P50 time: cambrian %.6g s, NumPy %.6g s; rho(mfu-residual): cambrian %+.3f, NumPy %+.3f" % (
        ours["trainingTimeSeconds"]["p50"], stats["trainingTimeSeconds"]["p50"],
        next(s["spearman"] for s in ours["sensitivity"] if s["parameter"] == "mfu-residual"),
        stats["spearman"]["mfu-residual"]))
    print()
    return met


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", default="1000000,10000000",
                    help="sample counts to compare at, comma-separated (each is reported on its own)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--backend", default="gpu-h100")
    ap.add_argument("--launcher", default=os.environ.get("CAMBRIAN_LAUNCHER", LAUNCHER))
    a = ap.parse_args()
    sizes = [int(n) for n in a.samples.split(",")]
    # Two launches, untimed: explain carries the derivation's constants and the parameters' ranges but no
    # environment factors; estimate carries the environment factors but no derivation.
    explained, _, _ = cambrian(a.launcher, "explain", "-b", a.backend, "--format", "json")
    estimated, _, _ = cambrian(a.launcher, "estimate", "-b", a.backend, "--format", "json")
    model = Model(json.loads(explained), json.loads(estimated))
    with tempfile.TemporaryDirectory() as tmp:
        program = os.path.join(tmp, "numpy_model.py")
        with open(program, "w") as f:
            f.write(NUMPY_PROGRAM)
        model.check_nominal(program)
        met = [compare(a, model, program, n) for n in sizes]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
