#!/usr/bin/env bash
# Check deploy/nginx.conf with the installed nginx (`nginx -t`), without touching /etc/nginx:
# the site file is copied into a temporary prefix, wrapped in a minimal nginx.conf (an http block
# that includes it), its certificate paths point at a throwaway self-signed certificate, and the
# pid file, logs and temp paths all live in that prefix. Works as root or as a normal user.
#   scripts/check-nginx.sh [path/to/site.conf]   (default: deploy/nginx.conf)
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-deploy/nginx.conf}"

command -v nginx >/dev/null 2>&1 || { echo "check-nginx: nginx is not installed (apt-get install nginx-light)" >&2; exit 2; }
command -v openssl >/dev/null 2>&1 || { echo "check-nginx: openssl is not installed" >&2; exit 2; }
[ -f "$site" ] || { echo "check-nginx: $site not found" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/check-nginx.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/logs" "$tmp/temp"

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=check-nginx.invalid" \
  -keyout "$tmp/privkey.pem" -out "$tmp/fullchain.pem" >/dev/null 2>&1

# Every ssl_certificate / ssl_certificate_key (and trusted certificate) path → the throwaway pair.
sed -E \
  -e "s#^([[:space:]]*ssl_certificate_key[[:space:]]+)[^;]+;#\1$tmp/privkey.pem;#" \
  -e "s#^([[:space:]]*ssl_certificate[[:space:]]+)[^;]+;#\1$tmp/fullchain.pem;#" \
  -e "s#^([[:space:]]*ssl_trusted_certificate[[:space:]]+)[^;]+;#\1$tmp/fullchain.pem;#" \
  "$site" > "$tmp/site.conf"

user_line=""
if [ "$(id -u)" = "0" ]; then
  # As root nginx would switch workers to its compiled-in user; name one that surely exists.
  user_line="user root;"
else
  # `nginx -t` binds the listen ports (a port already in use is fine): a normal user may not bind
  # below 1024, so shift those ports by 20000 (80 → 20080, 443 → 20443). Nothing else changes.
  perl -pi -e 's/^(\s*listen\s+(?:\[::\]:|[0-9.]+:)?)(\d{2,3})(?=[\s;])/$1 . ($2 + 20000)/e' "$tmp/site.conf"
fi

cat > "$tmp/nginx.conf" <<CONF
$user_line
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
events {}
http {
    access_log $tmp/logs/access.log;
    client_body_temp_path $tmp/temp/body;
    proxy_temp_path $tmp/temp/proxy;
    fastcgi_temp_path $tmp/temp/fastcgi;
    uwsgi_temp_path $tmp/temp/uwsgi;
    scgi_temp_path $tmp/temp/scgi;
    include $tmp/site.conf;
}
CONF

echo "check-nginx: $(nginx -v 2>&1), testing $site"
# -e (error log before the config is read) exists since nginx 1.19.5.
nginx -t -p "$tmp/" -e "$tmp/logs/error.log" -c "$tmp/nginx.conf"
