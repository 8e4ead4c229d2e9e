#!/usr/bin/env bash
# The container contract, checked without a Docker engine: the static binary
# runs as the image's unprivileged user with an empty environment plus the
# image's ENV, only its data directory writable and /tmp read-only; it
# becomes healthy, stops cleanly on SIGTERM within 10 s, and keeps its data
# across a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"      # a CGO_ENABLED=0 build of framelens
# Outside /tmp and /var/tmp, which the server will see read-only (the
# checkout itself may be under /tmp), and where uid 65532 can reach it.
mkdir -p /var/lib/framelens-ci
chmod 755 /var/lib/framelens-ci
work=$(mktemp -d -p /var/lib/framelens-ci contract.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
pid=0
fail() { echo "container contract FAILED: $*"; [ -f "$work/log" ] && tail -n 20 "$work/log"; exit 1; }

file "$bin" 2>/dev/null | grep -q "statically linked" || ldd "$bin" 2>&1 | grep -q "not a dynamic" || fail "$bin is not static"

data="$work/data"
mkdir -p "$data" "$work/ro"
chown 65532:65532 "$data"
cp "$bin" "$work/framelens"
chmod 755 "$work" "$work/framelens"

# The image's ENV, with /data mapped to our data directory and a free port.
port=$(( 20000 + RANDOM % 20000 ))
envs=()
while read -r kv; do
  kv=${kv//\/data/$data}
  case "$kv" in FRAMELENS_ADDR=*) kv="FRAMELENS_ADDR=0.0.0.0:$port" ;; esac
  envs+=("$kv")
done < <(awk '/^ENV /{f=1; sub(/^ENV /,"")} f{line=$0; sub(/\\$/,"",line); n=split(line,a," "); for(i=1;i<=n;i++) if(a[i] ~ /=/) print a[i]; if($0 !~ /\\$/) f=0}' Dockerfile)
# The admin password comes from a file, as a secret would in a container.
printf 'contract-admin-password-%s\n' "$RANDOM$RANDOM" >"$work/admin-password"
chown 65532:65532 "$work/admin-password"; chmod 400 "$work/admin-password"
envs+=("FRAMELENS_ADMIN_PASSWORD_FILE=$work/admin-password")
echo "image ENV: ${envs[*]}"

start() {
  # A private mount namespace where /tmp and /var/tmp are read-only, as in a
  # distroless container with a read-only root file system.
  unshare --mount -- sh -c "mount --bind -o ro '$work/ro' /tmp && mount --bind -o ro '$work/ro' /var/tmp && exec setpriv --reuid=65532 --regid=65532 --clear-groups env -i ${envs[*]} '$work/framelens' serve" >>"$work/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    if env -i "${envs[@]}" "$work/framelens" healthcheck >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "server exited at start"
    sleep 0.1
  done
  fail "not healthy within 10 s"
}

stop() {
  kill -TERM "$pid"
  for _ in $(seq 1 100); do
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" && return 0
      fail "exit status $? after SIGTERM"
    fi
    sleep 0.1
  done
  fail "still running 10 s after SIGTERM"
}

count() { curl -fsS "http://127.0.0.1:$port/api/overview" | grep -o '"articles":[0-9]*' | head -n1 | cut -d: -f2; }

start
echo "healthy as uid 65532 with /tmp and /var/tmp read-only"
[ "$(stat -c %u "$data/framelens.db")" = 65532 ] || fail "database not owned by the runtime user"
before=$(count)
[ -n "$before" ] && [ "$before" -gt 0 ] || fail "no articles served after start (got '$before')"
# Import over HTTP as the admin: log in, upload a file with the form's CSRF
# token, wait for the import job.
base="http://127.0.0.1:$port" jar="$work/cookies"
tok() { grep -o 'name="csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//;s/"$//'; }
t=$(curl -fsS -c "$jar" -b "$jar" "$base/login?as=admin" | tok)
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$t" -d as=admin \
  --data-urlencode "password=$(cat "$work/admin-password")" "$base/login" || fail "admin login"
printf 'Harbour reopens after storm\n\nThe harbour reopened on Wednesday after the storm passed, the port authority said, and the first ferries left at noon.\n' >"$work/article.txt"
t=$(curl -fsS -c "$jar" -b "$jar" "$base/admin/import" | tok)
[ -n "$t" ] || fail "no CSRF token on the import page (not logged in?)"
loc=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  -F "csrf=$t" -F mode=upload -F outlet="Contract Times" -F "files=@$work/article.txt" "$base/admin/import") || fail "upload"
for _ in $(seq 1 100); do
  curl -fsS -c "$jar" -b "$jar" "$base/api/admin/import/${loc##*/}" | grep -q '"running":false' && break
  sleep 0.1
done
before=$(count)
[ "$before" -gt 9 ] || fail "import over HTTP: $before articles, want more than the demo's 9"
echo "imported over HTTP as the admin ($before articles)"
stop
echo "clean exit on SIGTERM"
start
after=$(count)
[ "$after" = "$before" ] || fail "articles before restart $before, after $after"
echo "data kept across restart ($after articles)"
stop
echo "container contract passed"
