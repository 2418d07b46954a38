#!/bin/sh
# Loads a dump written by docker/backup.sh into a NEW database (docs/operations.md, "Backup and
# restore"). It never overwrites: an existing DATABASE stops it, so drop or rename the old one first
# on purpose, or restore beside it under another name and point the app's DB_NAME/DB_URL there.
#
#   docker/restore.sh FILE DATABASE [client options...]
#   docker/restore.sh /backup/qinglian-20261204T013000Z.sql qinglian --defaults-extra-file=/etc/qinglian/backup.cnf
#
# The client options go to mysql as they are (--defaults-extra-file must come first among them); the
# account needs CREATE on the server. The app's own account keeps the grants it had on DATABASE by
# name. Start the app only after this has finished. The restore drill in the fault suite
# (RestoreDrillIT) runs this script.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 FILE DATABASE [client options...]" >&2
    exit 2
fi
file=$1
database=$2
shift 2
client=${MYSQL:-mysql}

case $database in
    *[!A-Za-z0-9_]* | '')
        echo "$0: database name '$database': letters, digits and _ only" >&2
        exit 2
        ;;
esac
if ! tail -n 1 "$file" | grep -q '^-- Dump completed'; then
    echo "$0: $file does not end with mysqldump's '-- Dump completed' line; not a complete dump" >&2
    exit 1
fi

# Fails (ERROR 1007) if the database exists. utf8mb4_bin, as docker/compose.yaml's server default and
# the tables in the dump: the dump carries each table's own character set.
"$client" "$@" --default-character-set=utf8mb4 \
    -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
"$client" "$@" --default-character-set=utf8mb4 --max-allowed-packet=1G "$database" <"$file"
tables=$("$client" "$@" --batch --skip-column-names \
    -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database'")
echo "$0: $file restored into $database ($tables tables)"
