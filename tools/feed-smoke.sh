#!/usr/bin/env bash
# End to end through the command line, as county IT and a township would do it: publish a feed
# from a GBK-encoded catalog CSV plus the content folder, serve it with a real nginx on
# 127.0.0.1, provision a fresh kiosk with 'kiosk setup', sync it from nginx, import the same
# folder into a second fresh kiosk as from a USB stick, and check both hold the same version.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v nginx >/dev/null || { echo "feed-smoke: nginx is not installed" >&2; exit 1; }

work=$(mktemp -d)
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

./kiosk feed keygen --out "$work/keys" --name county
./kiosk feed publish --catalog docs/examples/jiuye-gbk.csv --content assets/demo/content \
  --region 360123 --key "$work/keys/county.key" --out "$work/feed" --title "安义县政务公开（冒烟测试）"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/logs"
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
master_process off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http {
  access_log $work/nginx/logs/access.log;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { application/json json; }
  default_type application/octet-stream;
  server { listen 127.0.0.1:$port; root $work/feed; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

./kiosk --config "$work/cfg" setup --site 石鼻镇便民服务中心 --area 安义县石鼻镇 --region 360123102 \
  --feed "http://127.0.0.1:$port/" --trust "$work/keys/county.pub"
./kiosk --config "$work/cfg" --data "$work/net" sync
./kiosk --config "$work/cfg" --data "$work/net" sync | grep -q "already up to date"
./kiosk --config "$work/cfg" --data "$work/usb" import "$work/feed"

net=$(./kiosk --config "$work/cfg" --data "$work/net" status --json | sed -n "s/.*\"feedVersion\": \([0-9]*\).*/\1/p")
usb=$(./kiosk --config "$work/cfg" --data "$work/usb" status --json | sed -n "s/.*\"feedVersion\": \([0-9]*\).*/\1/p")
test "$net" = "$usb" || { echo "feed-smoke: network ($net) and USB ($usb) differ" >&2; exit 1; }
n_net=$(./kiosk --config "$work/cfg" --data "$work/net" catalog | wc -l)
n_usb=$(./kiosk --config "$work/cfg" --data "$work/usb" catalog | wc -l)
test "$n_net" = "$n_usb" && test "$n_net" -gt 200
./kiosk --config "$work/cfg" --data "$work/net" catalog | grep -q "就业补贴申领"
echo "feed-smoke: GBK CSV published, synced from nginx and imported from a folder alike (version $net, $n_net catalog items)"
