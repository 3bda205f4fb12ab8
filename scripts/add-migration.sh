#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets: every model change needs both.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NameOfChange}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --context "${provider}WijkDbContext" \
    --project src/WijkPlatform.Core --startup-project src/WijkPlatform.Web \
    --output-dir "Data/Migrations/$provider" --namespace "WijkPlatform.Core.Data.Migrations.$provider"
done
# dotnet-ef writes a new snapshot under a folder named after the namespace; keep it beside its migrations.
for provider in Sqlite Postgres; do
  stray="src/WijkPlatform.Core/WijkPlatform/Core/Data/Migrations/$provider"
  if [ -d "$stray" ]; then mv "$stray"/*.cs "src/WijkPlatform.Core/Data/Migrations/$provider/"; fi
done
rm -rf src/WijkPlatform.Core/WijkPlatform
