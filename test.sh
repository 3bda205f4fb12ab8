#!/usr/bin/env bash
# Runs every test of WijkPlatform on this machine and ends with one line "N passed, N failed".
#
# Installs what is missing first: chromium, postgresql and python3-aiosmtpd (the test SMTP server) from apt (as root,
# or through sudo), the npm packages (through the Web project's build). Starts a throwaway PostgreSQL on 127.0.0.1,
# then runs:
#   Core unit tests, Web integration tests on SQLite, the same Web tests on PostgreSQL, and the browser tests.
# Exits non-zero when anything fails.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }

# --- 1. What the tests need from the machine -------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v npm >/dev/null || missing+=(nodejs npm)
# Debian's own python3, not whatever python3 comes first on PATH: the mail tests start tests/smtp/smtpserver.py with it.
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]} from apt"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Missing ${missing[*]}: install them with apt-get (needs root)." >&2; echo "0 passed, 1 failed"; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null \
    || { echo "apt-get install ${missing[*]} failed" >&2; echo "0 passed, 1 failed"; exit 1; }
  # The Debian package starts a cluster as a system service; the tests start their own, so stop that one.
  if [[ " ${missing[*]} " == *" postgresql "* ]]; then $sudo service postgresql stop >/dev/null 2>&1 || true; fi
fi

# --- 2. Build once (restores NuGet and npm packages; warnings are errors) -------------------------------------
say "Building"
if ! dotnet build WijkPlatform.sln -nologo -clp:ErrorsOnly; then
  echo "The build failed."; echo "0 passed, 1 failed"; exit 1
fi

# --- 3. PostgreSQL on loopback, only for this run ------------------------------------------------------------
pgdir=$(mktemp -d -t wijk-pg.XXXXXX)
pgport=${WIJK_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)}
cleanup() { scripts/postgres.sh stop "$pgdir/pg" >/dev/null 2>&1; rm -rf "$pgdir"; }
trap cleanup EXIT
say "Starting PostgreSQL on 127.0.0.1:$pgport"
if ! pg_connection=$(scripts/postgres.sh start "$pgdir/pg" "$pgport" | tail -n 1); then
  echo "PostgreSQL did not start."; echo "0 passed, 1 failed"; exit 1
fi

# --- 4. The test runs -----------------------------------------------------------------------------------------
results=${WIJK_TEST_RESULTS:-$root/TestResults}
mkdir -p "$results"
# The reliability suite's figures of this run only (scripts/betrouwbaarheid.py writes them up at the end).
rm -rf "$results/betrouwbaarheid"
total_passed=0 total_failed=0 status=0

run() { # run NAME PROJECT [VAR=VALUE ...]
  local name=$1 project=$2; shift 2
  say "$name"
  local log="$results/$name.log"
  # The slowest reliability tests (trait Duur=Lang) run with scripts/betrouwbaarheid.sh, not here.
  env "$@" dotnet test "$project" --no-build -nologo --filter "Duur!=Lang" 2>&1 | tee "$log" \
    | grep -E '^\s*(Failed|Passed) |^\s*Error Message:|^\s+(Assert|Expected|Actual)|Total tests|Passed!|Failed!' || true
  local rc=${PIPESTATUS[0]}
  local line passed failed
  line=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$log" | tail -n 1)
  if [ -z "$line" ]; then
    echo "$name: no test summary (the test run crashed?), counted as one failure."
    total_failed=$((total_failed + 1)); status=1; return
  fi
  failed=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
  passed=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed))
  if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ]; then status=1; fi
}

run core tests/WijkPlatform.Core.Tests
run web-sqlite tests/WijkPlatform.Web.Tests
run web-postgres tests/WijkPlatform.Web.Tests "WIJK_TEST_POSTGRES=$pg_connection"
run browser tests/WijkPlatform.Browser.Tests

if compgen -G "$results/betrouwbaarheid/*.json" >/dev/null; then
  python3 scripts/betrouwbaarheid.py "$results/betrouwbaarheid" "$results/reliability.md" \
    || { echo "Writing reliability.md failed, counted as one failure."; total_failed=$((total_failed + 1)); status=1; }
fi

echo "$total_passed $total_failed" > "$results/summary"
echo
echo "$total_passed passed, $total_failed failed"
exit $status
