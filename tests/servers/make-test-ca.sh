#!/bin/sh
# Creates a throw-away test CA and server certificates for Portpilot's tests.
#
# Usage: make-test-ca.sh OUTDIR [EXTRA_NAME...]
#
# OUTDIR receives (all PEM):
#   ca.pem ca.key                  the test CA (pass ca.pem as --ca-certificates / extra CA)
#   server.pem server.key          signed by the CA, valid now, for the names below
#   expired.pem expired.key        signed by the CA, same names, expired in 2021
#   soon.pem soon.key              signed by the CA, same names, valid for 10 more days
#   selfsigned.pem selfsigned.key  self-signed, same names
#   wrongname.pem wrongname.key    signed by the CA, valid now, only for wrong-name.invalid
#   names.txt                      the subjectAltNames the good certificates carry
# Names covered: localhost, example.test, *.example.test, every EXTRA_NAME (a DNS name or
# an IPv4/IPv6 address), and the IP addresses 127.0.0.1 and ::1. Nothing here is secret.
# Running it again over an existing OUTDIR keeps an existing CA (idempotent for concurrent users
# who already trust it) and re-creates the server certificates.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTDIR [EXTRA_NAME...]" >&2
    exit 2
fi
out=$1
shift
mkdir -p "$out"
cd "$out"

san="DNS:localhost,DNS:example.test,DNS:*.example.test,IP:127.0.0.1,IP:::1"
for name in "$@"; do
    case $name in
        *[!0-9.]*)
            case $name in
                *:*) san="$san,IP:$name" ;;
                *) san="$san,DNS:$name" ;;
            esac
            ;;
        *) san="$san,IP:$name" ;;
    esac
done
echo "$san" > names.txt

if [ ! -s ca.pem ] || [ ! -s ca.key ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
        -subj "/O=Portpilot Tests/CN=Portpilot Test CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout ca.key -out ca.pem 2>/dev/null
fi

# A minimal "openssl ca" setup: the only way in OpenSSL 3.0 to give a certificate dates in the past.
rm -rf cadb
mkdir cadb
: > cadb/index.txt
cat > cadb/ca.cnf <<CNF
[ca]
default_ca = testca
[testca]
database = cadb/index.txt
new_certs_dir = cadb
serial = cadb/serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
organizationName = optional
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = \${ENV::PP_SAN}
CNF

# sign NAME CN SAN [STARTDATE ENDDATE]
sign() {
    openssl req -new -newkey rsa:2048 -nodes -subj "/O=Portpilot Tests/CN=$2" \
        -keyout "$1.key" -out "cadb/$1.csr" 2>/dev/null
    od -An -N8 -tx1 /dev/urandom | tr -d ' \n' > cadb/serial
    echo >> cadb/serial
    if [ $# -ge 5 ]; then
        dates="-startdate $4 -enddate $5"
    else
        dates="-days 825"
    fi
    # shellcheck disable=SC2086
    PP_SAN=$3 openssl ca -batch -config cadb/ca.cnf -extensions server_ext -cert ca.pem -keyfile ca.key \
        $dates -in "cadb/$1.csr" -out "$1.pem" -notext 2>/dev/null
}

sign server "mail.example.test" "$san"
sign expired "mail.example.test" "$san" 20200101000000Z 20210101000000Z
sign wrongname "wrong-name.invalid" "DNS:wrong-name.invalid"
sign soon "mail.example.test" "$san" "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)" "$(date -u -d '+10 days' +%Y%m%d%H%M%SZ)"

PP_SAN=$san openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 825 \
    -subj "/O=Portpilot Tests/CN=mail.example.test" \
    -addext "subjectAltName=$san" -addext "basicConstraints=critical,CA:FALSE" \
    -keyout selfsigned.key -out selfsigned.pem 2>/dev/null

rm -rf cadb
chmod 644 ./*.pem ./*.key names.txt
echo "test CA and certificates written to $(pwd)"
