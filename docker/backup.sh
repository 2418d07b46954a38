#!/bin/sh
# One consistent dump of the whole Qinglian database: Camunda's ACT_* tables, the app's tables and
# Flyway's history, which belong together (docs/operations.md, "Backup and restore").
#
#   docker/backup.sh DATABASE FILE [client options...]
#   docker/backup.sh qinglian /backup/qinglian-$(date -u +%Y%m%dT%H%M%SZ).sql --defaults-extra-file=/etc/qinglian/backup.cnf
#
# The client options go to mysqldump as they are (--defaults-extra-file must come first among them).
# The app may keep running: --single-transaction reads every InnoDB table in one snapshot without
# locking it. The dump is written to FILE.part and renamed to FILE only when mysqldump succeeded and
# wrote its closing line. MySQL 8.0's mysqldump and MariaDB's both work; --set-gtid-purged=OFF is
# MySQL's alone and is passed only where the client knows it. The restore drill in the fault suite
# (RestoreDrillIT) runs this script.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 DATABASE FILE [client options...]" >&2
    exit 2
fi
database=$1
file=$2
shift 2
dump=${MYSQLDUMP:-mysqldump}

set -- "$@" \
    --single-transaction \
    --routines \
    --triggers \
    --hex-blob \
    --default-character-set=utf8mb4 \
    --no-tablespaces \
    --max-allowed-packet=1G
if "$dump" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
    set -- "$@" --set-gtid-purged=OFF
fi

"$dump" "$@" "$database" >"$file.part"
if ! tail -n 1 "$file.part" | grep -q '^-- Dump completed'; then
    echo "$0: $file.part does not end with mysqldump's '-- Dump completed' line; not a complete dump" >&2
    exit 1
fi
mv "$file.part" "$file"
echo "$0: $database dumped to $file ($(wc -c <"$file") bytes)"
