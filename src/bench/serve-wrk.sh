#!/usr/bin/env bash
# Requests per second for one explainer page on loopback: Nginx serving the built site (configured by
# `lectern nginx-config`) and, when this Lectern has it, the preview server `lectern serve`, one after
# the other in one run. Needs nginx and wrk (apt-get install -y nginx wrk).
#
#   src/bench/serve-wrk.sh [PAGE]        PAGE defaults to stack/web-server/
#   env: DURATION=20s CONNECTIONS=64 THREADS=2 NGINX_PORT=18080 SERVE_PORT=18081
set -euo pipefail
cd "$(dirname "$0")/../.."
page=${1:-stack/web-server/}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
nginx_port=${NGINX_PORT:-18080}
serve_port=${SERVE_PORT:-18081}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # url
  for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done
  echo "no answer from $1" >&2; return 1
}

run_wrk() { # label url
  echo "== $1: wrk -t$threads -c$connections -d$duration -H 'Accept-Encoding: gzip' $2"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -H 'Accept-Encoding: gzip' "$2" | tee "$work/$1.txt"
  echo "$1: $(awk '/Requests\/sec/ {print $2}' "$work/$1.txt") requests/s" >> "$work/summary"
}

./lectern build --out "$work/site" --compress

mkdir -p "$work/nginx/temp"
./lectern nginx-config --out "$work/site" --port "$nginx_port" --server-name localhost \
  | sed "s/listen $nginx_port;/listen 127.0.0.1:$nginx_port;/" > "$work/nginx/server.conf"
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat > "$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $work/nginx/server.conf;
}
CONF
"$nginx_bin" -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g 'daemon off;' &
pids+=($!)
wait_for "http://127.0.0.1:$nginx_port/$page"
run_wrk nginx "http://127.0.0.1:$nginx_port/$page"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true

if java -jar target/lectern.jar --help | grep -qE "^ +serve( |$)"; then
  java -jar target/lectern.jar serve --port "$serve_port" --out "$work/serve-site" > "$work/serve.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$serve_port/$page"
  run_wrk "lectern-serve" "http://127.0.0.1:$serve_port/$page"
else
  echo "lectern-serve: not measured (this Lectern has no \`serve\` command)" >> "$work/summary"
fi
echo "== summary ($(nproc) cores, page /$page, $connections connections, $duration)"
cat "$work/summary"
