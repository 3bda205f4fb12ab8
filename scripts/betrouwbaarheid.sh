#!/usr/bin/env bash
# Runs the whole reliability suite, the slow parts (trait Duur=Lang) included, on SQLite and on PostgreSQL and in the
# browser, then writes docs/reliability.md from what the tests measured. CI runs the same tests minus the slow parts.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=$root/TestResults/betrouwbaarheid-run
rm -rf "$results" && mkdir -p "$results"
export WIJK_TEST_RESULTS=$results

dotnet build WijkPlatform.sln -nologo -clp:ErrorsOnly || exit 1

pgdir=$(mktemp -d -t wijk-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap 'scripts/postgres.sh stop "$pgdir/pg" >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
pg_connection=$(scripts/postgres.sh start "$pgdir/pg" "$pgport" | tail -n 1) || { echo "PostgreSQL did not start."; exit 1; }

filter="FullyQualifiedName~.Betrouwbaarheid."
status=0
# Tests with trait Database=PostgreSQL (several servers on one database) only mean something on PostgreSQL.
dotnet test tests/WijkPlatform.Web.Tests --no-build -nologo --filter "$filter&Database!=PostgreSQL" || status=1
WIJK_TEST_POSTGRES=$pg_connection dotnet test tests/WijkPlatform.Web.Tests --no-build -nologo --filter "$filter" || status=1
dotnet test tests/WijkPlatform.Browser.Tests --no-build -nologo --filter "$filter" || status=1

python3 scripts/betrouwbaarheid.py "$results/betrouwbaarheid" docs/reliability.md || status=1
echo "docs/reliability.md written$([ $status -ne 0 ] && echo ', but some tests failed')."
exit $status
