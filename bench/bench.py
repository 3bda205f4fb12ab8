#!/usr/bin/env python3
"""Drives the benchmark that bench/run.sh has built: seeds databases, starts the baseline and the site on 127.0.0.1,
loads them with wrk, and writes bench/results/latest.md. Every speed is also given as a ratio to the baseline measured
in this same run, because absolute numbers say more about the machine than about the site."""

import base64
import datetime
import gzip
import hashlib
import hmac
import html.parser
import json
import os
import platform
import re
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
WORK = os.path.join(BENCH, ".work")
QUICK = "--quick" in sys.argv

# The demo password and authenticator key; the seeder gives them to the benchmark's own beheer account.
PASSWORD = "Wijk-demo-2026!"
TOTP_KEY = "WIJKDEMOSLEUTELRUWAARDOSSTWEESTP"

FULL = dict(activiteiten=10_000, series=1_000, locaties=200, collectieven=100, aanmeldingen=50_000, initiatieven=500)
SMALL = dict(activiteiten=2_000, series=200, locaties=60, collectieven=30, aanmeldingen=500, initiatieven=100)
GROWTH = [1_000, 10_000, 100_000]
GROWTH_QUICK = [1_000]
# The two pages the issue names, and the question residents ask most: one category in their own wijk.
GROWTH_PATHS = ["/activiteiten", "/api/activiteiten", "/activiteiten?wijk=ruwaard&categorie=ontmoeten-koffie"]
DURATION = "2s" if QUICK else "10s"
# An untimed run before each endpoint's measurement: a server that has been up a while has its hot code compiled by the
# JIT's optimising tier, and that is the server the figures describe. Sign-ups touch the most code, so they get longer.
WARMUP = "1s" if QUICK else "5s"
WARMUP_POST = "2s" if QUICK else "10s"
CONNECTIONS = [32] if QUICK else [4, 32]

TARGETS = {  # minimum ratio to the baseline at 32 connections
    "/": 0.25, "/activiteiten": 0.25, "/api/activiteiten": 0.30, "/zoeken": 0.20, "aanmelden (POST)": 0.05,
}
P99_LIMIT_MS = 100
MEMORY_LIMIT_MB = 400
PAGE_LIMIT_KB = 60
STARTUP_LIMIT_S = 3.0


def log(*parts):
    print("[bench]", *parts, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(name, sizes, extra_env=None):
    db = os.path.join(WORK, f"{name}.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    # The folders the site writes beside its database go too: a pickup folder left by an earlier run holds hundreds of
    # thousands of mails, and writing into it is slower than into a fresh one.
    for suffix in (".mail", ".media", ".zoekindex", ".bijlagen"):
        shutil.rmtree(db + suffix, ignore_errors=True)
    doelen = os.path.join(WORK, f"{name}.doelen.json")
    args = ["dotnet", os.path.join(WORK, "seeder", "Seeder.dll"), "--doelen", doelen]
    for key, value in sizes.items():
        args += [f"--{key}", str(value)]
    log(f"seeding {name}: {sizes}")
    started = time.monotonic()
    subprocess.run(args, check=True, cwd=ROOT, env=site_env(db, extra_env))
    log(f"seeded {name} in {time.monotonic() - started:.0f} s")
    with open(doelen, encoding="utf-8") as f:
        return db, json.load(f)


def site_env(db, extra=None):
    env = dict(os.environ)
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Production",
        "ConnectionStrings__Wijk": f"Data Source={db}",
        "Database__Provider": "Sqlite",
        "Site__SyncMap": os.path.join(ROOT, "uSync"),
        "Zoeken__IndexMap": db + ".zoekindex",
        "Mail__PickupMap": db + ".mail",
        "Afbeeldingen__Map": db + ".media",
        "Initiatief__BijlagenMap": db + ".bijlagen",
        # One machine sends all the load: the per-address limits of the forms would stop it after a minute.
        "Aanmelden__PerAdresPerUur": "1000000",
        "Zoeken__PerAdresPerMinuut": "1000000",
        "Accounts__InloggenPerAdresPerUur": "1000000",
        "Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore": "Error",
        "Logging__LogLevel__Default": "Warning",
        "Serilog__MinimumLevel__Default": "Warning",
    })
    env.update(extra or {})
    return env


