#!/usr/bin/env bash
# The production start of 督办助手: the jar extracted into its classes and libraries
# (java -Djarmode=tools extract) and a class data sharing (CDS) archive of the classes a start loads, made once by a
# training start, so the JVM maps them instead of reading, verifying and parsing them again at every start.
#
#   scripts/start-production.sh [path/to/duban-assistant.jar] [--assistant.x=y …]
#
# Run it from the folder with config/ and knowledge/, as `java -jar` (which keeps working). The first start (and
# the first after the jar changed) extracts the jar next to it into duban-app/ and trains the archive there; later
# starts use both. Environment: JAVA (default java), JAVA_OPTS (more JVM options, e.g. -Xmx512m; the same garbage
# collector as the training start), DUBAN_APP_DIR (where the extracted copy and the archive live),
# DUBAN_PREPARE_ONLY=1 (extract and train, then exit without starting: e.g. right after installing a new jar).
set -euo pipefail

jar=target/duban-assistant.jar
if [[ $# -gt 0 && $1 == *.jar ]]; then
  jar=$1
  shift
fi
if [[ ! -f $jar ]]; then
  echo "启动失败: 找不到 $jar(先运行 mvn -q -B package -DskipTests,或把 jar 的路径作为第一个参数)" >&2
  exit 1
fi
java=${JAVA:-java}
app=${DUBAN_APP_DIR:-$(dirname "$jar")/duban-app}
stamp=$(stat -c '%s %Y' "$jar")
extracted=$app/$(basename "$jar")

if [[ ! -f $extracted || ! -f $app/duban.jsa || "$(cat "$app/jar.stamp" 2>/dev/null)" != "$stamp" ]]; then
  rm -rf "$app"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >&2
  # Training: the classes of a start and of answering callbacks. benchmark-wecom starts the whole service (on a
  # scratch data folder with its own redis-server, a loopback port and a test app), answers 200 signed, encrypted
  # question callbacks and stops; the JVM writes the classes it loaded into the archive as it exits.
  scratch=$(mktemp -d)
  echo "正在生成类数据共享归档(只在首次启动或 jar 更新后进行,约一分钟)…" >&2
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$app/duban.jsa" -jar "$extracted" benchmark-wecom \
    --warmup-seconds=0 --requests=200 --assistant.data-dir="$scratch" --logging.level.root=ERROR >/dev/null 2>&1 || true
  rm -rf "$scratch"
  if [[ ! -f $app/duban.jsa ]]; then
    echo "类数据共享归档未能生成,本次不用归档启动" >&2
  fi
  echo "$stamp" > "$app/jar.stamp"
fi

if [[ ${DUBAN_PREPARE_ONLY:-} == 1 ]]; then
  exit 0
fi
archive=()
if [[ -f $app/duban.jsa ]]; then
  archive=(-XX:SharedArchiveFile="$app/duban.jsa")
fi
# shellcheck disable=SC2086
exec "$java" "${archive[@]}" ${JAVA_OPTS:-} -jar "$extracted" "$@"
