#!/usr/bin/env bash
# The benchmark in one command: builds Release, seeds the data through the site's own code, and measures the site and a
# bare Kestrel baseline with wrk on 127.0.0.1 in the same run. Writes bench/results/latest.md.
#   bench/run.sh           full run (10,000 activities, 50,000 sign-ups, growth to 100,000 activities)
#   bench/run.sh --quick   smoke check on a small data set, in under two minutes (writes results/quick.md)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  echo "wrk is missing: apt-get install wrk" >&2
  exit 1
fi

work=bench/.work
mkdir -p "$work"
echo "[bench] building Release"
if [[ " $* " == *" --quick "* ]]; then
  # A smoke check: without ReadyToRun the publish takes a fraction of the time; start-up is slower than in a full run.
  dotnet publish src/WijkPlatform.Web -c Release -o "$work/web-snel" -nologo -v quiet -clp:ErrorsOnly
else
  dotnet publish src/WijkPlatform.Web -c Release -r linux-x64 --self-contained false -o "$work/web" -nologo -v quiet -clp:ErrorsOnly
fi
dotnet publish bench/Baseline -c Release -o "$work/baseline" -nologo -v quiet -clp:ErrorsOnly
dotnet publish bench/Seeder -c Release -o "$work/seeder" -nologo -v quiet -clp:ErrorsOnly
exec python3 bench/bench.py "$@"