class Server:
    def __init__(self, dll, env, cwd):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(env)
        env["ASPNETCORE_URLS"] = self.url
        env["Site__Adres"] = self.url
        self.started = time.monotonic()
        self.proc = subprocess.Popen(["dotnet", dll], env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.startup = self.wait()

    def wait(self):
        deadline = self.started + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server stopped: " + self.proc.stderr.read().decode(errors="replace")[-3000:])
            try:
                with urllib.request.urlopen(self.url + "/", timeout=5) as r:
                    if r.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.01)
        raise RuntimeError("server did not answer within 120 s")

    def peak_rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wrk(url, connections, script=None, env=None, headers=(), duration=DURATION):
    args = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", duration, "--latency", "--timeout", "10s",
            "-s", script or os.path.join(BENCH, "wrk", "paden.lua")]
    # As behind the TLS proxy of a production set-up (see Proxy:VertrouwdeAdressen): the site sees https.
    for header in [*headers, "X-Forwarded-Proto: https"]:
        args += ["-H", header]
    args.append(url)
    run_env = dict(os.environ)
    run_env.update(env or {})
    out = subprocess.run(args, check=True, capture_output=True, text=True, env=run_env).stdout
    line = next(l for l in out.splitlines() if l.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    result["rps"] = result["requests"] / result["seconds"] if result["seconds"] else 0.0
    return result


PROXY = {"X-Forwarded-Proto": "https"}


def get(url, headers=None):
    req = urllib.request.Request(url, headers={**PROXY, **(headers or {})})
    opener = urllib.request.build_opener(NoRedirect)
    with opener.open(req, timeout=30) as r:
        return r.status, r.headers, r.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def open_no_redirect(req):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(req, timeout=30)
    except urllib.error.HTTPError as e:  # a 302 arrives here without a redirect handler
        return e


def cookies_from(headers, jar):
    # The site sets __Host- and Secure cookies; over plain http a cookie jar would drop them, so they are read by hand.
    for value in headers.get_all("Set-Cookie") or []:
        name, _, rest = value.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def form_token(body):
    m = re.search(rb'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', body) or \
        re.search(rb'type="hidden" name="__RequestVerificationToken" value="([^"]+)"', body) or \
        re.search(rb'__RequestVerificationToken[^>]*value="([^"]+)"', body)
    if not m:
        raise RuntimeError("no antiforgery token in the form")
    return m.group(1).decode()


def totp(key, at=None):
    secret = base64.b32decode(key.upper() + "=" * (-len(key) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def post_form(url, jar, fields):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(url, data=data, method="POST", headers={
        **PROXY, "Cookie": cookie_header(jar), "Content-Type": "application/x-www-form-urlencoded"})
    r = open_no_redirect(req)
    cookies_from(r.headers, jar)
    return r.status, r.headers.get("Location")


def log_in(base, email):
    jar = {}
    status, headers, body = get(base + "/inloggen")
    cookies_from(headers, jar)
    status, location = post_form(base + "/inloggen", jar, {
        "__RequestVerificationToken": form_token(body), "Input.Email": email, "Input.Wachtwoord": PASSWORD})
    if status != 302 or "/inloggen/code" not in (location or ""):
        raise RuntimeError(f"sign-in step 1 gave {status} {location}")
    status, headers, body = get(urllib.parse.urljoin(base, location), {"Cookie": cookie_header(jar)})
    cookies_from(headers, jar)
    status, location = post_form(urllib.parse.urljoin(base, location), jar, {
        "__RequestVerificationToken": form_token(body), "Input.Code": totp(TOTP_KEY)})
    if status != 302:
        raise RuntimeError(f"sign-in step 2 gave {status}")
    return cookie_header(jar)


class Assets(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "stylesheet" and a.get("href"):
            self.urls.append(a["href"])
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"])


def page_weight(base, path):
    """Bytes on the wire with compression, for the page and the CSS and script it loads."""
    accept = {"Accept-Encoding": "br, gzip"}
    _, headers, body = get(base + path, accept)
    total = len(body)
    raw = body
    encoding = headers.get("Content-Encoding")
    if encoding == "gzip":
        raw = gzip.decompress(body)
    elif encoding == "br":
        raw = None  # the standard library has no brotli; asset links are read from an uncompressed copy
    if raw is None:
        _, _, raw = get(base + path)
    parser = Assets()
    parser.feed(raw.decode("utf-8", errors="replace"))
    for url in parser.urls:
        _, _, asset = get(urllib.parse.urljoin(base + path, url), accept)
        total += len(asset)
    return total, encoding or "none", len(parser.urls)


def main():
    begin = time.monotonic()
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(os.path.join(BENCH, "results"), exist_ok=True)
    results = {"endpoints": [], "growth": []}

    log("baseline")
    baseline_server = Server(os.path.join(WORK, "baseline", "Baseline.dll"), dict(os.environ), os.path.join(WORK, "baseline"))
    baseline = {}
    wrk(baseline_server.url, 32, env={"WRK_PADEN": "/"}, duration=WARMUP)
    for c in CONNECTIONS:
        baseline[c] = wrk(baseline_server.url, c, env={"WRK_PADEN": "/"})
        log(f"baseline c={c}: {baseline[c]['rps']:.0f} req/s")
    baseline_server.stop()

    sizes = SMALL if QUICK else FULL
    db, doelen = seed("data", sizes)
    web = os.path.join(WORK, "web-snel" if QUICK else "web")
    env = site_env(db)
    site = Server(os.path.join(web, "WijkPlatform.Web.dll"), env, web)
    log(f"site answered after {site.startup:.2f} s")
    # The first start builds the search index; the second shows what a restart with the full data costs.
    site.stop()
    site = Server(os.path.join(web, "WijkPlatform.Web.dll"), env, web)
    startup = site.startup
    log(f"restart answered after {startup:.2f} s")

    reeks = doelen["reeks"]
    staff_cookie = log_in(site.url, doelen["beheer"])
    cases = [
        ("/", ["/"], []),
        ("/activiteiten", ["/activiteiten"], []),
        ("/activiteiten?wijk&categorie", ["/activiteiten?wijk=ruwaard&categorie=ontmoeten-koffie"], []),
        ("/activiteiten?periode&gratis", ["/activiteiten?periode=week&gratis=ja"], []),
        ("/activiteiten?doelgroep&toegankelijk&aanmelden&pagina", ["/activiteiten?doelgroep=ouderen&toegankelijk=ja&aanmelden=ja&pagina=2"], []),
        ("/activiteiten/{reeks}", [f"/activiteiten/{reeks}"], []),
        ("/api/activiteiten", ["/api/activiteiten"], []),
        ("/zoeken", ["/zoeken?q=koffieochtend", "/zoeken?q=taalcaf%C3%A9+in+de+wijk", "/zoeken?q=fietsen+repareren"], []),
        ("/agenda.ics", ["/agenda.ics"], []),
        ("/beheer/initiatieven (ingelogd)", ["/beheer/initiatieven"], [f"Cookie: {staff_cookie}"]),
    ]
    for name, paths, headers in cases:
        status, _, _ = get(site.url + paths[0], dict(h.split(": ", 1) for h in headers))
        if status != 200:
            raise RuntimeError(f"{paths[0]} answered {status}")
        wrk(site.url, 32, env={"WRK_PADEN": "|".join(paths)}, headers=[*headers, "Accept-Encoding: br, gzip"], duration=WARMUP)
        for c in CONNECTIONS:
            # As a browser asks: a compressed answer where the site gives one.
            r = wrk(site.url, c, env={"WRK_PADEN": "|".join(paths)}, headers=[*headers, "Accept-Encoding: br, gzip"])
            r.update(name=name, connections=c, ratio=r["rps"] / baseline[c]["rps"])
            results["endpoints"].append(r)
            log(f"{name} c={c}: {r['rps']:.0f} req/s, p50 {r['p50_us'] / 1000:.1f} ms, p99 {r['p99_us'] / 1000:.1f} ms, "
                f"ratio {r['ratio']:.3f}, errors {r['errors']}")

    # Sign-up POSTs, spread over many activities, with one anonymous antiforgery pair (valid for every form).
    jar = {}
    first = doelen["doelen"][0]
    _, headers, body = get(f"{site.url}/activiteiten/{first['slug']}/aanmelden")
    cookies_from(headers, jar)
    token = form_token(body)
    doelen_file = os.path.join(WORK, "aanmelden.doelen")
    with open(doelen_file, "w", encoding="utf-8") as f:
        for d in doelen["doelen"]:
            f.write(f"{d['slug']} {d['start']}\n")
    wrk(site.url, 32, script=os.path.join(BENCH, "wrk", "aanmelden.lua"), env={
        "WRK_DOELEN": doelen_file, "WRK_TOKEN": token, "WRK_RUN": f"warm-{int(time.time())}"},
        headers=[f"Cookie: {cookie_header(jar)}"], duration=WARMUP_POST)
    for c in CONNECTIONS:
        r = wrk(site.url, c, script=os.path.join(BENCH, "wrk", "aanmelden.lua"), env={
            "WRK_DOELEN": doelen_file, "WRK_TOKEN": token, "WRK_RUN": f"c{c}-{int(time.time())}"},
            headers=[f"Cookie: {cookie_header(jar)}"])
        # Only sign-ups that went through count: a refused post is fast and proves nothing.
        r["rps"] = r.get("statuses", {}).get("302", 0) / r["seconds"] if r["seconds"] else 0.0
        r.update(name="aanmelden (POST)", connections=c, ratio=r["rps"] / baseline[c]["rps"])
        results["endpoints"].append(r)
        log(f"aanmelden c={c}: {r['rps']:.0f} req/s, p99 {r['p99_us'] / 1000:.1f} ms, errors {r['errors']}, "
            f"status codes {r.get('statuses')}")

    weights = {}
    for path in ["/", "/activiteiten", f"/activiteiten/{reeks}", "/zoeken?q=koffie"]:
        weights[path] = page_weight(site.url, path)
    memory = site.peak_rss_mb()
    site.stop()

    check = subprocess.run(["dotnet", os.path.join(WORK, "seeder", "Seeder.dll"), "--controleer"],
                           cwd=ROOT, env=site_env(db), capture_output=True, text=True)
    overbooking = json.loads(check.stdout.strip().splitlines()[-1])
    log(f"after the load: {overbooking}")

    for n in (GROWTH_QUICK if QUICK else GROWTH):
        if n == sizes["activiteiten"] and not QUICK:
            growth_db = db
        else:
            growth_db, _ = seed(f"groei-{n}", dict(activiteiten=n, series=n // 10, locaties=200, collectieven=100,
                                                     aanmeldingen=0, initiatieven=0))
        # Without stored pages: this table is about what the queries cost as the data grows, not about cache hits.
        s = Server(os.path.join(web, "WijkPlatform.Web.dll"), site_env(growth_db, {"PaginaCache__Seconden": "0"}), web)
        row = {"activiteiten": n}
        for path in GROWTH_PATHS:
            r = wrk(s.url, 4, env={"WRK_PADEN": path})
            row[path] = r["p50_us"] / 1000
        s.stop()
        results["growth"].append(row)
        log(f"growth {n}: {row}")

    write_report(results, baseline, startup, memory, weights, overbooking, sizes, time.monotonic() - begin)


def write_report(results, baseline, startup, memory, weights, overbooking, sizes, seconds):
    cores = os.cpu_count()
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = []
    w = out.append
    w("# Benchmark results\n")
    w(f"- Date: {now}; mode: {'quick (smoke check: small data, short runs, no ReadyToRun)' if QUICK else 'full'}")
    w(f"- Machine: {cores} cores ({cpu}), {platform.system()} {platform.release()}; wrk on the same machine, 127.0.0.1")
    w(f"- Data: {', '.join(f'{v:,} {k}' for k, v in sizes.items())}")
    w(f"- Runs of {DURATION} per endpoint, {' and '.join(str(c) for c in CONNECTIONS)} connections, each endpoint after an "
      f"untimed warm-up of {WARMUP} ({WARMUP_POST} for the sign-ups); GETs ask for `Accept-Encoding: br, gzip` as a "
      f"browser does")
    w(f"- The measurement took {seconds:.0f} s after the Release build")
    w("")
    w("## Baseline (minimal Kestrel app answering \"hello\")\n")
    w("| connections | req/s | p50 ms | p99 ms |")
    w("|---:|---:|---:|---:|")
    for c, r in baseline.items():
        w(f"| {c} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} |")
    w("")
    w("## Endpoints\n")
    w("| endpoint | connections | req/s | p50 ms | p99 ms | ratio to baseline | errors |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for r in results["endpoints"]:
        w(f"| `{r['name']}` | {r['connections']} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} | "
          f"{r['ratio']:.3f} | {r['errors']} |")
    for r in results["endpoints"]:
        if r.get("statuses"):
            w(f"\nStatus codes of `{r['name']}` at {r['connections']} connections: "
              + ", ".join(f"{k}: {v:,}" for k, v in sorted(r["statuses"].items())) + " (302 is a sign-up that succeeded)")
    w("")
    w("## Targets\n")
    w("| target | measured | met |")
    w("|---|---:|:---:|")
    top = max(CONNECTIONS)

    def ratio_of(prefix):
        rows = [r for r in results["endpoints"] if r["connections"] == top and (r["name"] == prefix or r["name"].startswith(prefix + "?"))]
        return min(r["ratio"] for r in rows) if rows else 0.0

    for name, minimum in TARGETS.items():
        got = ratio_of(name)
        w(f"| `{name}` ratio at {top} connections ≥ {minimum} (lowest variant) | {got:.3f} | {'yes' if got >= minimum else 'NO'} |")
    worst = max((r for r in results["endpoints"] if r["name"] != "aanmelden (POST)" and r["connections"] == 32),
                key=lambda r: r["p99_us"], default=None)
    if worst:
        w(f"| p99 of every GET at 32 connections < {P99_LIMIT_MS} ms (worst: `{worst['name']}`) | {worst['p99_us'] / 1000:.1f} ms | "
          f"{'yes' if worst['p99_us'] / 1000 < P99_LIMIT_MS else 'NO'} |")
    w(f"| no overbooking after the sign-up load | {overbooking['overboekt']} overbooked, {overbooking['tellersScheef']} counters off | "
      f"{'yes' if overbooking['overboekt'] == 0 and overbooking['tellersScheef'] == 0 else 'NO'} |")
    if "wachtendeMail" in overbooking:
        w(f"| (not a target) mail still in the outbox when the server stopped; it leaves at `Mail:PerSeconde` | "
          f"{overbooking['wachtendeMail']:,} | - |")
    w(f"| peak resident memory < {MEMORY_LIMIT_MB} MB | {memory:.0f} MB | {'yes' if memory < MEMORY_LIMIT_MB else 'NO'} |")
    heaviest = max(weights.items(), key=lambda kv: kv[1][0])
    w(f"| every page < {PAGE_LIMIT_KB} KB compressed with its CSS and script (heaviest: `{heaviest[0]}`) | "
      f"{heaviest[1][0] / 1024:.1f} KB | {'yes' if heaviest[1][0] / 1024 < PAGE_LIMIT_KB else 'NO'} |")
    w(f"| start-up to the first 200 with the full data < {STARTUP_LIMIT_S} s | {startup:.2f} s | {'yes' if startup < STARTUP_LIMIT_S else 'NO'} |")
    w("")
    w("## Page weight (compressed, page + CSS + script)\n")
    w("| page | bytes | encoding | files loaded |")
    w("|---|---:|---|---:|")
    for path, (total, encoding, files) in weights.items():
        w(f"| `{path}` | {total:,} | {encoding} | {files} |")
    w("")
    w("## Growth: p50 at 4 connections as the number of activities grows (stored pages switched off)\n")
    w("| activities | " + " | ".join(f"`{path}` p50 ms" for path in GROWTH_PATHS) + " |")
    w("|---:|" + "---:|" * len(GROWTH_PATHS))
    for row in results["growth"]:
        w(f"| {row['activiteiten']:,} | " + " | ".join(f"{row[path]:.2f}" for path in GROWTH_PATHS) + " |")
    w("")
    history = os.path.join(BENCH, "results", "voor-en-na.md")
    if os.path.exists(history) and not QUICK:
        with open(history, encoding="utf-8") as f:
            w(f.read())
    # A smoke check does not overwrite the record of the last full run.
    path = os.path.join(BENCH, "results", "quick.md" if QUICK else "latest.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    log(f"wrote {os.path.relpath(path, ROOT)}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
